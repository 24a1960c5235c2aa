import type { Application, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { DEMO_EXISTING_SAML_APP } from './seed';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { isNetworkFailure } from './faults';
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
