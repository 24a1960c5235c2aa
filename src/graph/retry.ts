// The one retry policy every Graph operation goes through (docs/graph/replication-and-retries.md#failure-modes). Retries what real
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
  if (error instanceof EmptyAnswerError) return { status: error.status, code: 'EmptyAnswer', message: error.message };
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

/**
 * 400s Graph gives while a new object replicates (docs/graph/replication-and-retries.md#failure-modes): "does not reference a valid
 * application object" and "reference-property objects are not present" on writes that name the new
 * service principal; "Not a valid reference update." on POST appRoleAssignedTo of a new service
 * principal (Terraform's azuread provider, app_role_assignment_resource.go, retries on that text).
 */
const REPLICATION_MESSAGES = [
  /does not reference a valid application object/i,
  /reference-property objects are not present/i,
  /does not exist or one of its queried reference-property objects are not present/i,
  /not a valid reference update/i,
];

/**
 * The identifier PATCH refused because the host is not a verified domain of the tenant: Graph's
 * code is HostNameNotOnVerifiedDomain ("Values of identifierUris property must use a verified domain
 * of the organization or its subdomain", e.g. Azure/Industrial-IoT pull request 1432's log). A SAML
 * app is exempt, but the exemption can lag a few seconds behind the SAML-mode PATCH ("first apply
 * fails, second works": Terraform azuread issues #1392 and #797).
 */
function isUnverifiedDomainRefusal(failure: GraphFailure): boolean {
  return (
    failure.status === 400 &&
    (failure.code === 'HostNameNotOnVerifiedDomain' || /HostNameNotOnVerifiedDomain|must use a verified domain/i.test(failure.message))
  );
}

/**
 * How long the SAML exemption may lag before the refusal is taken as meant. Reports describe a
 * second apply moments after the first succeeding; a minute is several times that.
 */
const SAML_EXEMPTION_WAIT_MS = 60_000;

/**
 * How long a 403 on a service principal created moments ago, which has not taken a write yet, is
 * waited out as replication. The misleading 403 lasts seconds in public reports (the long lags,
 * minutes, show as 404s and the replication 400s, which keep the full budget); after 90 s of 403s
 * a missing role or consent is far likelier than lag, and the admin should hear so (issue 13).
 */
export const SERVICE_PRINCIPAL_403_WAIT_MS = 90_000;

/** Catalogue key of a retry reason (graph.retry.* in src/graph/messages.en.ts / .ja.ts). */
export type RetryReasonKey = keyof typeof graphEn.retry;

/**
 * `reasonKey` (with `reasonValues`) names the reason; the page words it (graph.retry.*).
 * `poll`: a replication symptom, retried on the replication schedule (replicationPollDelay), not
 * by exponential backoff. `boundMs`: this symptom is waited out for at most this long (from the
 * first time it was seen), however much of the operation's budget is left.
 */
export type RetryVerdict =
  | {
      retry: true;
      reasonKey: RetryReasonKey;
      reasonValues?: Record<string, string | number>;
      poll?: boolean;
      boundMs?: number;
    }
  | { retry: false };

/**
 * What kind of write a request is: a create that must not be repeated blindly (instantiate, a
 * certificate, an assignment), or an idempotent PATCH/PUT that may simply be sent again.
 */
export type WriteKind = 'instantiate' | 'create' | 'idempotent';

/**
 * THE rule for a write's failure: 'refused' means Graph did not carry it out; 'ambiguous' means it
 * may have landed all the same, so a create looks for what it would have made before sending again.
 * Ambiguous (docs/graph/replication-and-retries.md#ambiguous-answers):
 * - no answer at all (status -1): the request may have reached Graph before the connection dropped;
 * - any 5xx (500, 502, 503, 504): public reports show Graph answering 503 after committing a create;
 * - 404 from instantiate: Terraform's azuread provider, application_resource.go, "When the
 *   /instantiate operation returns 404, it has probably created the application anyway";
 * - a 2xx without the body the write returns (status 2xx, code EmptyAnswer): it was carried out,
 *   but what it made is unknown.
 * Everything else (4xx) is a refusal: nothing landed.
 */
export function classifyWriteAnswer(failure: GraphFailure, write: WriteKind): 'refused' | 'ambiguous' {
  const { status } = failure;
  if (status === -1) return 'ambiguous';
  if (status >= 500 && status <= 599) return 'ambiguous';
  if (status >= 200 && status <= 299) return 'ambiguous';
  if (status === 404 && write === 'instantiate') return 'ambiguous';
  return 'refused';
}

/** A write answered 2xx without the body it returns: carried out, result unknown. */
export class EmptyAnswerError extends Error {
  constructor(readonly status = 200) {
    super('Microsoft Graph answered without the object it made.');
    this.name = 'EmptyAnswerError';
  }
}

export interface FailureContext {
  /**
   * The operation targets an object this run created moments ago, so 404, the replication 400s, a
   * 403 on the new service principal and 409 mean "not replicated yet".
   */
  freshObject: boolean;
  /** The new service principal already took a write, so a 403 is a refusal after all. */
  acceptsWrites?: boolean;
  /** Set for writes: an ambiguous answer (classifyWriteAnswer) is tried again (after a look, for creates). */
  write?: WriteKind;
  /** This run set SAML mode: an identifier refused as unverified may be the exemption lagging. */
  samlModeSetByThisRun?: boolean;
}

export function classifyFailure(
  failure: GraphFailure,
  freshObject: boolean,
  acceptsWrites = false,
  more: Omit<FailureContext, 'freshObject' | 'acceptsWrites'> = {},
): RetryVerdict {
  const { status, message } = failure;
  if (status === -1) return { retry: true, reasonKey: 'connectionDropped' };
  if (status === 429) return { retry: true, reasonKey: 'throttled' };
  if (more.write && classifyWriteAnswer(failure, more.write) === 'ambiguous') {
    if (more.write === 'idempotent') {
      return { retry: true, reasonKey: 'unavailable', reasonValues: { status } };
    }
    return {
      retry: true,
      reasonKey: 'answerUnclear',
      reasonValues: { status },
    };
  }
  if (status === 502 || status === 503 || status === 504) {
    return { retry: true, reasonKey: 'unavailable', reasonValues: { status } };
  }
  // Two writes to one directory object raced: transient by definition, whatever the object's age.
  if (status === 409 && failure.code === 'Directory_ConcurrencyViolation') {
    return { retry: true, reasonKey: 'concurrency' };
  }
  if (more.samlModeSetByThisRun && isUnverifiedDomainRefusal(failure)) {
    return {
      retry: true,
      reasonKey: 'samlExemptionLag',
      poll: true,
      boundMs: SAML_EXEMPTION_WAIT_MS,
    };
  }
  if (!freshObject) return { retry: false };
  if (status === 404) return { retry: true, reasonKey: 'replicating404', poll: true };
  if (status === 409) return { retry: true, reasonKey: 'replicating409', poll: true };
  if (status === 400 && REPLICATION_MESSAGES.some((pattern) => pattern.test(message))) {
    return { retry: true, reasonKey: 'replicatingReference', poll: true };
  }
  if (status === 403 && failure.code === 'Authorization_RequestDenied' && !acceptsWrites) {
    return {
      retry: true,
      reasonKey: 'replicatingServicePrincipal',
      poll: true,
      boundMs: SERVICE_PRINCIPAL_403_WAIT_MS,
    };
  }
  return { retry: false };
}

/**
 * When to look again at an object that is replicating, by how long its symptom has lasted. Microsoft
 * suggests polling every 5–10 s; for the first minute this polls every 1.5 s (one request per
 * operation, a handful of operations at most), because most lags end within seconds and apply
 * should end within moments of the object replicating (issue 13: 20 s of lag, done by 23 s). Then
 * 5 s up to three minutes, then 10 s. docs/decisions/011-ambiguous-answers.md.
 */
export function replicationPollDelay(sinceFirstSymptomMs: number, random: () => number): number {
  const base = sinceFirstSymptomMs < 60_000 ? 1_500 : sinceFirstSymptomMs < 180_000 ? 5_000 : 10_000;
  // ±20 % jitter, so parallel operations do not poll in lockstep.
  return Math.round(base * (0.8 + random() * 0.4));
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

const DEFAULT_RETRY_POLICY: RetryPolicy = { firstDelayMs: 1000, maxDelayMs: 60_000, budgetMs: 8 * 60_000 };

export interface RetryNotice {
  attempt: number;
  reasonKey: RetryReasonKey;
  reasonValues?: Record<string, string | number>;
  waitMs: number;
  failure: GraphFailure;
}

/** Full-jitter exponential backoff (1 s → 60 s cap), or the server's Retry-After when readable. */
function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
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

/**
 * Why a create looks before sending: 'ambiguous', Graph answered in a way that leaves open whether
 * it was done (or the connection dropped) in this run; 'interrupted', an earlier run started it and
 * the page went away (a reload), so whether it was even sent is unknown.
 */
export type RecoverReason = 'ambiguous' | 'interrupted';

export interface RetryOptions<T = unknown> {
  freshObject: boolean;
  /** See FailureContext; a function is asked at each failure (another operation may have written meanwhile). */
  acceptsWrites?: boolean | (() => boolean);
  /** See FailureContext. */
  write?: WriteKind;
  samlModeSetByThisRun?: boolean;
  policy?: RetryPolicy;
  clock?: RetryClock;
  onRetry?: (notice: RetryNotice) => void;
  /**
   * Called when Graph answers 401 (the token expired, e.g. during a long lag): the caller makes the
   * next token a fresh one, and the request is tried once more. A second 401 stops: never a loop.
   */
  renewToken?: () => void;
  /**
   * For writes that are not idempotent (instantiate, addTokenSigningCertificate, assignments):
   * before trying again after an ambiguous answer (classifyWriteAnswer), look for what the
   * attempt made. A value found is the operation's result; nothing is made twice.
   */
  recover?: (why: RecoverReason) => Promise<T | undefined>;
  /** An earlier attempt was cut off (the page reloaded mid-request): recover before the first try. */
  mayHaveLandedBefore?: boolean;
}

export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const clock = options.clock ?? realClock;
  const started = clock.now();
  let renewed = false;
  let uncertain = options.mayHaveLandedBefore === true;
  let why: RecoverReason = 'interrupted';
  /** When each bounded or polled symptom was first seen. */
  const firstSeen = new Map<RetryReasonKey, number>();
  for (let n = 1; ; n++) {
    try {
      if (uncertain && options.recover) {
        const recovered = await options.recover(why);
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
        options.onRetry?.({ attempt: n, reasonKey: 'signInExpired', waitMs: 0, failure });
        continue;
      }
      const acceptsWrites = typeof options.acceptsWrites === 'function' ? options.acceptsWrites() : options.acceptsWrites === true;
      const verdict = classifyFailure(failure, options.freshObject, acceptsWrites, {
        ...(options.write ? { write: options.write } : {}),
        ...(options.samlModeSetByThisRun ? { samlModeSetByThisRun: true } : {}),
      });
      // Reads change nothing; a write is uncertain once one of its answers was ambiguous.
      if (options.write !== undefined && classifyWriteAnswer(failure, options.write) === 'ambiguous') {
        uncertain = true;
        why = 'ambiguous';
      }
      if (!verdict.retry) throw new GraphOperationError(failure, false, uncertain);
      const now = clock.now();
      const since = firstSeen.get(verdict.reasonKey) ?? now;
      firstSeen.set(verdict.reasonKey, since);
      const waitMs = verdict.poll ? replicationPollDelay(now - since, clock.random) : backoffDelay(n, policy, clock.random, failure.retryAfterMs);
      if (now - started + waitMs > policy.budgetMs) throw new GraphOperationError(failure, true, uncertain);
      if (verdict.boundMs !== undefined && now - since + waitMs > verdict.boundMs) throw new GraphOperationError(failure, true, uncertain);
      options.onRetry?.({
        attempt: n,
        reasonKey: verdict.reasonKey,
        ...(verdict.reasonValues ? { reasonValues: verdict.reasonValues } : {}),
        waitMs,
        failure,
      });
      await clock.sleep(waitMs);
    }
  }
}
