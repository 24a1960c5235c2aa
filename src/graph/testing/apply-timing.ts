// Apply in real time against the demo tenant, with every Graph call taking `latencyMs`: how many
// Graph round trips run one after another, how long apply takes, how many requests it sends.
// Test-only (the unit test and `npm run bench` use it); nothing in the app imports it.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { DemoTenant } from '../../demo-tenant/tenant';
import { DemoTenantMiddleware } from '../../demo-tenant/adapters/graph-middleware';
import { DEMO_ADMIN_USER_ID, DEMO_GROUP_IDS, DEMO_USER_IDS } from '../../demo-tenant/seed';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken } from '../../demo-tenant/tokens';
import { createGraphApi } from '../client';
import { executePlan } from '../executor';
import { initialContext, planForTenant } from '../plan-for-tenant';
import { planDepth } from '../../setup/plan';
import type { Answers } from '../../setup/types';

/** A new app with everything the wizard can write: two principals, a custom claim, a group claim, two addresses. */
export const TIMED_APPLY_ANSWERS: Answers = {
  appName: 'Trend Micro Email Security End User Console',
  principals: [
    { id: Object.values(DEMO_USER_IDS)[0]!, kind: 'user', displayName: 'A user' },
    { id: Object.values(DEMO_GROUP_IDS)[0]!, kind: 'group', displayName: 'A group' },
  ],
  region: 'eu',
  cmpId: 'contoso-euc',
  identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
  groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
  certificate: { notificationEmails: ['it@contoso.com', 'sec@contoso.com'], validityYears: 3, commonName: 'Contoso EUC' },
};

export interface RequestInterval {
  method: string;
  url: string;
  startMs: number;
  endMs: number;
}

/**
 * The longest chain of requests in which each one was sent in answer to the one before: it started
 * once that one's answer was in, within `slackMs` of it. A request that merely starts later, because
 * an unrelated slow branch held it back, does not extend the chain. These are apply's sequential
 * round trips.
 */
export function sequentialRoundTrips(intervals: readonly RequestInterval[], slackMs: number): number {
  const byStart = [...intervals].sort((a, b) => a.startMs - b.startMs);
  const chain: number[] = [];
  byStart.forEach((request, i) => {
    const before = byStart
      .slice(0, i)
      .map((earlier, j) => ({ earlier, length: chain[j]! }))
      .filter(({ earlier }) => earlier.endMs <= request.startMs && request.startMs - earlier.endMs <= slackMs);
    chain.push(1 + Math.max(0, ...before.map(({ length }) => length)));
  });
  return Math.max(0, ...chain);
}

/** Waits `latencyMs` of real time per call, then answers from the tenant; records each call's interval. */
class TimedTransport implements Middleware {
  readonly intervals: RequestInterval[] = [];
  private readonly inner: DemoTenantMiddleware;

  constructor(tenant: DemoTenant) {
    this.inner = new DemoTenantMiddleware(tenant, { applyLatency: true });
  }

  async execute(context: Context): Promise<void> {
    const startMs = performance.now();
    try {
      await this.inner.execute(context);
    } finally {
      const request = context.request instanceof Request ? context.request : null;
      this.intervals.push({
        method: request?.method ?? context.options?.method ?? 'GET',
        url: request?.url ?? String(context.request),
        startMs,
        endMs: performance.now(),
      });
    }
  }
}

export interface ApplyTiming {
  ok: boolean;
  /** Operations that failed, with Graph's message (empty when ok). */
  failures: string[];
  /** planDepth of the plan applied: the floor for sequential round trips. */
  depth: number;
  /** Measured: the longest chain of Graph requests each sent in answer to the one before (slack: half the latency). */
  roundTrips: number;
  requests: number;
  latencyMs: number;
  wallMs: number;
  /** wallMs / (depth × latencyMs): 1.0 means apply took exactly its critical path. */
  ratio: number;
  /** Every request, in ms from the start of apply. */
  intervals: RequestInterval[];
}

/**
 * Plans against a fresh demo tenant (not timed: the review step does that), then times the apply,
 * with `replicationLagMs` of replication lag on what it creates (issue 13: 20 s, done by 23 s).
 */
export async function timeApply(latencyMs: number, answers: Answers = TIMED_APPLY_ANSWERS, replicationLagMs = 0): Promise<ApplyTiming> {
  const tenant = new DemoTenant();
  const transport = new TimedTransport(tenant);
  const token = issueDemoAccessToken({ tenantId: tenant.tenantId, userOid: DEMO_ADMIN_USER_ID, scopes: DEMO_WIZARD_SCOPES, nowMs: Date.now() });
  const graph = createGraphApi(async () => token, transport);
  const plan = await planForTenant(graph, answers, new Date());
  transport.intervals.length = 0;
  tenant.faults.latencyMs = latencyMs;
  tenant.faults.replicationLagMs = replicationLagMs;

  const failures: string[] = [];
  const started = performance.now();
  const outcome = await executePlan(plan, {
    graph,
    initialContext: initialContext(plan),
    journal: { finished: {}, record: () => {} },
    onStatus: (id, status) => {
      if (status.state === 'failed') failures.push(`${id}: ${status.message}`);
    },
  });
  const wallMs = performance.now() - started;
  const depth = planDepth(plan);
  return {
    ok: outcome.ok,
    failures,
    depth,
    roundTrips: sequentialRoundTrips(transport.intervals, latencyMs / 2),
    requests: transport.intervals.length,
    latencyMs,
    wallMs,
    ratio: wallMs / (depth * latencyMs),
    intervals: transport.intervals.map((interval) => ({ ...interval, startMs: interval.startMs - started, endMs: interval.endMs - started })),
  };
}
