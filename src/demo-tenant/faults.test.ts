import type { Application, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { DEMO_CHECK_APPS, DEMO_EXISTING_SAML_APP } from './seed';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { applyFaultPreset, isNetworkFailure } from './faults';
import { DEMO_ADMIN_USER_ID } from './seed';
import { DemoTenant } from './tenant';
import { fakeClock, graphCaller, instantiateNonGalleryApp } from './testing';

interface GraphErrorBody {
  error: { code: string; message: string };
}
interface ListBody<T> {
  value: T[];
}

const USER_ROLE = '18d14569-c3bd-439b-9a66-3a2aee01d14f';
const EUC_IDENTIFIER = 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin';

function setup(replicationLagMs = 0) {
  const clock = fakeClock();
  const tenant = new DemoTenant({ clock: clock.now });
  tenant.faults.replicationLagMs = replicationLagMs;
  return { tenant, clock, graph: graphCaller(tenant) };
}

describe('replication lag', () => {
  it('answers 404 for a new application and service principal until the lag has passed', async () => {
    const { graph, clock, tenant } = setup(120_000);
    const { application, servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');

    const early = await graph<GraphErrorBody>('GET', `/applications/${application.id}`);
    expect(early.status).toBe(404);
    expect(early.body.error.code).toBe('Request_ResourceNotFound');
    expect((await graph('GET', `/servicePrincipals/${servicePrincipal.id}`)).status).toBe(404);
    expect(tenant.log.at(-1)?.fault).toBe('replication-lag');

    clock.advance(120_000);
    const late = await graph<Application>('GET', `/applications/${application.id}`);
    expect(late.status).toBe(200);
    expect(late.body.id).toBe(application.id);
    expect(tenant.log.at(-1)?.fault).toBeUndefined();
  });

  it('gives the misleading answers of a half-replicated object before writes succeed', async () => {
    const { graph, clock } = setup(120_000);
    const { application, servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    clock.advance(60_000); // halfway: readable, but writes still fail

    expect((await graph('GET', `/servicePrincipals/${servicePrincipal.id}`)).status).toBe(200);
    const spPatch = await graph<GraphErrorBody>('PATCH', `/servicePrincipals/${servicePrincipal.id}`, {
      body: { preferredSingleSignOnMode: 'saml' },
    });
    expect([spPatch.status, spPatch.body.error.code]).toEqual([403, 'Authorization_RequestDenied']);
    const appPatch = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, { body: { notes: 'x' } });
    expect(appPatch.status).toBe(409);
    const assignment = await graph<GraphErrorBody>('POST', `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`, {
      body: { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId: USER_ROLE },
    });
    expect(assignment.status).toBe(400);
    expect(assignment.body.error.message).toContain('does not reference a valid application object');

    clock.advance(60_000);
    expect((await graph('PATCH', `/servicePrincipals/${servicePrincipal.id}`, { body: { preferredSingleSignOnMode: 'saml' } })).status).toBe(204);
    expect((await graph('PATCH', `/applications/${application.id}`, { body: { identifierUris: [EUC_IDENTIFIER] } })).status).toBe(204);
  });

  it('keeps a new application out of $filter results until it has replicated', async () => {
    const { graph, clock } = setup(30_000);
    const { application } = await instantiateNonGalleryApp(graph, 'Trend Micro EUC');
    const query = `/applications?$filter=displayName eq 'Trend Micro EUC'&$select=id`;
    clock.advance(20_000);
    expect((await graph<ListBody<Application>>('GET', query)).body.value).toEqual([]);
    clock.advance(10_000);
    expect((await graph<ListBody<Application>>('GET', query)).body.value).toEqual([{ id: application.id }]);
  });

  it('lists a new assignment only after the lag, and serves the previous claims policy until the write replicates', async () => {
    const { graph, clock } = setup(10_000);
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    clock.advance(10_000);
    const assignmentsPath = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    const created = await graph('POST', assignmentsPath, {
      body: { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId: USER_ROLE },
    });
    expect(created.status).toBe(201);
    const policyPath = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;
    expect((await graph('PUT', policyPath, { body: { includeBasicClaimSet: true, claims: [] } })).status).toBe(204);

    expect((await graph<ListBody<ServicePrincipal>>('GET', assignmentsPath)).body.value).toHaveLength(0);
    expect((await graph<CustomClaimsPolicy>('GET', policyPath)).body.includeBasicClaimSet).toBe(false);

    clock.advance(10_000);
    expect((await graph<ListBody<ServicePrincipal>>('GET', assignmentsPath)).body.value).toHaveLength(1);
    expect((await graph<CustomClaimsPolicy>('GET', policyPath)).body.includeBasicClaimSet).toBe(true);
  });

  it('has no effect on seeded objects', async () => {
    const { graph } = setup(60_000);
    expect((await graph('GET', `/applications/${DEMO_EXISTING_SAML_APP.applicationId}`)).status).toBe(200);
    expect((await graph('GET', `/servicePrincipals/${DEMO_EXISTING_SAML_APP.servicePrincipalId}`)).status).toBe(200);
    expect((await graph('PATCH', `/servicePrincipals/${DEMO_EXISTING_SAML_APP.servicePrincipalId}`, { body: { notes: 'x' } })).status).toBe(204);
  });

  it('has no effect when the lag is 0', async () => {
    const { graph } = setup(0);
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    expect((await graph('GET', `/applications/${application.id}`)).status).toBe(200);
  });
});

describe('throttling', () => {
  it('answers 429 TooManyRequests with Retry-After for the next matching requests, then succeeds', async () => {
    const { graph, tenant } = setup();
    tenant.faults.throttle(429, 2, { method: 'GET', pathIncludes: '/users', retryAfterSeconds: 7 });

    expect((await graph('GET', '/organization')).status).toBe(200);
    const first = await graph<GraphErrorBody>('GET', '/users?$top=1');
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('7');
    expect(first.body.error.code).toBe('TooManyRequests');
    expect((await graph('GET', '/users?$top=1')).status).toBe(429);
    expect((await graph('GET', '/users?$top=1')).status).toBe(200);
    expect(tenant.log.map((entry) => entry.fault ?? '-')).toEqual(['-', 'throttle-429', 'throttle-429', '-']);
  });

  it('answers 503 ServiceUnavailable and 504 GatewayTimeout when asked to', async () => {
    const { graph, tenant } = setup();
    tenant.faults.throttle(503, 1);
    tenant.faults.throttle(504, 1);
    const unavailable = await graph<GraphErrorBody>('GET', '/me');
    const timeout = await graph<GraphErrorBody>('GET', '/me');
    expect([unavailable.status, unavailable.body.error.code]).toEqual([503, 'ServiceUnavailable']);
    expect([timeout.status, timeout.body.error.code]).toEqual([504, 'GatewayTimeout']);
    expect((await graph('GET', '/me')).status).toBe(200);
  });

  it('throttles individual $batch items with their own 429', async () => {
    const { graph, tenant } = setup();
    tenant.faults.throttle(429, 1, { pathIncludes: '/groups' });
    const response = await graph<{ responses: { id: string; status: number; headers: Record<string, string> }[] }>('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/users?$top=1' },
          { id: '2', method: 'GET', url: '/groups?$top=1' },
        ],
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.responses.map((item) => item.status)).toEqual([200, 429]);
    expect(response.body.responses[1]?.headers['retry-after']).toBe('2');
  });
});

describe('network failures and latency', () => {
  it('marks the next matching requests as network failures with status 0', async () => {
    const { tenant, graph } = setup();
    tenant.faults.failNext(1, { pathIncludes: '/me' }, 'network');
    const request = { method: 'GET', url: 'https://graph.microsoft.com/v1.0/me', headers: {} };
    const failed = await tenant.handle(request);
    expect(failed.status).toBe(0);
    expect(isNetworkFailure(failed)).toBe(true);
    expect(tenant.log.at(-1)).toMatchObject({ status: 0, fault: 'network' });
    expect((await graph('GET', '/me')).status).toBe(200);
  });

  it('exposes latencyMs for adapters without delaying the core', async () => {
    const { tenant, graph } = setup();
    tenant.faults.latencyMs = 5_000;
    const started = Date.now();
    expect((await graph('GET', '/me')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(tenant.faults.latencyMs).toBe(5_000);
  });

  it('clears every pending fault with faults.clear()', async () => {
    const { tenant, graph } = setup(60_000);
    tenant.faults.throttle(429, 5);
    tenant.faults.clear();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    expect((await graph('GET', `/applications/${application.id}`)).status).toBe(200);
  });
});

// Issue 13: what public evidence says real tenants do (docs/graph/replication-and-retries.md#ambiguous-answers).
describe('answer after commit', () => {
  const instantiatePath = '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate';
  const appsNamed = (tenant: DemoTenant, name: string) => tenant.state.applications.filter((app) => app.displayName === name);

  it('instantiate: creates the app, then answers 404 as Terraform documents it', async () => {
    const { graph, tenant } = setup();
    tenant.faults.answerAfterCommit(1, { method: 'POST', pathIncludes: '/instantiate' }, 404);
    const response = await graph<GraphErrorBody>('POST', instantiatePath, { body: { displayName: 'EUC 404' } });
    expect([response.status, response.body.error.code]).toEqual([404, 'Request_ResourceNotFound']);
    expect(response.body.error.message).toBe(
      "Resource '8adf8e6e-67b2-4cf2-a259-e3dc5476c621' does not exist or one of its queried reference-property objects are not present.",
    );
    expect(appsNamed(tenant, 'EUC 404')).toHaveLength(1);
    expect(tenant.log.at(-1)).toMatchObject({ status: 404, committedStatus: 201, fault: 'answer-after-commit-404' });
    // Used up: the next instantiate answers 201.
    expect((await graph('POST', instantiatePath, { body: { displayName: 'EUC 404' } })).status).toBe(201);
  });

  it.each([
    [500, 'Service_InternalServerError'],
    [502, 'BadGateway'],
    [503, 'ServiceUnavailable'],
    [504, 'GatewayTimeout'],
  ] as const)('answers %i %s with a Graph error body after the certificate was added', async (status, code) => {
    const { graph, tenant } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    tenant.faults.answerAfterCommit(1, { pathIncludes: '/addTokenSigningCertificate' }, status);
    const response = await graph<GraphErrorBody>('POST', `/servicePrincipals/${servicePrincipal.id}/addTokenSigningCertificate`, {
      body: { displayName: 'CN=EUC' },
    });
    expect([response.status, response.body.error.code]).toEqual([status, code]);
    expect(response.headers['content-type']).toBe('application/json');
    const sp = tenant.state.servicePrincipals.find((candidate) => candidate.id === servicePrincipal.id);
    expect(sp?.keyCredentials?.filter((key) => key.usage === 'Verify')).toHaveLength(1);
  });

  it("'empty-2xx': the write's own status with no body", async () => {
    const { graph, tenant } = setup();
    tenant.faults.answerAfterCommit(1, { pathIncludes: '/instantiate' }, 'empty-2xx');
    const response = await graph('POST', instantiatePath, { body: { displayName: 'EUC empty' } });
    expect([response.status, response.raw.body]).toEqual([201, null]);
    expect(appsNamed(tenant, 'EUC empty')).toHaveLength(1);
  });

  it('waits for a write that commits: refusals under lag and GETs do not use it up', async () => {
    const { graph, tenant, clock } = setup(10_000);
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    tenant.faults.answerAfterCommit(1, { pathIncludes: `/applications/${application.id}` }, 503);
    expect((await graph('GET', `/applications/${application.id}`)).status).toBe(404); // lag, a GET
    clock.advance(5_000);
    expect((await graph('PATCH', `/applications/${application.id}`, { body: { notes: 'a' } })).status).toBe(409); // settling
    clock.advance(5_000);
    expect((await graph('GET', `/applications/${application.id}`)).status).toBe(200);
    expect((await graph('PATCH', `/applications/${application.id}`, { body: { notes: 'b' } })).status).toBe(503);
    expect(tenant.state.applications.find((app) => app.id === application.id)?.notes).toBe('b');
    expect((await graph('PATCH', `/applications/${application.id}`, { body: { notes: 'c' } })).status).toBe(204);
  });

  it('a repeated assignment whose first answer was lost answers 400 "already exists"', async () => {
    const { graph, tenant } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    tenant.faults.answerAfterCommit(1, { pathIncludes: '/appRoleAssignedTo' }, 502);
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    const body = { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId: USER_ROLE };
    expect((await graph('POST', path, { body })).status).toBe(502);
    const again = await graph<GraphErrorBody>('POST', path, { body });
    expect([again.status, again.body.error.code, again.body.error.message]).toEqual([
      400,
      'Request_BadRequest',
      'Permission being assigned already exists on the object.',
    ]);
    expect(tenant.state.appRoleAssignments.filter((assignment) => assignment.resourceId === servicePrincipal.id)).toHaveLength(1);
  });
});

describe('assignment reference lag', () => {
  async function assignWhileSettling(referenceLag: boolean) {
    const { graph, tenant, clock } = setup(10_000);
    tenant.faults.assignmentReferenceLag = referenceLag;
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    clock.advance(5_000);
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    const body = { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId: USER_ROLE };
    const settling = await graph<GraphErrorBody>('POST', path, { body });
    clock.advance(5_000);
    return { settling, replicated: await graph('POST', path, { body }), tenant };
  }

  it('answers 400 "Not a valid reference update." while the new SP settles, then assigns', async () => {
    const { settling, replicated, tenant } = await assignWhileSettling(true);
    expect([settling.status, settling.body.error.code, settling.body.error.message]).toEqual([400, 'Request_BadRequest', 'Not a valid reference update.']);
    expect(tenant.log.at(-2)?.fault).toBe('replication-lag');
    expect(replicated.status).toBe(201);
  });

  it('keeps the older wording when switched off (the default)', async () => {
    const { settling } = await assignWhileSettling(false);
    expect(settling.body.error.message).toContain('does not reference a valid application object');
  });
});

describe('SAML exemption lag', () => {
  it("refuses a non-verified identifier for samlExemptionLagMs after SAML mode was set, with Graph's body", async () => {
    const { graph, tenant, clock } = setup();
    tenant.faults.samlExemptionLagMs = 8_000;
    const { application, servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    expect((await graph('PATCH', `/servicePrincipals/${servicePrincipal.id}`, { body: { preferredSingleSignOnMode: 'saml' } })).status).toBe(204);
    clock.advance(7_999);
    const refused = await graph<GraphErrorBody & { error: { details: unknown[] } }>('PATCH', `/applications/${application.id}`, {
      body: { identifierUris: [EUC_IDENTIFIER] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'HostNameNotOnVerifiedDomain',
      message: `Values of identifierUris property must use a verified domain of the organization or its subdomain: '${EUC_IDENTIFIER}'`,
      details: [{ code: 'HostNameNotOnVerifiedDomain', target: 'identifierUris' }],
    });
    expect(tenant.log.at(-1)?.fault).toBe('saml-exemption-lag');
    // A URI on a verified domain is not affected.
    expect((await graph('PATCH', `/applications/${application.id}`, { body: { identifierUris: ['api://euc-lag'] } })).status).toBe(204);
    clock.advance(1);
    expect((await graph('PATCH', `/applications/${application.id}`, { body: { identifierUris: [EUC_IDENTIFIER] } })).status).toBe(204);
  });

  it('has no effect by default', async () => {
    const { graph } = setup();
    const { application, servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    await graph('PATCH', `/servicePrincipals/${servicePrincipal.id}`, { body: { preferredSingleSignOnMode: 'saml' } });
    expect((await graph('PATCH', `/applications/${application.id}`, { body: { identifierUris: [EUC_IDENTIFIER] } })).status).toBe(204);
  });
});

describe('keyCredentials lag', () => {
  it('hides a new certificate from every read of the SP for keyCredentialsLagMs; activation by thumbprint still works', async () => {
    const { graph, tenant, clock } = setup();
    tenant.faults.keyCredentialsLagMs = 120_000;
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const added = await graph<{ thumbprint: string; keyId: string }>('POST', `/servicePrincipals/${servicePrincipal.id}/addTokenSigningCertificate`, {
      body: { displayName: 'CN=EUC' },
    });
    expect(added.status).toBe(200);
    const read = () => graph<ServicePrincipal>('GET', `/servicePrincipals/${servicePrincipal.id}?$select=keyCredentials,passwordCredentials`);
    const listed = () => graph<ListBody<ServicePrincipal>>('GET', `/servicePrincipals?$filter=id eq '${servicePrincipal.id}'&$select=id,keyCredentials`);
    expect((await read()).body.keyCredentials).toEqual([]);
    expect((await read()).body.passwordCredentials).toEqual([]);
    expect((await listed()).body.value[0]?.keyCredentials).toEqual([]);
    const activate = await graph('PATCH', `/servicePrincipals/${servicePrincipal.id}`, { body: { preferredTokenSigningKeyThumbprint: added.body.thumbprint } });
    expect(activate.status).toBe(204);

    clock.advance(120_000);
    const keys = (await read()).body.keyCredentials ?? [];
    expect(keys.map((key) => key.usage).sort()).toEqual(['Sign', 'Verify']);
    expect(keys.find((key) => key.usage === 'Verify')?.key).toBeTruthy();
    expect((await listed()).body.value[0]?.keyCredentials).toHaveLength(2);
  });
});

describe('claims policy absent', () => {
  it("answers 404 for an SP that never had a policy when set to 'not-found', and the policy once one is written", async () => {
    const { graph, tenant } = setup();
    tenant.faults.claimsPolicyAbsent = 'not-found';
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const path = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;
    const absent = await graph<GraphErrorBody>('GET', path);
    expect([absent.status, absent.body.error.code]).toEqual([404, 'Request_ResourceNotFound']);
    expect(tenant.log.at(-1)?.fault).toBe('claims-policy-absent');
    expect((await graph('PUT', path, { body: { includeBasicClaimSet: true, includeApplicationIdInIssuer: false, claims: [] } })).status).toBe(204);
    const present = await graph<CustomClaimsPolicy>('GET', path);
    expect([present.status, present.body.includeApplicationIdInIssuer]).toEqual([200, false]);
  });

  it('keeps answering 404 until the first write has replicated, then the policy', async () => {
    const { graph, tenant, clock } = setup(10_000);
    tenant.faults.claimsPolicyAbsent = 'not-found';
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    clock.advance(10_000);
    const path = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;
    expect((await graph('PUT', path, { body: { includeBasicClaimSet: true, claims: [] } })).status).toBe(204);
    expect((await graph('GET', path)).status).toBe(404);
    clock.advance(10_000);
    expect((await graph('GET', path)).status).toBe(200);
  });

  it("answers the empty default policy by default ('empty-policy')", async () => {
    const { graph } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const policy = await graph<CustomClaimsPolicy>('GET', `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`);
    expect([policy.status, policy.body.claims]).toEqual([200, []]);
  });
});

describe('portal-made claims policy (DEMO_CHECK_APPS.portalMadePolicy)', () => {
  const app = DEMO_CHECK_APPS.portalMadePolicy;
  const path = `/beta/servicePrincipals/${app.servicePrincipalId}/claimsPolicy`;

  it('holds what portal-made policies hold, and a PUT of it unchanged succeeds and changes nothing', async () => {
    const clock = fakeClock();
    const tenant = new DemoTenant({ clock: clock.now, checkApps: ['portalMadePolicy'] });
    const graph = graphCaller(tenant);
    const read = await graph<CustomClaimsPolicy & { '@odata.context'?: string }>('GET', path);
    expect(read.status).toBe(200);
    const { '@odata.context': _context, ...policy } = read.body;
    expect(policy).toMatchObject({ includeApplicationIdInIssuer: false, audienceOverride: app.identifierUri, includeBasicClaimSet: true });
    const types = JSON.stringify(policy);
    for (const shape of ['samlNameIdClaim', 'valueBasedAttribute', 'extractMailPrefixTransformation', 'toLowercaseTransformation', 'customClaimCondition']) {
      expect(types).toContain(shape);
    }
    expect((await graph('PUT', path, { body: policy })).status).toBe(204);
    expect(tenant.state.claimsPolicies[app.servicePrincipalId]?.current).toEqual(policy);
  });

  it('still refuses unknown properties anywhere in it', async () => {
    const tenant = new DemoTenant({ checkApps: ['portalMadePolicy'] });
    const graph = graphCaller(tenant);
    const policy = (await graph<CustomClaimsPolicy>('GET', path)).body as unknown as { claims: Record<string, unknown>[] };
    type Policy = typeof policy;
    const transformation = (copy: Policy) => (copy.claims[5]!.configurations as { transformations: object[] }[])[0]!.transformations[0]!;
    const variants: [string, (copy: Policy) => void][] = [
      ['groupFilter on the policy', (copy) => Object.assign(copy, { groupFilter: { includedGroups: [] } })],
      ['a NameID claim property', (copy) => Object.assign(copy.claims[0]!, { name: 'nameid' })],
      ['a transformation property', (copy) => Object.assign(transformation(copy), { value: 'x' })],
      ['a valueBasedAttribute property', (copy) => Object.assign((copy.claims[7]!.configurations as { attribute: object }[])[0]!.attribute, { id: 'mail' })],
      ['an unknown transformation type', (copy) => Object.assign(transformation(copy), { '@odata.type': '#microsoft.graph.madeUpTransformation' })],
    ];
    expect((await graph('PUT', path, { body: policy })).status).toBe(204);
    for (const [what, change] of variants) {
      const copy = structuredClone(policy);
      change(copy);
      const refused = await graph<GraphErrorBody>('PUT', path, { body: copy });
      expect(refused.status, what).toBe(400);
    }
  });
});

describe('the real-tenant-like preset', () => {
  it('scales every lag of the preset at once, and nothing else', () => {
    const full = new DemoTenant();
    applyFaultPreset(full, 'real-tenant');
    const half = new DemoTenant();
    applyFaultPreset(half, 'real-tenant', { lagScale: 0.5 });
    for (const lag of ['replicationLagMs', 'samlExemptionLagMs', 'keyCredentialsLagMs'] as const) {
      expect(half.faults[lag], lag).toBe(full.faults[lag] / 2);
    }
    expect(half.faults.queued).toEqual(full.faults.queued);
    expect(half.faults.claimsPolicyAbsent).toBe(full.faults.claimsPolicyAbsent);
  });

  it('switches every real-tenant fault on together', () => {
    const tenant = new DemoTenant();
    applyFaultPreset(tenant, 'real-tenant');
    const { faults } = tenant;
    expect(faults.replicationLagMs).toBeGreaterThan(0);
    expect(faults.samlExemptionLagMs).toBeGreaterThan(0);
    expect(faults.keyCredentialsLagMs).toBeGreaterThan(0);
    expect(faults.assignmentReferenceLag).toBe(true);
    expect(faults.claimsPolicyAbsent).toBe('not-found');
    const queued = faults.queued.map(
      (fault) =>
        `${fault.kind}:${fault.kind === 'answer-after-commit' ? fault.answer : fault.kind === 'throttle' ? fault.status : ''} ${fault.match.method ?? ''} ${fault.match.pathIncludes ?? ''}`,
    );
    expect(queued).toEqual(
      expect.arrayContaining([
        'answer-after-commit:404 POST /instantiate',
        'answer-after-commit:503 POST /addTokenSigningCertificate',
        'answer-after-commit:504 POST /appRoleAssignedTo',
        'answer-after-commit:empty-2xx POST /appRoleAssignedTo',
        'answer-after-commit:502 PATCH /applications/',
        'answer-after-commit:500 PUT /claimsPolicy',
        'throttle:429 GET /servicePrincipals',
      ]),
    );
    faults.clear();
    expect([
      faults.queued.length,
      faults.replicationLagMs,
      faults.samlExemptionLagMs,
      faults.keyCredentialsLagMs,
      faults.assignmentReferenceLag,
      faults.claimsPolicyAbsent,
    ]).toEqual([0, 0, 0, 0, false, 'empty-policy']);
  });

  it('makes instantiate land and answer 404', async () => {
    const { graph, tenant } = setup();
    tenant.faults.realTenantLike();
    const response = await graph('POST', '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', { body: { displayName: 'Preset' } });
    expect(response.status).toBe(404);
    expect(tenant.state.applications.filter((candidate) => candidate.displayName === 'Preset')).toHaveLength(1);
  });
});

describe('the request log of a lost or replaced answer', () => {
  it('keeps the real status of a write that landed, and none for a refused write or a read', async () => {
    const { graph, tenant } = setup();
    tenant.faults.failNext(1, { method: 'POST', pathIncludes: '/instantiate' }, 'response-lost');
    tenant.faults.failNext(1, { method: 'GET', pathIncludes: '/organization' }, 'response-lost');
    tenant.faults.failNext(1, { method: 'PATCH' }, 'response-lost');
    await tenant.handle({
      method: 'POST',
      url: 'https://graph.microsoft.com/v1.0/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate',
      headers: {},
      body: '{}',
    });
    expect(tenant.log.at(-1)).toMatchObject({ status: 0, fault: 'response-lost' });
    expect(tenant.log.at(-1)?.committedStatus).toBeUndefined(); // refused (401): nothing landed
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    await graph('GET', '/organization');
    expect(tenant.log.at(-1)?.committedStatus).toBeUndefined();
    await graph('PATCH', `/applications/${application.id}`, { body: { notes: 'x' } });
    expect(tenant.log.at(-1)).toMatchObject({ status: 0, committedStatus: 204 });
  });
});
