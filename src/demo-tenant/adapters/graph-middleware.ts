// A @microsoft/microsoft-graph-client Middleware that answers from a DemoTenant instead of the
// network: for Node unit tests of code built on the Graph client. Put it last in the chain, in
// place of HTTPMessageHandler:
//   Client.initWithMiddleware({ middleware: new DemoTenantMiddleware(tenant, { accessToken }) })
// or, to exercise the client's own retries: retryHandler.setNext(new DemoTenantMiddleware(tenant)).

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { isNetworkFailure } from '../faults';
import type { DemoTenant } from '../tenant';
import { fetchResponseFromTenant, tenantRequestFromFetch } from './fetch-conversion';

export interface DemoTenantMiddlewareOptions {
  /** Supplies a bearer token when the request has none (i.e. no AuthenticationHandler in the chain). */
  accessToken?: () => string | Promise<string>;
  /** Wait faults.latencyMs before answering (default false: unit tests stay fast). */
  applyLatency?: boolean;
}

export class DemoTenantMiddleware implements Middleware {
  private readonly tenant: DemoTenant;
  private readonly options: DemoTenantMiddlewareOptions;

  constructor(tenant: DemoTenant, options: DemoTenantMiddlewareOptions = {}) {
    this.tenant = tenant;
    this.options = options;
  }

  async execute(context: Context): Promise<void> {
    const request = context.request instanceof Request ? context.request : new Request(context.request, context.options);
    const tenantRequest = await tenantRequestFromFetch(request);
    if (!tenantRequest.headers.authorization && this.options.accessToken) {
      tenantRequest.headers.authorization = `Bearer ${await this.options.accessToken()}`;
    }
    if (this.options.applyLatency && this.tenant.faults.latencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.tenant.faults.latencyMs));
    }
    const response = await this.tenant.handle(tenantRequest);
    // What fetch does when the connection fails: no Response at all.
    if (isNetworkFailure(response)) throw new TypeError('Failed to fetch');
    context.response = fetchResponseFromTenant(response);
  }
}
