// Issue 4's fault matrix: every fault a real tenant produces, against every operation of the plan.
// Each cell must end with the tenant in exactly the expected state: one app, no duplicate
// assignments, one active certificate whose thumbprint matches. Simulated time keeps it fast.
import { afterAll, describe, expect, it } from 'vitest';
import { applyHarness } from './testing/apply-harness';
import { DEMO_GROUP_IDS, DEMO_USER_IDS } from '../demo-tenant/seed';
import type { DemoTenant } from '../demo-tenant/tenant';
import type { FaultMatch } from '../demo-tenant/faults';
import type { Answers } from '../setup/types';

const user = Object.values(DEMO_USER_IDS)[0]!;
const group = Object.values(DEMO_GROUP_IDS)[0]!;
const IDENTIFIER = 'https://euc.tmes-anz.trendmicro.com/uiserver/euc/ssoLogin';

const answers: Answers = {
  appName: 'TMES EUC (fault matrix)',
  principals: [
    { id: user, kind: 'user', displayName: 'User' },
    { id: group, kind: 'group', displayName: 'Group' },
  ],
  region: 'anz',
  cmpId: 'matrix',
  identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' },
  groupClaim: { kind: 'default-name', groups: 'ApplicationGroup' },
  certificate: { notificationEmails: ['it@contoso.com'], validityYears: 1, commonName: 'Matrix' },
};

/** Where each operation's requests go (the SP PATCHes share a path: the first one is hit). */
const OPERATIONS: Record<string, FaultMatch> = {
  instantiate: { method: 'POST', pathIncludes: '/instantiate' },
  'confirm-readable': { method: 'GET', pathIncludes: '/v1.0/servicePrincipals/' },
  'saml-mode / activate / notify': { method: 'PATCH', pathIncludes: '/servicePrincipals/' },
  'application-urls': { method: 'PATCH', pathIncludes: '/applications/' },
  assign: { method: 'POST', pathIncludes: '/appRoleAssignedTo' },
  'claims-policy': { method: 'PUT', pathIncludes: '/claimsPolicy' },
  'add-certificate': { method: 'POST', pathIncludes: '/addTokenSigningCertificate' },
};

const FAULTS: Record<string, (tenant: DemoTenant, match: FaultMatch) => void> = {
  'replication lag 30 s': (tenant) => {
    tenant.faults.replicationLagMs = 30_000;
  },
  '429 burst': (tenant, match) => tenant.faults.throttle(429, 4, match),
  '503': (tenant, match) => tenant.faults.throttle(503, 2, match),
  'network drop': (tenant, match) => tenant.faults.failNext(1, match, 'network'),
  'answer lost': (tenant, match) => tenant.faults.failNext(1, match, 'response-lost'),
  '409': (tenant, match) => tenant.faults.conflict(2, match),
  'token expired mid-apply': (tenant) => {
    tenant.faults.replicationLagMs = 30_000; // long enough for a 20-second token to expire
  },
};

const table: string[] = [];
afterAll(() => {
  console.log(['fault × operation → outcome', ...table].join('\n'));
});

describe.each(Object.entries(FAULTS))('%s', (faultName, inject) => {
  it.each(Object.entries(OPERATIONS))('on %s: apply ends with exactly the expected tenant', async (operation, match) => {
    const wizard = applyHarness(faultName.startsWith('token') ? { tokenLifetimeSeconds: 20 } : {});
    inject(wizard.tenant, match);
    const run = await wizard.apply(answers);
    wizard.clock.advance(10 * 60_000); // let every write replicate before reading the truth
    const state = wizard.tenant.state;
    const apps = Object.values(state.applications).filter((app) => app.displayName === answers.appName);
    const sp = Object.values(state.servicePrincipals).find((candidate) => candidate.appId === apps[0]?.appId);
    const assignments = Object.values(state.appRoleAssignments).filter((a) => a.resourceId === sp?.id);
    const verifyKeys = (sp?.keyCredentials ?? []).filter((key) => key.usage === 'Verify');
    const retried = run.statuses.filter(({ status }) => status.state === 'retrying').length;
    table.push(
      `${faultName} × ${operation} → ${run.outcome.ok ? 'ok' : 'FAILED'}; apps ${apps.length}, assignments ${assignments.length}, verify keys ${verifyKeys.length}, retries ${retried}`,
    );

    expect(run.outcome.ok).toBe(true);
    if (faultName.startsWith('token')) expect(wizard.tokenRequests()).toBeGreaterThan(1);
    expect(apps).toHaveLength(1);
    expect(apps[0]?.identifierUris).toEqual([IDENTIFIER]);
    expect(sp?.preferredSingleSignOnMode).toBe('saml');
    expect(assignments.map((a) => a.principalId).sort()).toEqual([user, group].sort());
    expect(verifyKeys).toHaveLength(1);
    expect(sp?.preferredTokenSigningKeyThumbprint).toBe(run.outcome.context.certificate?.thumbprint);
    expect(sp?.notificationEmailAddresses).toEqual(['it@contoso.com']);
    expect(state.claimsPolicies[sp!.id!]?.current.claims).toHaveLength(1);
  });
});
