// A small Graph caller for unit tests of the demo tenant (and of code that wants to set up a
// tenant through Graph first): signs requests as a seeded user with a token valid on the tenant clock.

import type { TenantResponse } from './contract';
import { DEMO_ADMIN_USER_ID } from './seed';
import type { DemoTenant } from './tenant';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken } from './tokens';

interface GraphCallResult<T> {
  status: number;
  headers: Record<string, string>;
  /** The parsed JSON body; undefined for 204 and friends. */
  body: T;
  raw: TenantResponse;
}

interface GraphCallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Replace the bearer token entirely (null: send no Authorization header). */
  token?: string | null;
}

export interface CallerIdentity {
  userOid?: string;
  scopes?: readonly string[];
}

export type GraphCaller = <T = Record<string, unknown>>(method: string, pathOrUrl: string, options?: GraphCallOptions) => Promise<GraphCallResult<T>>;

/** `path` may be absolute, or relative to https://graph.microsoft.com/v1.0 (or start with /beta/). */
function graphUrl(pathOrUrl: string): string {
  if (/^https:\/\//.test(pathOrUrl)) return pathOrUrl;
  if (pathOrUrl.startsWith('/beta/') || pathOrUrl.startsWith('/v1.0/')) return `https://graph.microsoft.com${pathOrUrl}`;
  return `https://graph.microsoft.com/v1.0${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

export function graphCaller(tenant: DemoTenant, identity: CallerIdentity = {}): GraphCaller {
  return async <T>(method: string, pathOrUrl: string, options: GraphCallOptions = {}) => {
    const token =
      options.token === undefined
        ? issueDemoAccessToken({
            tenantId: tenant.tenantId,
            userOid: identity.userOid ?? DEMO_ADMIN_USER_ID,
            scopes: identity.scopes ?? DEMO_WIZARD_SCOPES,
            nowMs: tenant.now(),
          })
        : options.token;
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
    const raw = await tenant.handle({
      method,
      url: graphUrl(pathOrUrl),
      headers,
      body: options.body === undefined ? null : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    });
    return {
      status: raw.status,
      headers: raw.headers,
      body: (raw.body === null ? undefined : JSON.parse(raw.body)) as T,
      raw,
    };
  };
}

export interface FakeClock {
  now: () => number;
  advance: (ms: number) => void;
}

/** A controllable tenant clock starting at `startMs`. */
export function fakeClock(startMs = Date.UTC(2025, 0, 15, 12, 0, 0)): FakeClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface InstantiatedApp {
  application: { id: string; appId: string; displayName: string } & Record<string, unknown>;
  servicePrincipal: { id: string; appId: string } & Record<string, unknown>;
}

/** POST instantiate on the global non-gallery template, failing loudly when it does not answer 201. */
export async function instantiateNonGalleryApp(graph: GraphCaller, displayName: string): Promise<InstantiatedApp> {
  const response = await graph<InstantiatedApp>('POST', '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', {
    body: { displayName },
  });
  if (response.status !== 201) throw new Error(`instantiate answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}
