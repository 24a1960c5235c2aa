import type { BrowserContext, Route } from '@playwright/test';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ADMIN_USER_ID } from '../seed';
import { DemoTenant } from '../tenant';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken } from '../tokens';
import { routeGraphToTenant } from './playwright';

type RouteHandler = (route: Route) => Promise<void>;

interface FakeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

// A stand-in for Playwright's BrowserContext and Route: records the handler, fulfils into spies.
async function routedTenant(tenant: DemoTenant) {
  let handler: RouteHandler | undefined;
  const context = {
    route: vi.fn(async (_pattern: string, routeHandler: RouteHandler) => {
      handler = routeHandler;
    }),
  };
  await routeGraphToTenant(context as unknown as BrowserContext, tenant);

  return async (request: FakeRequest) => {
    const fulfill = vi.fn<(response: { status: number; headers: Record<string, string>; body?: string }) => Promise<void>>(async () => {});
    const abort = vi.fn(async () => {});
    const route = {
      request: () => ({
        method: () => request.method,
        url: () => request.url,
        allHeaders: async () => request.headers,
        headerValue: async (name: string) => request.headers[name] ?? null,
        postData: () => request.body ?? null,
      }),
      fulfill,
      abort,
    };
    if (!handler) throw new Error('routeGraphToTenant did not register a route');
    await handler(route as unknown as Route);
    return { fulfill, abort, pattern: context.route.mock.calls[0]?.[0] };
  };
}

describe('routeGraphToTenant (Playwright)', () => {
  it('routes graph.microsoft.com and exposes only request ids to page scripts', async () => {
    const tenant = new DemoTenant();
    tenant.faults.throttle(429, 1);
    const send = await routedTenant(tenant);
    const token = issueDemoAccessToken({ tenantId: tenant.tenantId, userOid: DEMO_ADMIN_USER_ID, scopes: DEMO_WIZARD_SCOPES, nowMs: Date.now() });
    const { fulfill, pattern } = await send({
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/me',
      headers: { authorization: `Bearer ${token}`, origin: 'http://127.0.0.1:5173' },
    });
    expect(pattern).toBe('https://graph.microsoft.com/**');
    const response = fulfill.mock.calls[0]?.[0];
    expect(response?.status).toBe(429);
    expect(response?.headers['access-control-allow-origin']).toBe('*');
    expect(response?.headers['access-control-expose-headers']).toBe('request-id, client-request-id');
  });

  it('answers CORS preflights without consulting the tenant', async () => {
    const tenant = new DemoTenant();
    const send = await routedTenant(tenant);
    const { fulfill } = await send({
      method: 'OPTIONS',
      url: 'https://graph.microsoft.com/v1.0/me',
      headers: { 'access-control-request-headers': 'authorization,consistencylevel' },
    });
    expect(fulfill.mock.calls[0]?.[0]).toMatchObject({
      status: 204,
      headers: { 'access-control-allow-headers': 'authorization,consistencylevel', 'access-control-allow-origin': '*' },
    });
    expect(tenant.log).toEqual([]);
  });

  it('aborts the request for the network-failure fault', async () => {
    const tenant = new DemoTenant();
    tenant.faults.failNext(1, {}, 'network');
    const send = await routedTenant(tenant);
    const { fulfill, abort } = await send({ method: 'GET', url: 'https://graph.microsoft.com/v1.0/me', headers: {} });
    expect(abort).toHaveBeenCalledWith('failed');
    expect(fulfill).not.toHaveBeenCalled();
  });
});
