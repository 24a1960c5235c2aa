// MSW v2 handlers that answer https://graph.microsoft.com/* from a DemoTenant (browser worker in
// demo mode, or msw/node's setupServer in tests).

import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { isNetworkFailure } from '../faults';
import type { DirectoryState } from '../state';
import type { DemoTenant } from '../tenant';
import { corsVisibleHeaders, GRAPH_EXPOSED_HEADERS, latencyLegs, tenantRequestFromFetch } from './fetch-conversion';

export interface GraphHandlerOptions {
  /** Called after every non-GET request, so the browser can persist the directory. */
  onChange?: (state: DirectoryState) => void;
  /**
   * Hide the response headers a browser could not read on a real cross-origin answer from Graph
   * (notably Retry-After: docs/graph/replication-and-retries.md#throttling). The service worker's answers are same-origin to the
   * page, so without this the demo would be kinder than Entra. Default false (Node tests).
   */
  corsExposedHeadersOnly?: boolean;
}

export function graphHandlers(tenant: DemoTenant, opts: GraphHandlerOptions = {}): HttpHandler[] {
  return [
    http.all('https://graph.microsoft.com/*', async ({ request }) => {
      if (request.method === 'OPTIONS') {
        return new HttpResponse(null, {
          status: 204,
          headers: {
            'access-control-allow-origin': '*',
            'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
            'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '*',
            'access-control-max-age': '3600',
          },
        });
      }
      const [inbound, outbound] = latencyLegs(tenant.faults.latencyMs);
      if (inbound > 0) await delay(inbound);
      const response = await tenant.handle(await tenantRequestFromFetch(request));
      if (outbound > 0) await delay(outbound);
      if (request.method !== 'GET') opts.onChange?.(tenant.state);
      if (isNetworkFailure(response)) return HttpResponse.error();
      const headers = opts.corsExposedHeadersOnly ? corsVisibleHeaders(response.headers) : { ...response.headers };
      headers['access-control-allow-origin'] = '*';
      headers['access-control-expose-headers'] = GRAPH_EXPOSED_HEADERS.join(', ');
      return new HttpResponse(response.body, { status: response.status, headers });
    }),
  ];
}
