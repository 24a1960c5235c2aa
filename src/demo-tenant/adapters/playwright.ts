// Playwright: route https://graph.microsoft.com/** in a browser context to a DemoTenant, with the
// CORS behaviour of the real Graph (preflights answered; only request-id and client-request-id
// exposed, so page scripts cannot read Retry-After: docs/graph/replication-and-retries.md#throttling).

import type { BrowserContext, Route } from '@playwright/test';
import { isNetworkFailure } from '../faults';
import type { DemoTenant } from '../tenant';
import { GRAPH_EXPOSED_HEADERS, latencyLegs } from './fetch-conversion';

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': GRAPH_EXPOSED_HEADERS.join(', '),
};

async function answerPreflight(route: Route): Promise<void> {
  const request = route.request();
  const requestedHeaders = await request.headerValue('access-control-request-headers');
  await route.fulfill({
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
      'access-control-allow-headers': requestedHeaders ?? 'authorization, content-type, consistencylevel, client-request-id',
      'access-control-max-age': '3600',
    },
  });
}

const sleep = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

export async function routeGraphToTenant(context: BrowserContext, tenant: DemoTenant): Promise<void> {
  await context.route('https://graph.microsoft.com/**', async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') {
      await answerPreflight(route);
      return;
    }
    // Half the latency on the way in, half on the way out: a request sent before a reload still
    // reaches the tenant before one sent after it, as on a real network.
    const [inbound, outbound] = latencyLegs(tenant.faults.latencyMs);
    await sleep(inbound);
    const headers = await request.allHeaders();
    const response = await tenant.handle({
      method: request.method(),
      url: request.url(),
      headers,
      body: request.postData(),
    });
    await sleep(outbound);
    try {
      if (isNetworkFailure(response)) {
        await route.abort('failed');
        return;
      }
      await route.fulfill({
        status: response.status,
        headers: { ...response.headers, ...CORS_HEADERS },
        body: response.body ?? '',
      });
    } catch (error) {
      // The page went away (a reload) while the answer travelled: the tenant has carried it out.
      if (!/Target page, context or browser has been closed|Route is already handled|has been closed/i.test(String(error))) throw error;
    }
  });
}
