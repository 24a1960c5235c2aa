// Conversions between the Fetch API's Request/Response and the tenant's contract, shared by the
// Graph-client middleware and the MSW handlers.

import type { TenantRequest, TenantResponse } from '../contract';

export async function tenantRequestFromFetch(request: Request): Promise<TenantRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const text = hasBody ? await request.text() : '';
  return { method: request.method, url: request.url, headers, body: text === '' ? null : text };
}

export function fetchResponseFromTenant(response: TenantResponse): Response {
  return new Response(response.body, { status: response.status, headers: response.headers });
}

/** Headers a browser lets page scripts read on a cross-origin response (Fetch: CORS-safelisted). */
const CORS_SAFELISTED_RESPONSE_HEADERS = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);

/** What Graph lists in access-control-expose-headers (not Retry-After: docs/graph/replication-and-retries.md#throttling). */
export const GRAPH_EXPOSED_HEADERS = ['request-id', 'client-request-id'] as const;

/** Drop the headers a browser would hide from page scripts on a response from graph.microsoft.com. */
export function corsVisibleHeaders(headers: Record<string, string>): Record<string, string> {
  const exposed = new Set<string>(GRAPH_EXPOSED_HEADERS);
  const visible: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (CORS_SAFELISTED_RESPONSE_HEADERS.has(lower) || exposed.has(lower)) visible[lower] = value;
  }
  return visible;
}

/** A round trip's latency, split into the request's and the answer's legs. */
export function latencyLegs(latencyMs: number): [inbound: number, outbound: number] {
  const inbound = Math.floor(Math.max(0, latencyMs) / 2);
  return [inbound, Math.max(0, latencyMs) - inbound];
}
