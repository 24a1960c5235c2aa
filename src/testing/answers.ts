// Complete answers for the demo tenant "Contoso Ltd", to start a step that needs every earlier one.
import { DEFAULT_APP_NAME, DEFAULT_CERTIFICATE_COMMON_NAME } from '../setup/answers-schema';
import type { Answers } from '../setup/types';
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
