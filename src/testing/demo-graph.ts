// Graph for component tests: the demo tenant answers https://graph.microsoft.com through MSW's Node
// adapter (the same handlers the browser demo's service worker uses), and a demo session signs the
// requests with the tenant's own tokens. Test-only: nothing in the app imports it.
import { setupServer } from 'msw/node';
import type { AdminSession } from '../auth/session';
import { createGraphApi, type GraphApi } from '../graph/client';
import { graphHandlers } from '../demo-tenant/adapters/msw';
import { demoAdminAccount } from '../demo-tenant/seed';
import { DemoTenant, type DemoTenantOptions } from '../demo-tenant/tenant';
import { issueAccountToken } from '../demo-tenant/tokens';

/** Started and reset by component-setup.ts; each test adds its own tenant with `useDemoTenant`. */
export const graphServer = setupServer();

/** The demo admin (Application Administrator), as the demo sign-in makes them. */
function demoSession(tenant: DemoTenant): AdminSession {
  const account = demoAdminAccount(tenant.tenantId);
  return {
    mode: 'demo',
    account,
    getToken: async (scopes) => issueAccountToken(account, scopes, tenant.now()),
    scopesNotGranted: async () => [],
    requestConsent: async () => undefined,
    signOut: async () => undefined,
  };
}

export interface DemoGraph {
  tenant: DemoTenant;
  session: AdminSession;
  graph: GraphApi;
}

/** A fresh demo tenant answering Graph for this test (no latency, no replication lag by default). */
export function useDemoTenant(options: DemoTenantOptions = {}): DemoGraph {
  const tenant = new DemoTenant(options);
  graphServer.use(...graphHandlers(tenant));
  const session = demoSession(tenant);
  return { tenant, session, graph: createGraphApi((scopes, opts) => session.getToken(scopes, opts)) };
}
