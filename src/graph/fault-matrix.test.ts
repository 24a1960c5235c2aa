// The fault matrix (issues 4 and 13): every fault a real tenant produces, against the operations it
// applies to. Faults that act on the request they match get one cell per operation; faults that
// ignore the operation (lags, token expiry, seeded states, the preset) get one row of their own, so
// every cell can fail on its own. Each cell must end with the tenant in exactly the expected state:
// one app, no duplicate assignments, one new certificate and it is the active one, the claims
// policy written with the issuer kept (includeApplicationIdInIssuer false) and, for an app made in
// the portal, every claim it had kept. Simulated time keeps it fast.
import { afterAll, describe, expect, it } from 'vitest';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import { applyHarness, type HarnessOptions } from './testing/apply-harness';
import { DEMO_CHECK_APPS, DEMO_GROUP_IDS, DEMO_USER_IDS, seedDirectory, type DemoCheckAppKey } from '../demo-tenant/seed';
import { DemoTenant } from '../demo-tenant/tenant';
import { applyFaultPreset, type AfterCommitAnswer, type FaultMatch } from '../demo-tenant/faults';
import { fakeClock } from '../demo-tenant/testing';
import type { Answers } from '../setup/types';
import { eucIdentifier } from '../setup/regions';

const user = Object.values(DEMO_USER_IDS)[0]!;
const group = Object.values(DEMO_GROUP_IDS)[0]!;

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

/** The same answers for an app that exists already (a seeded check app), in its region. */
function answersFor(key: DemoCheckAppKey): Answers {
  const app = DEMO_CHECK_APPS[key];
  return { ...answers, region: app.expected.region, cmpId: app.expected.cmpId };
}

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
/** The operations that write: an answer after commit needs a write to have committed. */
const WRITES = Object.fromEntries(Object.entries(OPERATIONS).filter(([, match]) => match.method !== 'GET'));
/**
 * A 404 after commit, except on addTokenSigningCertificate: there a 404 means the service principal
 * is unknown (replication) and is treated as a refusal by design; only instantiate's 404 is
 * documented as "probably created" (Terraform's application_resource.go; decision 011).
 */
const WRITES_WHERE_404_MAY_HAVE_LANDED = Object.fromEntries(Object.entries(WRITES).filter(([operation]) => operation !== 'add-certificate'));

type Inject = (tenant: DemoTenant, match: FaultMatch) => void;

const afterCommit =
  (answer: AfterCommitAnswer): Inject =>
  (tenant, match) =>
    tenant.faults.answerAfterCommit(1, match, answer);

/** Faults that act on the request they match: one cell per operation. */
const PER_OPERATION: Record<string, { operations: Record<string, FaultMatch>; inject: Inject }> = {
  '429 burst': { operations: OPERATIONS, inject: (tenant, match) => tenant.faults.throttle(429, 4, match) },
  '503': { operations: OPERATIONS, inject: (tenant, match) => tenant.faults.throttle(503, 2, match) },
  'network drop': { operations: OPERATIONS, inject: (tenant, match) => tenant.faults.failNext(1, match, 'network') },
  'answer lost': { operations: OPERATIONS, inject: (tenant, match) => tenant.faults.failNext(1, match, 'response-lost') },
  '409': { operations: OPERATIONS, inject: (tenant, match) => tenant.faults.conflict(2, match) },
  // Issue 13: the write landed, the answer says otherwise (docs/graph/replication-and-retries.md#ambiguous-answers).
  'after commit: 404': { operations: WRITES_WHERE_404_MAY_HAVE_LANDED, inject: afterCommit(404) },
  'after commit: 500': { operations: WRITES, inject: afterCommit(500) },
  'after commit: 502': { operations: WRITES, inject: afterCommit(502) },
  'after commit: 503': { operations: WRITES, inject: afterCommit(503) },
  'after commit: 504': { operations: WRITES, inject: afterCommit(504) },
  'after commit: empty 2xx': { operations: WRITES, inject: afterCommit('empty-2xx') },
};

interface WholeApplyCase {
  /** Switch the fault on (the tenant is fresh, on the harness clock). */
  inject(tenant: DemoTenant): void;
  /** A seeded check app the apply updates instead of creating one. */
  existing?: DemoCheckAppKey;
  harness?: Pick<HarnessOptions, 'tokenLifetimeSeconds'>;
}

/** Faults that ignore the operation: one row and one cell each. */
const WHOLE_APPLY: Record<string, WholeApplyCase> = {
  'replication lag 30 s': {
    inject: (tenant) => {
      tenant.faults.replicationLagMs = 30_000;
    },
  },
  'token expired mid-apply': {
    inject: (tenant) => {
      tenant.faults.replicationLagMs = 30_000; // long enough for a 20-second token to expire
    },
    harness: { tokenLifetimeSeconds: 20 },
  },
  'assignment 400 "Not a valid reference update." (lag 30 s)': {
    inject: (tenant) => {
      tenant.faults.replicationLagMs = 30_000;
      tenant.faults.assignmentReferenceLag = true;
    },
  },
  'assignment lost, repeated → 400 "already exists"': {
    inject: (tenant) => {
      tenant.faults.failNext(1, { method: 'POST', pathIncludes: '/appRoleAssignedTo' }, 'response-lost');
      tenant.faults.answerAfterCommit(1, { method: 'POST', pathIncludes: '/appRoleAssignedTo' }, 503);
    },
  },
  'SAML exemption lag 20 s': {
    inject: (tenant) => {
      tenant.faults.samlExemptionLagMs = 20_000;
    },
  },
  'keyCredentials lag 3 min': {
    inject: (tenant) => {
      tenant.faults.keyCredentialsLagMs = 180_000;
    },
  },
  'keyCredentials lag 3 min + certificate answer lost': {
    inject: (tenant) => {
      tenant.faults.keyCredentialsLagMs = 180_000;
      tenant.faults.answerAfterCommit(1, OPERATIONS['add-certificate']!, 503);
    },
  },
  'no claims policy → 404 (new app)': {
    inject: (tenant) => {
      tenant.faults.claimsPolicyAbsent = 'not-found';
    },
  },
  'no claims policy → 404 (existing app without one)': {
    existing: 'noActiveCertificate',
    inject: (tenant) => {
      tenant.faults.claimsPolicyAbsent = 'not-found';
    },
  },
  'portal-made policy (existing app)': { existing: 'portalMadePolicy', inject: () => undefined },
  'real-tenant-like preset (new app)': { inject: (tenant) => applyFaultPreset(tenant, 'real-tenant') },
  'real-tenant-like preset (portal-made app)': { existing: 'portalMadePolicy', inject: (tenant) => applyFaultPreset(tenant, 'real-tenant') },
};

const table: string[] = [];
afterAll(() => {
  console.log(['fault × operation → outcome', ...table].join('\n'));
});

type Claims = NonNullable<CustomClaimsPolicy['claims']>;

/** Applies `cellAnswers` on a tenant the fault was injected into, and checks the tenant it leaves. */
async function applyAndCheck(cell: string, cellAnswers: Answers, setUp: (tenant: DemoTenant) => void, options: WholeApplyCase = { inject: () => undefined }) {
  const clock = fakeClock();
  const tenant = new DemoTenant({ clock: clock.now, ...(options.existing ? { checkApps: [options.existing] } : {}) });
  const wizard = applyHarness({ tenant, clock, ...options.harness });
  const seeded = options.existing ? seedDirectory(tenant.tenantId, { checkApps: [options.existing], now: clock.now() }) : null;
  const seededSp = seeded?.servicePrincipals.find((sp) => sp.id === DEMO_CHECK_APPS[options.existing!].servicePrincipalId);
  const seededPolicy = seededSp?.id ? seeded?.claimsPolicies[seededSp.id]?.current : undefined;
  setUp(tenant);

  const run = await wizard.apply(cellAnswers);
  clock.advance(10 * 60_000); // let every write replicate before reading the truth
  const state = tenant.state;
  const identifier = eucIdentifier(cellAnswers.region);
  const apps = state.applications.filter((app) => app.displayName === cellAnswers.appName || (app.identifierUris ?? []).includes(identifier));
  const sp = state.servicePrincipals.find((candidate) => candidate.appId === apps[0]?.appId);
  const assignments = state.appRoleAssignments.filter((a) => a.resourceId === sp?.id);
  const verifyKeys = (sp?.keyCredentials ?? []).filter((key) => key.usage === 'Verify');
  const seededVerifyKeys = (seededSp?.keyCredentials ?? []).filter((key) => key.usage === 'Verify').length;
  const policy = sp?.id ? state.claimsPolicies[sp.id]?.current : undefined;
  const retried = run.statuses.filter(({ status }) => status.state === 'retrying').length;
  table.push(
    `${cell} → ${run.outcome.ok ? 'ok' : 'FAILED'}; apps ${apps.length}, assignments ${assignments.length}, new verify keys ${verifyKeys.length - seededVerifyKeys}, retries ${retried}`,
  );

  expect(run.outcome.ok, JSON.stringify(run.outcome.ok ? '' : run.statuses.at(-1))).toBe(true);
  if (options.harness?.tokenLifetimeSeconds) expect(wizard.tokenRequests()).toBeGreaterThan(1);
  expect(apps).toHaveLength(1);
  expect(apps[0]?.identifierUris).toEqual([identifier]);
  expect(sp?.preferredSingleSignOnMode).toBe('saml');
  // Every answer's principal assigned, none twice.
  const keys = assignments.map((a) => `${a.principalId}/${a.appRoleId}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const principal of cellAnswers.principals) expect(assignments.map((a) => a.principalId)).toContain(principal.id);
  // At most one new certificate, and the active one is what the run ended with.
  expect(verifyKeys.length - seededVerifyKeys).toBeLessThanOrEqual(1);
  if (!options.existing) expect(verifyKeys).toHaveLength(1);
  const thumbprint = run.outcome.context.certificate?.thumbprint;
  if (thumbprint) expect(sp?.preferredTokenSigningKeyThumbprint).toBe(thumbprint);
  // An existing app keeps the addresses it had (the review's default), with the answers' added.
  expect(sp?.notificationEmailAddresses).toEqual([...(seededSp?.notificationEmailAddresses ?? []), 'it@contoso.com']);
  // The claims policy: the identity claim written, the issuer kept (docs/graph/replication-and-retries.md#ambiguous-answers).
  const claims: Claims = policy?.claims ?? [];
  expect(claims.map((claim) => (claim as { name?: string }).name)).toContain('euc_mail');
  expect(policy?.includeApplicationIdInIssuer).toBe(false);
  if (seededPolicy) {
    // Everything the portal put there survives unchanged.
    for (const claim of seededPolicy.claims ?? []) expect(claims).toContainEqual(claim);
    expect(policy?.audienceOverride).toBe(seededPolicy.audienceOverride);
    expect(policy?.includeBasicClaimSet).toBe(seededPolicy.includeBasicClaimSet);
  } else {
    expect(claims).toHaveLength(1);
  }
}

describe.each(Object.entries(PER_OPERATION))('%s', (faultName, { operations, inject }) => {
  it.each(Object.entries(operations))('on %s: apply ends with exactly the expected tenant', async (operation, match) => {
    await applyAndCheck(`${faultName} × ${operation}`, answers, (tenant) => inject(tenant, match));
  });
});

describe('faults that ignore the operation', () => {
  it.each(Object.entries(WHOLE_APPLY))('%s: apply ends with exactly the expected tenant', async (faultName, options) => {
    await applyAndCheck(faultName, options.existing ? answersFor(options.existing) : answers, options.inject, options);
  });
});
