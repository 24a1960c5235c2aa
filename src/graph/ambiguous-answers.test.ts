// Issue 13: a write whose answer leaves open whether it landed never makes a second object;
// replication symptoms as Graph words them are waited out, for a bounded time where a wait could
// hide a refusal; a missing claims policy is "none", never a wait. Simulated clock throughout.
import { describe, expect, it } from 'vitest';
import { applyHarness, SAMPLE_GROUP as someGroup, SAMPLE_USER as someUser, sampleAnswers } from './testing/apply-harness';
import { DEMO_ADMIN_USER_ID, DEMO_CHECK_APPS } from '../demo-tenant/seed';
import { DemoTenant } from '../demo-tenant/tenant';
import { fakeClock } from '../demo-tenant/testing';
import type { AfterCommitAnswer } from '../demo-tenant/faults';
import type { DirectoryState } from '../demo-tenant/state';
import type { Answers } from '../setup/types';
import { classifyFailure, classifyWriteAnswer, SERVICE_PRINCIPAL_403_WAIT_MS, type GraphFailure } from './retry';
import { readAppForCheck } from './check-setup';

const IDENTIFIER = 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin';

/** One notification address (the sample has two). */
const answers = (overrides: Partial<Answers> = {}): Answers =>
  sampleAnswers({ certificate: { notificationEmails: ['it@contoso.com'], validityYears: 3, commonName: 'Contoso EUC' }, ...overrides });

/** What the tenant holds, read from its own state (not what the wizard believes). */
function census(state: DirectoryState, appName = answers().appName) {
  const apps = Object.values(state.applications).filter((app) => app.displayName === appName);
  const appIds = new Set(apps.map((app) => app.appId));
  const sps = Object.values(state.servicePrincipals).filter((sp) => appIds.has(sp.appId));
  const spIds = new Set<unknown>(sps.map((sp) => sp.id));
  const verifyKeys = sps.flatMap((sp) => (sp.keyCredentials ?? []).filter((key) => key.usage === 'Verify'));
  const assignments = Object.values(state.appRoleAssignments).filter((a) => spIds.has(a.resourceId));
  const perPrincipal = Object.fromEntries([someUser, someGroup].map((id) => [id, assignments.filter((a) => a.principalId === id).length]));
  return {
    apps: apps.length,
    identified: apps.filter((app) => (app.identifierUris ?? []).includes(IDENTIFIER)).length,
    verifyKeys: verifyKeys.length,
    perPrincipal,
    assignments,
  };
}

const f = (status: number, code = 'x', message = ''): GraphFailure => ({ status, code, message });

describe('classifyWriteAnswer: the one rule for a write whose answer is not a success', () => {
  it('takes no answer, every 5xx, a 2xx without its body and instantiate’s 404 as "may have landed"', () => {
    for (const status of [-1, 500, 502, 503, 504, 200, 201]) {
      expect(classifyWriteAnswer(f(status), 'create'), String(status)).toBe('ambiguous');
      expect(classifyWriteAnswer(f(status), 'idempotent'), String(status)).toBe('ambiguous');
    }
    expect(classifyWriteAnswer(f(404), 'instantiate')).toBe('ambiguous');
  });

  it('takes every 4xx (but instantiate’s 404) as a refusal: nothing landed', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(classifyWriteAnswer(f(status), 'create'), String(status)).toBe('refused');
  });

  it('retries an ambiguous create as "checking first", and a 502 or 503 of a write the same way as a 500', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(classifyFailure(f(status), false, false, { write: 'create' })).toMatchObject({ retry: true, reasonKey: 'answerUnclear' });
    }
    expect(classifyFailure(f(404), false, false, { write: 'instantiate' })).toMatchObject({ retry: true, reasonKey: 'answerUnclear' });
    expect(classifyFailure(f(404), false, false, { write: 'create' })).toEqual({ retry: false });
  });

  it('knows Graph’s replication wording for assignments, and the SAML exemption lag only after this run set SAML mode', () => {
    expect(classifyFailure(f(400, 'Request_BadRequest', 'Not a valid reference update.'), true)).toMatchObject({ retry: true, poll: true });
    expect(classifyFailure(f(400, 'Request_BadRequest', 'Not a valid reference update.'), false)).toEqual({ retry: false });
    const unverified = f(
      400,
      'HostNameNotOnVerifiedDomain',
      "Values of identifierUris property must use a verified domain of the organization or its subdomain: 'https://x'",
    );
    expect(classifyFailure(unverified, false, false, { samlModeSetByThisRun: true })).toMatchObject({ retry: true, reasonKey: 'samlExemptionLag' });
    expect(classifyFailure(unverified, true)).toEqual({ retry: false });
  });

  it('waits out a 403 on the new service principal for a bounded time only, and not at all once it took a write', () => {
    const forbidden = f(403, 'Authorization_RequestDenied');
    expect(classifyFailure(forbidden, true)).toMatchObject({ retry: true, boundMs: SERVICE_PRINCIPAL_403_WAIT_MS });
    expect(classifyFailure(forbidden, true, true)).toEqual({ retry: false });
  });
});

const CREATES = {
  instantiate: { method: 'POST', pathIncludes: '/instantiate' },
  certificate: { method: 'POST', pathIncludes: '/addTokenSigningCertificate' },
  assignment: { method: 'POST', pathIncludes: '/appRoleAssignedTo' },
} as const;
const AFTER_COMMIT: AfterCommitAnswer[] = [500, 502, 503, 504, 'empty-2xx'];

describe('a create whose answer comes after Graph committed it', () => {
  const cases = [
    ...(Object.keys(CREATES) as (keyof typeof CREATES)[]).flatMap((create) => AFTER_COMMIT.map((answer) => ({ create, answer }))),
    { create: 'instantiate' as const, answer: 404 as const },
  ];
  it.each(cases)('$create answered $answer: exactly one app, one certificate, one assignment per principal', async ({ create, answer }) => {
    const wizard = applyHarness();
    wizard.tenant.faults.answerAfterCommit(1, CREATES[create], answer);
    const run = await wizard.apply(answers());
    expect(run.outcome.ok, JSON.stringify(run.statuses.filter(({ status }) => status.state === 'failed'))).toBe(true);
    expect(wizard.tenant.log.some((entry) => entry.fault?.startsWith('answer-after-commit'))).toBe(true);
    const tenant = census(wizard.tenant.state);
    expect(tenant).toMatchObject({ apps: 1, identified: 1, verifyKeys: 1, perPrincipal: { [someUser]: 1, [someGroup]: 1 } });
    // The certificate activated is the one Graph made.
    const sp = Object.values(wizard.tenant.state.servicePrincipals).find((s) => s.id === run.outcome.context.servicePrincipalId);
    expect(sp?.preferredTokenSigningKeyThumbprint).toBe(run.outcome.context.certificate?.thumbprint);
  });

  it('finds a certificate whose keys appear in keyCredentials only a minute later by polling, and makes no second one', async () => {
    const wizard = applyHarness();
    wizard.tenant.faults.keyCredentialsLagMs = 60_000;
    wizard.tenant.faults.answerAfterCommit(1, CREATES.certificate, 503);
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(true);
    expect(census(wizard.tenant.state).verifyKeys).toBe(1);
    const reads = wizard.tenant.log.filter((entry) => entry.method === 'GET' && entry.query?.includes('keyCredentials'));
    expect(reads.length).toBeGreaterThan(1);
    expect(run.statuses.some(({ id, status }) => id === 'add-certificate' && status.state === 'retrying' && status.reasonKey === 'certificateAnswerLost')).toBe(
      true,
    );
  });

  it('looks once, not for minutes, for a certificate request a reload cut off before it was sent', async () => {
    const wizard = applyHarness();
    const plan = await wizard.plan(answers());
    const first = await wizard.apply(
      answers(),
      {},
      { ...plan, operations: plan.operations.filter((op) => ['instantiate', 'confirm-readable', 'saml-mode'].includes(op.id)) },
    );
    const started = wizard.clock.now();
    const logged = wizard.tenant.log.length;
    const run = await wizard.apply(answers(), first.journal, plan, { 'add-certificate': started - 1_000 });
    expect(run.outcome.ok).toBe(true);
    expect(wizard.clock.now() - started).toBeLessThan(5_000);
    // It did look, exactly once, and before creating.
    const after = wizard.tenant.log.slice(logged);
    const looks = after.filter((entry) => entry.method === 'GET' && entry.query?.includes('keyCredentials'));
    const create = after.findIndex((entry) => entry.path.endsWith('/addTokenSigningCertificate'));
    expect(looks).toHaveLength(1);
    expect(after.indexOf(looks[0]!)).toBeLessThan(create);
    expect(census(wizard.tenant.state).verifyKeys).toBe(1);
  });

  it('takes "already exists" (400) after an ambiguous assignment as done, with the assignment’s id read back', async () => {
    const wizard = applyHarness();
    // The list lags behind the write, so the look before repeating misses it and the POST is repeated.
    wizard.tenant.faults.replicationLagMs = 8_000;
    wizard.tenant.faults.answerAfterCommit(1, { ...CREATES.assignment }, 503);
    const run = await wizard.apply(answers({ principals: [{ id: someUser, kind: 'user', displayName: 'A user' }] }));
    expect(run.outcome.ok, JSON.stringify(run.statuses.filter(({ status }) => status.state === 'failed'))).toBe(true);
    const refused = wizard.tenant.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/appRoleAssignedTo') && entry.status === 400);
    expect(refused.length).toBeGreaterThan(0);
    const tenant = census(wizard.tenant.state);
    expect(tenant.perPrincipal[someUser]).toBe(1);
    expect(run.outcome.context.assignments?.[someUser]).toBe(tenant.assignments.find((a) => a.principalId === someUser)?.id);
  });
});

describe('replication as Graph words it', () => {
  it('waits out "Not a valid reference update." on assignments to the new service principal', async () => {
    const wizard = applyHarness();
    wizard.tenant.faults.replicationLagMs = 20_000;
    wizard.tenant.faults.assignmentReferenceLag = true;
    // Assignments alone, straight after the new objects read back: they meet the 'settling' phase
    // (in a full plan they wait for SAML mode, whose own 403s outlast it).
    const full = await wizard.plan(answers());
    const operations = full.operations
      .filter((op) => ['instantiate', 'confirmReadable', 'assignPrincipal'].includes(op.kind))
      .map((op) => (op.kind === 'assignPrincipal' ? { ...op, dependsOn: ['confirm-readable'] } : op));
    const run = await wizard.apply(answers(), {}, { ...full, operations });
    expect(run.outcome.ok, JSON.stringify(run.statuses.filter(({ status }) => status.state === 'failed'))).toBe(true);
    const refused = wizard.tenant.log.filter((entry) => entry.status === 400 && entry.path.endsWith('/appRoleAssignedTo'));
    expect(refused.length).toBeGreaterThan(0);
    expect(run.statuses.some(({ id, status }) => id.startsWith('assign:') && status.state === 'retrying' && status.reasonKey === 'replicatingReference')).toBe(
      true,
    );
    expect(census(wizard.tenant.state).perPrincipal).toEqual({ [someUser]: 1, [someGroup]: 1 });
  });

  it('waits out the SAML exemption’s lag on the identifier, with the reason on the row', async () => {
    const wizard = applyHarness();
    wizard.tenant.faults.samlExemptionLagMs = 6_000;
    const run = await wizard.apply(answers());
    expect(run.outcome.ok, JSON.stringify(run.statuses.filter(({ status }) => status.state === 'failed'))).toBe(true);
    expect(run.statuses.some(({ id, status }) => id === 'application-urls' && status.state === 'retrying' && status.reasonKey === 'samlExemptionLag')).toBe(
      true,
    );
    expect(census(wizard.tenant.state).identified).toBe(1);
  });

  it('stops a 403 on the new service principal after 90 s, saying on the row a role may be missing, and advises on the role', async () => {
    const wizard = applyHarness();
    wizard.tenant.faults.replicationLagMs = 10 * 60_000; // 5 minutes of 403s on the new service principal
    const started = wizard.clock.now();
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(false);
    const rows = run.statuses.filter(({ id }) => id === 'saml-mode').map(({ status }) => status);
    expect(rows.some((status) => status.state === 'retrying' && status.reasonKey === 'replicatingServicePrincipal')).toBe(true);
    expect(rows.at(-1)).toMatchObject({ state: 'failed', adviceKey: 'forbidden' });
    const forbidden = wizard.tenant.log.filter((entry) => entry.status === 403);
    const waited = forbidden.at(-1)!.at - forbidden[0]!.at;
    expect(waited).toBeLessThanOrEqual(SERVICE_PRINCIPAL_403_WAIT_MS);
    expect(waited).toBeGreaterThan(SERVICE_PRINCIPAL_403_WAIT_MS - 5_000);
    // Readable after 5 minutes (half the lag), then at most 90 s of 403s: not the 8-minute budget.
    expect(wizard.clock.now() - started).toBeLessThanOrEqual(5 * 60_000 + SERVICE_PRINCIPAL_403_WAIT_MS);
  });
});

describe('a 403 once the new service principal took a write', () => {
  it('is a refusal at once for every kind of operation after it, not replication to wait out', async () => {
    const wizard = applyHarness();
    const plan = await wizard.plan(answers());
    const first = await wizard.apply(
      answers(),
      {},
      { ...plan, operations: plan.operations.filter((op) => ['instantiate', 'confirm-readable', 'saml-mode'].includes(op.id)) },
    );
    expect(first.outcome.ok).toBe(true);
    wizard.tenant.faults.denyRole(DEMO_ADMIN_USER_ID);
    const started = wizard.clock.now();
    const run = await wizard.apply(answers(), first.journal, plan);
    expect(run.outcome.ok).toBe(false);
    expect(run.statuses.filter(({ status }) => status.state === 'retrying')).toEqual([]);
    expect(run.statuses.some(({ status }) => status.state === 'failed' && status.adviceKey === 'forbidden')).toBe(true);
    expect(wizard.clock.now()).toBe(started);
  });

  it('is known to the operations after any successful write to the new service principal', async () => {
    const wizard = applyHarness();
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(true);
    const writers = run.plan.operations.filter((op) => op.path.startsWith('/servicePrincipals/')).map((op) => op.id);
    expect(writers.length).toBeGreaterThan(5);
    for (const id of writers.filter((id) => id !== 'confirm-readable')) expect(run.journal[id], id).toMatchObject({ servicePrincipalAcceptedWrite: true });
  });
});

describe('a service principal without a claims policy (GET answers 404)', () => {
  it('is "no policy" in apply: one GET, no wait', async () => {
    const wizard = applyHarness();
    wizard.tenant.faults.claimsPolicyAbsent = 'not-found';
    const run = await wizard.apply(answers());
    expect(run.outcome.ok).toBe(true);
    const gets = wizard.tenant.log.filter((entry) => entry.method === 'GET' && entry.path.endsWith('/claimsPolicy'));
    expect(gets.map((entry) => entry.status)).toEqual([404]);
    expect(run.statuses.some(({ id, status }) => id === 'claims-policy' && status.state === 'retrying')).toBe(false);
    const put = wizard.tenant.log.find((entry) => entry.method === 'PUT' && entry.path.endsWith('/claimsPolicy'));
    expect(put?.at).toBe(gets[0]!.at);
    expect(put?.requestBody).toMatchObject({ includeBasicClaimSet: true, includeApplicationIdInIssuer: false });
  });

  it('is "no policy" when an existing app is read for the review and for the check, without a wait', async () => {
    const clock = fakeClock();
    const tenant = new DemoTenant({ clock: clock.now, checkApps: ['correct'] });
    tenant.faults.claimsPolicyAbsent = 'not-found';
    const wizard = applyHarness({ clock, tenant });
    const start = clock.now();
    const plan = await wizard.plan(answers({ region: 'uae', cmpId: 'contoso-uae' }));
    expect(plan.existing?.claimsPolicy).toBeNull();
    expect(plan.existing?.customClaims).toEqual([]);
    const op = plan.operations.find((o) => o.kind === 'putClaimsPolicy');
    expect(op && 'before' in op ? op.before : 'missing').toBeNull();
    const check = await readAppForCheck(wizard.graph, DEMO_CHECK_APPS.correct.applicationId, new Date(clock.now()));
    expect(check.found).toBe(true);
    expect(clock.now()).toBe(start);
    expect(tenant.log.filter((entry) => entry.path.endsWith('/claimsPolicy')).map((entry) => entry.status)).toEqual([404, 404]);
  });
});

/** A policy as the portal's "Attributes & Claims" leaves it (beta shapes), with ours to be changed. */
const PORTAL_POLICY = {
  includeBasicClaimSet: true,
  includeApplicationIdInIssuer: true,
  audienceOverride: 'https://euc.tmes-uae.trendmicro.com/uiserver/euc/ssoLogin',
  claims: [
    {
      '@odata.type': '#microsoft.graph.samlNameIdClaim',
      nameIdFormat: 'emailAddress',
      serviceProviderNameQualifier: null,
      configurations: [
        {
          condition: null,
          attribute: { '@odata.type': '#microsoft.graph.sourcedAttribute', id: 'mail', source: 'user', isExtensionAttribute: false },
          transformations: [],
        },
      ],
    },
    {
      '@odata.type': '#microsoft.graph.customClaim',
      name: 'department_upper',
      namespace: 'http://schemas.contoso.com/claims',
      tokenFormat: ['saml'],
      samlAttributeNameFormat: null,
      configurations: [
        {
          condition: null,
          attribute: { '@odata.type': '#microsoft.graph.sourcedAttribute', id: 'department', source: 'user', isExtensionAttribute: false },
          transformations: [{ '@odata.type': '#microsoft.graph.toUppercaseTransformation' }],
        },
      ],
    },
    {
      '@odata.type': '#microsoft.graph.customClaim',
      name: 'euc_mail',
      namespace: null,
      tokenFormat: ['saml'],
      samlAttributeNameFormat: null,
      configurations: [
        {
          condition: null,
          attribute: { '@odata.type': '#microsoft.graph.sourcedAttribute', id: 'mail', source: 'user', isExtensionAttribute: false },
          transformations: [],
        },
      ],
    },
    {
      '@odata.type': '#microsoft.graph.customClaim',
      name: 'tenant_tag',
      namespace: null,
      tokenFormat: ['saml'],
      samlAttributeNameFormat: null,
      configurations: [{ condition: null, attribute: { '@odata.type': '#microsoft.graph.valueBasedAttribute', value: 'contoso' }, transformations: [] }],
    },
  ],
};

describe('the claims policy PUT of an app whose policy was made in the portal', () => {
  it('sends the policy back as read, changing only our claim and includeApplicationIdInIssuer (false)', async () => {
    const clock = fakeClock();
    const tenant = new DemoTenant({ clock: clock.now, checkApps: ['correct'] });
    const wizard = applyHarness({ clock, tenant });
    const sp = DEMO_CHECK_APPS.correct.servicePrincipalId;
    await wizard.graph.client.api(`/servicePrincipals/${sp}/claimsPolicy`).version('beta').put(PORTAL_POLICY);
    const read = (await wizard.graph.client.api(`/servicePrincipals/${sp}/claimsPolicy`).version('beta').get()) as Record<string, unknown>;

    const uae = answers({ region: 'uae', cmpId: 'contoso-uae' });
    const plan = await wizard.plan(uae);
    const op = plan.operations.find((o) => o.kind === 'putClaimsPolicy');
    if (op?.kind !== 'putClaimsPolicy') throw new Error('no claims policy operation planned');
    expect(op.before).toEqual(read);
    const run = await wizard.apply(uae, {}, plan);
    expect(run.outcome.ok).toBe(true);

    const put = tenant.log.filter((entry) => entry.method === 'PUT' && entry.path.endsWith('/claimsPolicy')).at(-1)!;
    const sent = put.requestBody as Record<string, unknown>;
    const ourIndex = PORTAL_POLICY.claims.findIndex((c) => 'name' in c && c.name === 'euc_mail');
    const { '@odata.context': _context, ...readBack } = read;
    // Byte for byte: the same JSON, but for our claim (same place) and the issuer switch.
    const expected = {
      ...readBack,
      includeApplicationIdInIssuer: false,
      claims: (read.claims as unknown[]).map((c, i) => (i === ourIndex ? (sent.claims as unknown[])[i] : c)),
    };
    expect(JSON.stringify(sent)).toBe(JSON.stringify(expected));
    expect((sent.claims as { name?: string; configurations: { attribute: { id: string } }[] }[])[ourIndex]).toMatchObject({
      name: 'euc_mail',
      configurations: [{ attribute: { id: 'userprincipalname' } }],
    });
    expect(op.after).toEqual(sent);
  });

  it('merges again at run time: a claim added in the portal after the review survives', async () => {
    const clock = fakeClock();
    const tenant = new DemoTenant({ clock: clock.now, checkApps: ['correct'] });
    const wizard = applyHarness({ clock, tenant });
    const sp = DEMO_CHECK_APPS.correct.servicePrincipalId;
    const uae = answers({ region: 'uae', cmpId: 'contoso-uae' });
    const plan = await wizard.plan(uae);
    await wizard.graph.client.api(`/servicePrincipals/${sp}/claimsPolicy`).version('beta').put(PORTAL_POLICY);
    const run = await wizard.apply(uae, {}, plan);
    expect(run.outcome.ok).toBe(true);
    const stored = tenant.state.claimsPolicies[sp]!.current;
    expect(stored.claims?.map((c) => ('name' in c ? c.name : (c as Record<string, unknown>)['@odata.type']))).toEqual([
      '#microsoft.graph.samlNameIdClaim',
      'department_upper',
      'euc_mail',
      'tenant_tag',
    ]);
    expect(stored.audienceOverride).toBe(PORTAL_POLICY.audienceOverride);
  });
});
