// The one retry policy every Graph operation goes through (graph-saml.md §3). Retries what real
// tenants make you retry: throttling, unavailable services, dropped connections, and, only for
// objects this run just created, the symptoms of replication lag. Everything else stops at once
// with what the admin must do.
import type { graphEn } from './messages.en';

export interface GraphFailure {
  status: number; // -1: no response (network)
  code: string;
  message: string;
  retryAfterMs?: number;
}

/** Reads what the Graph client (GraphError) or a plain fetch failure carries. */
export function toGraphFailure(error: unknown): GraphFailure {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const e = error as { statusCode: number; code?: string | null; message?: string; headers?: Headers };
    const retryAfter = e.headers?.get?.('retry-after');
    const seconds = retryAfter ? Number(retryAfter) : NaN;
    return {
      status: e.statusCode,
      code: e.code ?? '',
      message: e.message ?? '',
      ...(Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {}),
    };
  }
  if (error instanceof TypeError) return { status: -1, code: 'NetworkError', message: error.message };
  return { status: 0, code: 'Unknown', message: error instanceof Error ? error.message : String(error) };
}

const REPLICATION_MESSAGES = [
  /does not reference a valid application object/i,
  /reference-property objects are not present/i,
  /does not exist or one of its queried reference-property objects are not present/i,
];

/** Catalogue key of a retry reason (graph.retry.* in src/graph/messages.en.ts / .ja.ts). */
export type RetryReasonKey = keyof typeof graphEn.retry;

/** `reason` is English, for logs and tests; the UI shows `reasonKey` (with `reasonValues`). */
export type RetryVerdict =
  | { retry: true; reason: string; reasonKey: RetryReasonKey; reasonValues?: Record<string, string | number> }
  | { retry: false };

/**
 * `freshObject`: the operation targets an object this run created moments ago, so 404, the
 * replication 400s, a 403 on the new service principal and 409 mean "not replicated yet".
 * `acceptsWrites`: the new service principal already took a write, so a 403 is a refusal after all.
 */
export function classifyFailure(failure: GraphFailure, freshObject: boolean, acceptsWrites = false): RetryVerdict {
  const { status, message } = failure;
  if (status === -1) return { retry: true, reason: 'the connection dropped; trying again', reasonKey: 'connectionDropped' };
  if (status === 429) return { retry: true, reason: 'Microsoft Graph is throttling requests (429)', reasonKey: 'throttled' };
  if (status === 503 || status === 504) {
    return { retry: true, reason: `Microsoft Graph is temporarily unavailable (${status})`, reasonKey: 'unavailable', reasonValues: { status } };
  }
  // Two writes to one directory object raced: transient by definition, whatever the object's age.
  if (status === 409 && failure.code === 'Directory_ConcurrencyViolation') {
    return { retry: true, reason: 'another change to this object was in progress (409); trying again', reasonKey: 'concurrency' };
  }
  if (!freshObject) return { retry: false };
  if (status === 404) return { retry: true, reason: 'waiting for the new app to replicate (404 so far)', reasonKey: 'replicating404' };
  if (status === 409) return { retry: true, reason: 'waiting for the new app to replicate (409 conflict)', reasonKey: 'replicating409' };
  if (status === 400 && REPLICATION_MESSAGES.some((pattern) => pattern.test(message))) {
    return { retry: true, reason: 'waiting for the new app to replicate (not yet referenced)', reasonKey: 'replicatingReference' };
  }
  if (status === 403 && failure.code === 'Authorization_RequestDenied' && !acceptsWrites) {
    return { retry: true, reason: 'waiting for the new service principal to replicate (403 so far)', reasonKey: 'replicatingServicePrincipal' };
  }
  return { retry: false };
}

export interface RetryClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const realClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

export interface RetryPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  /** Total time one operation may spend retrying. Reported lags reach past five minutes. */
  budgetMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { firstDelayMs: 1000, maxDelayMs: 60_000, budgetMs: 8 * 60_000 };

export interface RetryNotice {
  attempt: number;
  reason: string;
  reasonKey: RetryReasonKey;
  reasonValues?: Record<string, string | number>;
  waitMs: number;
  failure: GraphFailure;
}

/** Full-jitter exponential backoff (1 s → 60 s cap), or the server's Retry-After when readable. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class GraphOperationError extends Error {
  constructor(
    readonly failure: GraphFailure,
    readonly exhausted: boolean,
    /**
     * Whether the write may have been carried out all the same (an attempt's answer was lost and
     * nothing since proved otherwise). False: Graph refused every attempt, nothing landed.
     */
    readonly mayHaveLanded = true,
  ) {
    super(failure.message || failure.code || `HTTP ${failure.status}`);
    this.name = 'GraphOperationError';
  }
}

export interface RetryOptions<T = unknown> {
  freshObject: boolean;
  /** See classifyFailure. */
  acceptsWrites?: boolean;
  policy?: RetryPolicy;
  clock?: RetryClock;
  onRetry?: (notice: RetryNotice) => void;
  /**
   * Called when Graph answers 401 (the token expired, e.g. during a long lag): the caller makes the
   * next token a fresh one, and the request is tried once more. A second 401 stops: never a loop.
   */
  renewToken?: () => void;
  /**
   * For writes that are not idempotent (instantiate, addTokenSigningCertificate): before trying
   * again after a failure that may have been carried out anyway (no answer, 500, 504), look for
   * what the lost attempt made. A value found is the operation's result; nothing is made twice.
   */
  recover?: () => Promise<T | undefined>;
  /** An earlier attempt was cut off (the page reloaded mid-request): recover before the first try. */
  mayHaveLandedBefore?: boolean;
}

/** A failure after which the request may still have been carried out. */
export function mayHaveLanded(failure: GraphFailure): boolean {
  return failure.status === -1 || failure.status === 500 || failure.status === 504;
}

export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const clock = options.clock ?? realClock;
  const started = clock.now();
  let renewed = false;
  let uncertain = options.mayHaveLandedBefore === true;
  for (let n = 1; ; n++) {
    try {
      if (uncertain && options.recover) {
        const recovered = await options.recover();
        if (recovered !== undefined) return recovered;
        // Looked for and not there: the lost attempts made nothing.
        uncertain = false;
      }
      return await attempt();
    } catch (error) {
      const failure = toGraphFailure(error);
      if (failure.status === 401 && options.renewToken && !renewed) {
        renewed = true;
        options.renewToken();
        options.onRetry?.({ attempt: n, reason: 'your sign-in expired; renewing it', reasonKey: 'signInExpired', waitMs: 0, failure });
        continue;
      }
      const verdict = classifyFailure(failure, options.freshObject, options.acceptsWrites);
      uncertain = uncertain || mayHaveLanded(failure);
      if (!verdict.retry) throw new GraphOperationError(failure, false, uncertain);
      const waitMs = backoffDelay(n, policy, clock.random, failure.retryAfterMs);
      if (clock.now() - started + waitMs > policy.budgetMs) throw new GraphOperationError(failure, true, uncertain);
      options.onRetry?.({
        attempt: n,
        reason: verdict.reason,
        reasonKey: verdict.reasonKey,
        ...(verdict.reasonValues ? { reasonValues: verdict.reasonValues } : {}),
        waitMs,
        failure,
      });
      await clock.sleep(waitMs);
    }
  }
}
