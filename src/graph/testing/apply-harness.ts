// Runs the wizard's real Graph layer (client → retry → inspect → plan → executor) against a demo
// tenant on a simulated clock, so tests and the bench can exercise multi-minute lags in
// milliseconds. Test-only: nothing in the app imports it.
import { DemoTenant } from '../../demo-tenant/tenant';
import { DemoTenantMiddleware } from '../../demo-tenant/adapters/graph-middleware';
import { DEMO_ADMIN_USER_ID, DEMO_GROUP_IDS, DEMO_USER_IDS } from '../../demo-tenant/seed';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken } from '../../demo-tenant/tokens';
import { fakeClock, type FakeClock } from '../../demo-tenant/testing';
import { createGraphApi, type GraphApi } from '../client';
import { executePlan, mergeContext, type ApplyOutcome, type OperationStatus } from '../executor';
import { initialContext, planForTenant } from '../plan-for-tenant';
import type { RetryClock } from '../retry';
import type { Plan } from '../../setup/plan';
import type { Answers } from '../../setup/types';
import type { ApplyContext } from '../apply-context';

export interface HarnessOptions {
  userOid?: string;
  scopes?: readonly string[];
  /** Token lifetime in seconds of simulated time (tokens are renewed when asked for again). */
  tokenLifetimeSeconds?: number;
  tenant?: DemoTenant;
  clock?: FakeClock;
}

export interface ApplyRun {
  plan: Plan;
  outcome: ApplyOutcome;
  statuses: { id: string; status: OperationStatus }[];
  journal: Record<string, ApplyContext>;
  /** Operations started and not finished, as the page's journal would keep them. */
  started: Record<string, number>;
}

export function applyHarness(options: HarnessOptions = {}) {
  const clock = options.clock ?? fakeClock();
  const tenant = options.tenant ?? new DemoTenant({ clock: clock.now });
  let tokenRequests = 0;
  let cached: string | null = null;
  // Like MSAL: the cached token is reused until a refresh is forced (after Graph answered 401).
  const getToken = async (_scopes: readonly string[], request?: { forceRefresh?: boolean }) => {
    if (cached && !request?.forceRefresh) return cached;
    tokenRequests++;
    return (cached = issueDemoAccessToken({
      tenantId: tenant.tenantId,
      userOid: options.userOid ?? DEMO_ADMIN_USER_ID,
      scopes: options.scopes ?? DEMO_WIZARD_SCOPES,
      nowMs: tenant.now(),
      ...(options.tokenLifetimeSeconds ? { lifetimeSeconds: options.tokenLifetimeSeconds } : {}),
    }));
  };
  const graph: GraphApi = createGraphApi(getToken, new DemoTenantMiddleware(tenant));
  /** Sleeping advances the simulated clock: a five-minute lag costs no real time. */
  const retryClock: RetryClock = { now: clock.now, sleep: async (ms) => clock.advance(ms), random: () => 0.5 };

  async function plan(answers: Answers): Promise<Plan> {
    return planForTenant(graph, answers, new Date(clock.now()));
  }

  /** Plans against the tenant as it is now and applies, resuming from `journal` when given. */
  async function apply(answers: Answers, journal: Record<string, ApplyContext> = {}, reviewed?: Plan, started: Record<string, number> = {}): Promise<ApplyRun> {
    const planned = reviewed ?? (await plan(answers));
    const statuses: ApplyRun['statuses'] = [];
    const finished = { ...journal };
    const journaled = { ...started };
    const outcome = await executePlan(planned, {
      graph,
      clock: retryClock,
      initialContext: Object.values(finished).reduce(mergeContext, initialContext(planned)),
      journal: {
        finished,
        record: (id, output) => (finished[id] = output),
        started: { ...started },
        recordStart: (id, at) => (journaled[id] = at),
        forgetStart: (id) => delete journaled[id],
      },
      onStatus: (id, status) => statuses.push({ id, status }),
    });
    for (const id of Object.keys(finished)) delete journaled[id];
    return { plan: planned, outcome, statuses, journal: finished, started: journaled };
  }

  return { tenant, clock, retryClock, graph, plan, apply, tokenRequests: () => tokenRequests };
}

/** The first seeded user and group: the principals the sample answers assign. */
export const SAMPLE_USER = Object.values(DEMO_USER_IDS)[0]!;
export const SAMPLE_GROUP = Object.values(DEMO_GROUP_IDS)[0]!;

/** Answers for a Europe setup with a custom identity claim and a group claim; tests override what they vary. */
export function sampleAnswers(overrides: Partial<Answers> = {}): Answers {
  return {
    appName: 'Trend Micro Email Security End User Console',
    principals: [
      { id: SAMPLE_USER, kind: 'user', displayName: 'A user' },
      { id: SAMPLE_GROUP, kind: 'group', displayName: 'A group' },
    ],
    region: 'eu',
    cmpId: 'contoso-euc',
    identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
    groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
    certificate: { notificationEmails: ['it@contoso.com', 'sec@contoso.com'], validityYears: 3, commonName: 'Contoso EUC' },
    ...overrides,
  };
}
