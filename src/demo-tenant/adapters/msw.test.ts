import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DirectoryState } from '../state';
import { DemoTenant } from '../tenant';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken } from '../tokens';
import { DEMO_ADMIN_USER_ID } from '../seed';
import { graphHandlers } from './msw';

let tenant = new DemoTenant();
const onChange = vi.fn<(state: DirectoryState) => void>();
let corsExposedHeadersOnly = false;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function useTenant(options: { corsExposedHeadersOnly?: boolean } = {}) {
  tenant = new DemoTenant();
  onChange.mockReset();
  corsExposedHeadersOnly = options.corsExposedHeadersOnly ?? false;
  server.use(...graphHandlers(tenant, { onChange, corsExposedHeadersOnly }));
  const token = issueDemoAccessToken({ tenantId: tenant.tenantId, userOid: DEMO_ADMIN_USER_ID, scopes: DEMO_WIZARD_SCOPES, nowMs: Date.now() });
  return { authorization: `Bearer ${token}` };
}

describe('graphHandlers (msw)', () => {
  it('answers fetch calls to graph.microsoft.com from the tenant', async () => {
    const headers = useTenant();
    const response = await fetch('https://graph.microsoft.com/v1.0/me?$select=displayName', { headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ displayName: 'Adele Vance' });
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('calls onChange with the new state after every non-GET request', async () => {
    const headers = useTenant();
    await fetch('https://graph.microsoft.com/v1.0/me', { headers });
    expect(onChange).not.toHaveBeenCalled();
    const response = await fetch('https://graph.microsoft.com/v1.0/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'EUC' }),
    });
    expect(response.status).toBe(201);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0].applications.map((app) => app.displayName)).toContain('EUC');
  });

  it('turns the network-failure fault into a failed fetch', async () => {
    const headers = useTenant();
    tenant.faults.failNext(1, {}, 'network');
    await expect(fetch('https://graph.microsoft.com/v1.0/me', { headers })).rejects.toThrow(TypeError);
  });

  it('hides Retry-After like a browser does for Graph when asked to mimic CORS', async () => {
    const headers = useTenant({ corsExposedHeadersOnly: true });
    tenant.faults.throttle(429, 1, { retryAfterSeconds: 3 });
    const throttled = await fetch('https://graph.microsoft.com/v1.0/me', { headers });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBeNull();
    expect(throttled.headers.get('client-request-id')).not.toBeNull();

    const plain = useTenant();
    tenant.faults.throttle(429, 1, { retryAfterSeconds: 3 });
    const visible = await fetch('https://graph.microsoft.com/v1.0/me', { headers: plain });
    expect(visible.headers.get('retry-after')).toBe('3');
  });
});
