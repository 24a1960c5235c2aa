import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import type { ServicePrincipal, User } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { DemoTenant } from '../tenant';
import { DEMO_ADMIN_USER_ID } from '../seed';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken } from '../tokens';
import { DemoTenantMiddleware } from './graph-middleware';

function setup() {
  const tenant = new DemoTenant();
  const accessToken = () => issueDemoAccessToken({ tenantId: tenant.tenantId, userOid: DEMO_ADMIN_USER_ID, scopes: DEMO_WIZARD_SCOPES, nowMs: tenant.now() });
  const client = Client.initWithMiddleware({ middleware: new DemoTenantMiddleware(tenant, { accessToken }) });
  return { tenant, client };
}

describe('DemoTenantMiddleware for @microsoft/microsoft-graph-client', () => {
  it('answers the Graph client from the demo tenant, headers and query options included', async () => {
    const { client } = setup();
    const result = (await client.api('/users').header('ConsistencyLevel', 'eventual').search('"displayName:joni"').select(['id', 'displayName']).get()) as {
      value: User[];
    };
    expect(result.value.map((user) => user.displayName)).toEqual(['Joni Sherman']);
  });

  it('sends JSON bodies and returns the created objects', async () => {
    const { client, tenant } = setup();
    const created = (await client.api('/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate').post({ displayName: 'EUC' })) as {
      servicePrincipal: ServicePrincipal;
    };
    await client.api(`/servicePrincipals/${created.servicePrincipal.id ?? ''}`).patch({ preferredSingleSignOnMode: 'saml' });
    expect(tenant.writes().map((entry) => entry.method)).toEqual(['POST', 'PATCH']);
    expect(tenant.state.servicePrincipals.at(-1)?.preferredSingleSignOnMode).toBe('saml');
  });

  it('surfaces Graph errors as GraphError with status and code', async () => {
    const { client } = setup();
    const error: unknown = await client
      .api('/users')
      .search('"displayName:jo"')
      .get()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).statusCode).toBe(400);
    expect((error as GraphError).code).toBe('Request_UnsupportedQuery');
  });

  it('fails like fetch does when the tenant simulates a network failure', async () => {
    const { client, tenant } = setup();
    tenant.faults.failNext(1, { pathIncludes: '/me' }, 'network');
    const middleware = new DemoTenantMiddleware(tenant);
    await expect(middleware.execute({ request: 'https://graph.microsoft.com/v1.0/me', options: { method: 'GET' } })).rejects.toThrow(
      new TypeError('Failed to fetch'),
    );
    // Through the client, the same failure arrives wrapped as a GraphError without an HTTP status.
    tenant.faults.failNext(1, { pathIncludes: '/me' }, 'network');
    const error: unknown = await client
      .api('/me')
      .get()
      .catch((caught: unknown) => caught);
    expect((error as GraphError).message).toBe('Failed to fetch');
    expect((error as GraphError).statusCode).toBe(-1);
  });
});
