// Complete answers for the demo tenant "Contoso Ltd", to start a step that needs every earlier one.
import {
  appNameStepSchema,
  claimsStepSchema,
  DEFAULT_APP_NAME,
  DEFAULT_CERTIFICATE_COMMON_NAME,
  principalsStepSchema,
  regionStepSchema,
} from '../setup/answers-schema';
import type { Answers } from '../setup/types';
import { reachable, STEP_IDS, type StepId } from '../wizard/wizard-store';
import { DEMO_ADMIN_DISPLAY_NAME, DEMO_ADMIN_UPN, DEMO_ADMIN_USER_ID, DEMO_GROUP_IDS } from '../demo-tenant/seed';

/** A new app in Europe for Adele Vance and the Email Security Users group, group IDs in the token. */
export function newAppAnswers(overrides: Partial<Answers> = {}): Answers {
  return {
    appName: DEFAULT_APP_NAME,
    principals: [
      { id: DEMO_ADMIN_USER_ID, kind: 'user', displayName: DEMO_ADMIN_DISPLAY_NAME, detail: DEMO_ADMIN_UPN },
      { id: DEMO_GROUP_IDS.emailSecurityUsers, kind: 'group', displayName: 'Email Security Users' },
    ],
    region: 'eu',
    cmpId: 'contoso-eu',
    identityClaim: { kind: 'default' },
    groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
    certificate: { notificationEmails: [DEMO_ADMIN_UPN], validityYears: 3, commonName: DEFAULT_CERTIFICATE_COMMON_NAME },
    ...overrides,
  };
}

/** The answers each step confirms: its form's schema's keys (src/setup/answers-schema.ts). */
const CONFIRMED_BY: Partial<Record<StepId, readonly (keyof Answers)[]>> = {
  name: Object.keys(appNameStepSchema.shape) as (keyof Answers)[],
  people: Object.keys(principalsStepSchema.shape) as (keyof Answers)[],
  region: Object.keys(regionStepSchema.shape) as (keyof Answers)[],
  claims: Object.keys(claimsStepSchema.shape) as (keyof Answers)[],
  certificate: ['certificate'],
};

/**
 * `newAppAnswers()` as the journal holds them on arriving at `step`: the answers of every step
 * before it, none of its own or later ones (so the step's form starts from its defaults).
 */
export function answersBefore(step: StepId): Partial<Answers> {
  const all = newAppAnswers();
  const keys = STEP_IDS.slice(0, STEP_IDS.indexOf(step)).flatMap((before) => CONFIRMED_BY[before] ?? []);
  const answers: Partial<Answers> = Object.fromEntries(keys.map((key) => [key, all[key]]));
  if (!reachable(step, { version: 1, step, drafts: {}, answers, apply: null })) throw new Error(`the answers before "${step}" do not reach it`);
  return answers;
}
