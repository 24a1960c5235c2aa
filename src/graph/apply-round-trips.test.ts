// Issue 7: apply runs at the plan's critical path. Counts, not times: how many Graph requests ran
// one after another, and how many were sent (the timed figure is `npm run bench`'s).
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { sequentialRoundTrips, timeApply, TIMED_APPLY_ANSWERS } from './testing/apply-timing';
import { DemoTenant } from '../demo-tenant/tenant';
import { DemoTenantMiddleware } from '../demo-tenant/adapters/graph-middleware';
import { DEMO_ADMIN_USER_ID } from '../demo-tenant/seed';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken } from '../demo-tenant/tokens';
import { createGraphApi } from './client';
import { executePlan, type OperationStatus } from './executor';
import { initialContext, planForTenant } from './plan-for-tenant';

describe('sequentialRoundTrips', () => {
  const at = (startMs: number, endMs: number) => ({ method: 'GET', url: '/', startMs, endMs });

  it('counts requests sent one in answer to another', () => {
    expect(sequentialRoundTrips([], 5)).toBe(0);
    expect(sequentialRoundTrips([at(0, 10), at(0, 10), at(0, 10)], 5)).toBe(1);
    expect(sequentialRoundTrips([at(0, 10), at(10, 20), at(11, 21), at(21, 31)], 5)).toBe(3);
  });

  it('does not count overlapping requests, nor one that only waited for an unrelated slow branch', () => {
    expect(sequentialRoundTrips([at(0, 10), at(9, 19), at(18, 28)], 5)).toBe(1);
    // 0–10 then 10–20 (one branch); 0–100 then 101–111 (another): 111 starts long after 20.
    expect(sequentialRoundTrips([at(0, 10), at(10, 20), at(0, 100), at(101, 111)], 5)).toBe(2);
  });
});

describe('apply of a new app against the demo tenant, with latency', () => {
  it('needs no more sequential Graph round trips than the plan is deep: the last confirming read overlaps SAML mode', async () => {
    // The first run generates the demo tenant's RSA key: its certificate answer arrives late, at a
    // time unrelated to the latency, which could line up with another branch's answer.
    await timeApply(80);
    const timing = await timeApply(80);
    expect(timing.failures).toEqual([]);
    expect(timing.ok).toBe(true);
    // instantiate → confirm readable → SAML mode → {URLs, assignments, claims, certificate → activate, addresses}
    expect(timing.depth).toBe(5);
    // Without the overlap: 6. (A stalled test machine breaks chains rather than lengthening them.)
    expect(timing.roundTrips).toBeLessThanOrEqual(timing.depth);
    // 1 instantiate, 2 × 2 confirming reads, SAML mode, URLs, 2 assignments, claims GET + PUT,
    // certificate, activation, addresses.
    expect(timing.requests).toBe(14);
    const samlMode = timing.intervals.find((request) => request.method === 'PATCH')!;
    const confirmingReads = timing.intervals.filter((request) => request.method === 'GET' && /\$select=id/.test(request.url));
    expect(confirmingReads).toHaveLength(4);
    expect(samlMode.startMs).toBeLessThan(Math.max(...confirmingReads.map((read) => read.endMs)));
  });
});

/** Answers the second confirming read of the new application with a 500, which is not retried. */
class FailSecondConfirmation implements Middleware {
  private reads = 0;
  constructor(private readonly inner: Middleware) {}

  async execute(context: Context): Promise<void> {
    const url = context.request instanceof Request ? context.request.url : String(context.request);
    if (/\/applications\/[^/?]+\?\$select=id$/.test(url) && ++this.reads === 2) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      context.response = new Response(JSON.stringify({ error: { code: 'UnknownError', message: 'replica failed' } }), {
        status: 500,
        headers: { 'content-type': 'application/json' },
      });
      return;
    }
    await this.inner.execute(context);
  }
}

describe('a PATCH sent alongside the last confirming read', () => {
  it('is not recorded as done when the confirmation fails, so the next try sends it again', async () => {
    const tenant = new DemoTenant();
    tenant.faults.latencyMs = 10;
    const token = issueDemoAccessToken({ tenantId: tenant.tenantId, userOid: DEMO_ADMIN_USER_ID, scopes: DEMO_WIZARD_SCOPES, nowMs: Date.now() });
    const graph = createGraphApi(async () => token, new FailSecondConfirmation(new DemoTenantMiddleware(tenant, { applyLatency: true })));
    const plan = await planForTenant(graph, TIMED_APPLY_ANSWERS, new Date());
    const recorded: string[] = [];
    const statuses = new Map<string, OperationStatus>();

    const outcome = await executePlan(plan, {
      graph,
      initialContext: initialContext(plan),
      journal: { finished: {}, record: (id) => recorded.push(id) },
      onStatus: (id, status) => statuses.set(id, status),
    });

    expect(outcome.ok).toBe(false);
    expect(statuses.get('confirm-readable')?.state).toBe('failed');
    // The PATCH went out (it overlapped the read) and landed, but nothing vouches for it yet.
    expect(tenant.writes().some((entry) => entry.method === 'PATCH')).toBe(true);
    expect(recorded).toEqual(['instantiate']);
    expect(statuses.get('saml-mode')?.state).toBe('pending');
    // Nothing that waits for SAML mode was started.
    expect(tenant.writes().map((entry) => entry.method)).toEqual(['POST', 'PATCH']);
  });
});
