import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyHarness, SAMPLE_GROUP as someGroup, SAMPLE_USER as someUser, sampleAnswers } from './testing/apply-harness';
import { DEMO_CLOUD_APPLICATION_ADMIN_USER_ID, DEMO_NO_ROLE_USER_ID } from '../demo-tenant/seed';
import { pemFromBase64Der } from '../setup/certificate';
import type { DirectoryState } from '../demo-tenant/state';
import { loadLanguage } from '../i18n/i18n';
import { enRef } from '../testing/english';
import { graphEn } from './messages.en';

const answers = sampleAnswers;

const IDENTIFIER = 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin';

/** The tenant as the test reads it: its own state, not what the wizard believes. */
export function appsWithIdentifier(state: DirectoryState, identifier = IDENTIFIER) {
  return Object.values(state.applications).filter((app) => (app.identifierUris ?? []).includes(identifier));
}

function expectConfigured(state: DirectoryState, thumbprint: string) {
  const apps = appsWithIdentifier(state);
  expect(apps).toHaveLength(1);
  const app = apps[0]!;
  expect(app.web?.redirectUris).toEqual(['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-euc']);
  expect(app.groupMembershipClaims).toBe('SecurityGroup');
  const sps = Object.values(state.servicePrincipals).filter((sp) => sp.appId === app.appId);
  expect(sps).toHaveLength(1);
  const sp = sps[0]!;
  expect(sp.preferredSingleSignOnMode).toBe('saml');
  expect(sp.preferredTokenSigningKeyThumbprint).toBe(thumbprint);
  expect(sp.notificationEmailAddresses).toEqual(['it@contoso.com', 'sec@contoso.com']);
  const userRole = sp.appRoles?.find((role) => role.displayName === 'User');
  const assignments = Object.values(state.appRoleAssignments).filter((a) => a.resourceId === sp.id);
  expect(assignments.map((a) => a.principalId).sort()).toEqual([someUser, someGroup].sort());
  expect(assignments.every((a) => a.appRoleId === userRole?.id)).toBe(true);
  const policy = state.claimsPolicies[sp.id!]?.current;
  expect(policy?.includeBasicClaimSet).toBe(true);
  expect(policy?.claims).toEqual([expect.objectContaining({ name: 'euc_mail' })]);
}

describe('apply against the demo tenant', () => {
  it('configures a new app completely, with an activated certificate whose SHA-1 is the thumbprint', async () => {
    const wizard = applyHarness();
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(true);
    const certificate = run.outcome.context.certificate!;
    expectConfigured(wizard.tenant.state, certificate.thumbprint);
    const parsed = new X509Certificate(pemFromBase64Der(certificate.key));
    expect(parsed.fingerprint.replaceAll(':', '')).toBe(certificate.thumbprint);
    expect(parsed.subject).toBe('CN=Contoso EUC');
  });

  it('writes nothing on a second run after success', async () => {
    const wizard = applyHarness();
    await wizard.apply(answers());
    const writesBefore = wizard.tenant.writes().length;
    const second = await wizard.apply(answers());
    expect(second.plan.operations).toEqual([]);
    expect(second.outcome.ok).toBe(true);
    expect(wizard.tenant.writes().length).toBe(writesBefore);
  });

  // The demo tenant answers 403 to writes on the new service principal for the second half of the
  // lag; that 403 is waited out for 90 s at most (retry.ts), so the longest lag it survives is 3 min.
  it('survives a two-and-a-half-minute replication lag on simulated time', async () => {
    const wizard = applyHarness();
    wizard.tenant.faults.replicationLagMs = 150_000;
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(true);
    expect(run.statuses.some(({ status }) => status.state === 'retrying')).toBe(true);
    wizard.clock.advance(150_000);
    expectConfigured(wizard.tenant.state, run.outcome.context.certificate!.thumbprint);
  });

  it('stops at once with the role named when the admin has no directory role, and retries nothing', async () => {
    const wizard = applyHarness({ userOid: DEMO_NO_ROLE_USER_ID });
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(false);
    const failed = run.statuses.find(({ status }) => status.state === 'failed');
    expect(failed?.id).toBe('instantiate');
    expect(failed?.status).toMatchObject({ state: 'failed', adviceKey: 'forbidden' });
    expect(graphEn.advice.forbidden).toMatch(/Cloud Application Administrator/);
    expect(run.statuses.some(({ status }) => status.state === 'retrying')).toBe(false);
    expect(wizard.tenant.writes()).toEqual([]);
    expect(wizard.tenant.log.filter((entry) => entry.method === 'POST')).toHaveLength(1);
  });
});

describe('a Cloud Application Administrator', () => {
  it('is refused the custom claims policy at once with the role advice, not after minutes of waiting for replication', async () => {
    const wizard = applyHarness({ userOid: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID });
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(false);
    const failed = run.statuses.filter(({ status }) => status.state === 'failed');
    expect(failed.map(({ id }) => id)).toEqual(['claims-policy']);
    expect(failed[0]?.status).toMatchObject({ adviceKey: 'forbidden' });
    // SAML mode went through on the new service principal, so its 403 is the role's: no retry.
    expect(Object.keys(run.journal)).toContain('saml-mode');
    expect(run.statuses.some(({ id, status }) => id === 'claims-policy' && status.state === 'retrying')).toBe(false);
    expect(Object.values(wizard.tenant.state.claimsPolicies)).toEqual([]);
  });

  it('needs no more than its role when the identity claim is the default one', async () => {
    const wizard = applyHarness({ userOid: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID });
    const run = await wizard.apply(answers({ identityClaim: { kind: 'default' } }));
    expect(run.outcome.ok).toBe(true);
    expect(appsWithIdentifier(wizard.tenant.state)).toHaveLength(1);
  });
});

describe('what a failed operation leaves in the journal', () => {
  it('forgets the start of a create Graph refused, so the next try does not search for a lost create', async () => {
    const wizard = applyHarness({ userOid: DEMO_NO_ROLE_USER_ID });
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(false);
    expect(run.started).toEqual({});
  });

  it('forgets it too when a lost attempt was searched for, not found, and the next attempt was refused', async () => {
    const wizard = applyHarness({ userOid: DEMO_NO_ROLE_USER_ID });
    wizard.tenant.faults.failNext(1, { method: 'POST', pathIncludes: '/instantiate' }, 'network');
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(false);
    expect(run.statuses.some(({ id, status }) => id === 'instantiate' && status.state === 'retrying')).toBe(true);
    expect(run.started).toEqual({});
  });

  it('keeps the start of a create whose answer was lost while the failure stands, so the next try looks first', async () => {
    const wizard = applyHarness();
    const plan = await wizard.plan(answers());
    wizard.tenant.faults.failNext(1, { method: 'POST', pathIncludes: '/instantiate' }, 'response-lost');
    wizard.tenant.faults.throttle(503, 1000, { method: 'GET', pathIncludes: '/applications' });
    const run = await wizard.apply(answers(), {}, plan);
    expect(run.outcome.ok).toBe(false);
    expect(Object.keys(run.started)).toEqual(['instantiate']);
  });
});

describe('undo', () => {
  it('removes the app a failed run created, and only it', async () => {
    const { deleteCreatedApp, undoList } = await import('./undo');
    const wizard = applyHarness();
    wizard.tenant.faults.throttle(503, 1000, { method: 'POST', pathIncludes: '/addTokenSigningCertificate' });
    const before = Object.keys(wizard.tenant.state.applications).length;
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(false);
    await loadLanguage('en');
    const removes = undoList(run.outcome.context, 'TMES').map(enRef);
    expect(removes.join('\n')).toMatch(/The application "TMES"/);
    wizard.tenant.faults.clear();
    await deleteCreatedApp(wizard.graph, run.outcome.context, { now: wizard.clock.now, sleep: async (ms) => wizard.clock.advance(ms), random: () => 0.5 });
    const state = wizard.tenant.state;
    expect(Object.keys(state.applications)).toHaveLength(before);
    expect(appsWithIdentifier(state)).toEqual([]);
    expect(Object.values(state.servicePrincipals).some((sp) => sp.id === run.outcome.context.servicePrincipalId)).toBe(false);
  });
});

describe('an apply cut off mid-request (the tab reloaded)', () => {
  it('finds the certificate and the app the lost requests created instead of creating them again', async () => {
    const wizard = applyHarness();
    const first = answers();
    const plan = await wizard.plan(first);
    // The first attempt created the app and asked for a certificate, then the page went away.
    wizard.tenant.faults.failNext(1, { method: 'POST', pathIncludes: '/addTokenSigningCertificate' }, 'response-lost');
    wizard.tenant.faults.throttle(503, 1000, { method: 'PATCH' }); // nothing after the certificate gets through
    const cut = await wizard.apply(first, {}, plan);
    expect(cut.outcome.ok).toBe(false);
    const journal = Object.fromEntries(Object.entries(cut.journal).filter(([id]) => id !== 'add-certificate'));
    wizard.tenant.faults.clear();
    const resumed = await wizard.apply(first, journal, plan, { 'add-certificate': wizard.clock.now() - 1000 });
    expect(resumed.outcome.ok).toBe(true);
    const sp = Object.values(wizard.tenant.state.servicePrincipals).find((s) => s.id === resumed.outcome.context.servicePrincipalId);
    expect((sp?.keyCredentials ?? []).filter((key) => key.usage === 'Verify')).toHaveLength(1);
    expect(appsWithIdentifier(wizard.tenant.state)).toHaveLength(1);
  });

  it('adopts the app an interrupted instantiate created', async () => {
    const wizard = applyHarness();
    const first = answers();
    const plan = await wizard.plan(first);
    const startedAt = wizard.clock.now();
    wizard.tenant.faults.failNext(1, { method: 'POST', pathIncludes: '/instantiate' }, 'response-lost');
    wizard.tenant.faults.throttle(503, 1000, { method: 'GET', pathIncludes: '/applications' });
    const cut = await wizard.apply(first, {}, plan);
    expect(cut.outcome.ok).toBe(false);
    wizard.tenant.faults.clear();
    const resumed = await wizard.apply(first, {}, plan, { instantiate: startedAt });
    expect(resumed.outcome.ok).toBe(true);
    expect(Object.values(wizard.tenant.state.applications).filter((app) => app.displayName === first.appName)).toHaveLength(1);
  });
});
