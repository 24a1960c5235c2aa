import type { GraphApi } from './client';
import { findAppById, findAppsByIdentifier, inspectApp } from './inspect-tenant';
import { buildPlan, type ObservedApp, type Plan, type ReviewChoices } from '../setup/plan';
import { certificateEndDate } from '../setup/certificate';
import { eucIdentifier } from '../setup/regions';
import type { Answers } from '../setup/types';
import type { ApplyContext } from './apply-context';

/**
 * What the tenant holds for this setup: the existing app (null: none). A refused claims policy is
 * on the app (ObservedApp.claimsPolicyUnread).
 */
export interface ExistingRead {
  existing: ObservedApp | null;
}

/**
 * Reads the tenant, then plans only what is missing or different (docs/decisions/001).
 * `knownApplicationId`: an app this wizard created moments ago (in another tab), read by id because
 * the identifier list may not show it yet.
 */
export async function planForTenant(graph: GraphApi, answers: Answers, now: Date, knownApplicationId?: string, choices?: ReviewChoices): Promise<Plan> {
  return planFromRead(answers, await readExistingApp(graph, answers, now, knownApplicationId), now, choices);
}

/** The plan for what was read (pure: the review rebuilds it as the admin's choices change). */
export function planFromRead(answers: Answers, read: ExistingRead, now: Date, choices?: ReviewChoices): Plan {
  return buildPlan(answers, read.existing, certificateEndDate(now, answers.certificate.validityYears), now, choices);
}

/** The app that holds the region's identifier (or the one this wizard just created), as the plan compares it. */
export async function readExistingApp(graph: GraphApi, answers: Answers, now: Date, knownApplicationId?: string): Promise<ExistingRead> {
  const [listed] = await findAppsByIdentifier(graph, eucIdentifier(answers.region));
  const found = listed ?? (knownApplicationId ? await findAppById(graph, knownApplicationId) : undefined);
  const existing = found ? await inspectApp(graph, found, { readClaims: answers.identityClaim.kind === 'custom', now }) : null;
  // A refused claims policy (docs/decisions/013-consent-never-loops.md) stays on `existing`: the
  // review says which role the claims step needs.
  return { existing };
}

/** The ids an existing app gives the executor before any operation runs. */
export function initialContext(plan: Plan): ApplyContext {
  const existing = plan.existing;
  if (!existing) return {};
  return {
    applicationId: existing.applicationId,
    appId: existing.appId,
    servicePrincipalId: existing.servicePrincipalId,
    ...(existing.userRoleId ? { userRoleId: existing.userRoleId } : {}),
  };
}
