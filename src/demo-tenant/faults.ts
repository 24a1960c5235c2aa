// Run-time switchable failure modes. Every fault that answers a request is named in the request
// log's `fault` field.

import type { FaultPresetName } from './adapters/fault-preset-switch';
import type { TenantResponse } from './contract';
import type { DirectoryRoleName } from './state';

export interface FaultMatch {
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Substring of the request path, e.g. "/appRoleAssignedTo" or "/v1.0/applications". */
  pathIncludes?: string;
}

export type ThrottleStatus = 429 | 503 | 504;

/**
 * What a write that Graph carried out answers instead of its own result (docs/graph/replication-and-retries.md#ambiguous-answers: "an
 * error is not proof that nothing was written"). 404 is the instantiate case Terraform's
 * application_resource.go documents ("When the /instantiate operation returns 404, it has probably
 * created the application anyway"); 'empty-2xx' is the write's own 2xx status without a body.
 */
export type AfterCommitAnswer = 404 | 500 | 502 | 503 | 504 | 'empty-2xx';

/** What GET /beta/servicePrincipals/{id}/claimsPolicy answers for an SP that never had a policy. */
export type ClaimsPolicyAbsence = 'empty-policy' | 'not-found';

export interface ThrottleOptions extends FaultMatch {
  /** Seconds in the Retry-After header (default 2). */
  retryAfterSeconds?: number;
}

export type PendingFault =
  | { kind: 'throttle'; status: ThrottleStatus; remaining: number; match: FaultMatch; retryAfterSeconds: number }
  /** network: the request never arrives. response-lost: it is carried out, then the answer is lost. */
  | { kind: 'network' | 'response-lost'; remaining: number; match: FaultMatch }
  /** 409 Directory_ConcurrencyViolation without carrying the request out. */
  | { kind: 'conflict'; remaining: number; match: FaultMatch }
  /** The write is carried out; its answer is replaced (only counted when the write committed). */
  | { kind: 'answer-after-commit'; answer: AfterCommitAnswer; remaining: number; match: FaultMatch };

/**
 * A network failure is not an HTTP answer, so the core marks it with status 0 and this header;
 * adapters turn it into their own kind of failure (fetch's TypeError, MSW's HttpResponse.error(),
 * Playwright's route.abort('failed')).
 */
export const NETWORK_FAILURE_STATUS = 0;
export const NETWORK_FAILURE_HEADER = 'x-demo-tenant-fault';

export function isNetworkFailure(response: TenantResponse): boolean {
  return response.status === NETWORK_FAILURE_STATUS && response.headers[NETWORK_FAILURE_HEADER] === 'network';
}

export interface RoleDirectory {
  setRole(userOid: string, role: DirectoryRoleName | null): void;
}

export interface RealTenantOptions {
  /** Every lag of the preset times this (default 1: the preset's own seconds). */
  lagScale?: number;
}

export class DemoTenantFaults {
  /** How long new objects stay invisible or half-visible (see replication.ts). Default 0. */
  replicationLagMs = 0;
  /** For adapters to wait before answering; the core does not sleep. */
  latencyMs = 0;
  /**
   * While a new service principal is 'settling' (replication.ts), POST appRoleAssignedTo answers
   * 400 "Not a valid reference update." instead of "... does not reference a valid application
   * object." Both are replication symptoms; Terraform's app_role_assignment_resource.go retries on
   * the former. Default false (the older wording).
   */
  assignmentReferenceLag = false;
  /**
   * For this long after preferredSingleSignOnMode became 'saml' on an SP, PATCH of its application's
   * identifierUris with a URI off the verified domains is still refused with
   * HostNameNotOnVerifiedDomain, as if the SP were not a SAML app ("first apply fails, second
   * works": Terraform azuread issues #1392, #797). Default 0.
   */
  samlExemptionLagMs = 0;
  /**
   * For this long after addTokenSigningCertificate, the new keys (and the password credential that
   * shares the Sign key's keyId) are missing from every read of the SP, $select=keyCredentials
   * included; activating them by thumbprint still works, as Graph does not check thumbprints.
   * Terraform's provider notes they "can take several minutes" to appear. Default 0.
   */
  keyCredentialsLagMs = 0;
  /**
   * What the claims policy GET answers for an SP that never had a policy (undocumented,
   * docs/graph/claims-policy.md): 'empty-policy' (default: 200 with the documented defaults) or 'not-found' (404).
   */
  claimsPolicyAbsent: ClaimsPolicyAbsence = 'empty-policy';
  private pending: PendingFault[] = [];
  private readonly roles: RoleDirectory;

  constructor(roles: RoleDirectory) {
    this.roles = roles;
  }

  /** The next `count` requests matching `match` fail with `status` (429 carries Retry-After). */
  throttle(status: ThrottleStatus, count: number, match: ThrottleOptions = {}): void {
    const { retryAfterSeconds = 2, ...requestMatch } = match;
    this.pending.push({ kind: 'throttle', status, remaining: count, match: requestMatch, retryAfterSeconds });
  }

  /**
   * The next `count` matching top-level requests fail at the network level (no HTTP answer):
   * 'network' before the tenant sees them, 'response-lost' after it has carried them out.
   */
  failNext(count: number, match: FaultMatch = {}, kind: 'network' | 'response-lost' = 'network'): void {
    this.pending.push({ kind, remaining: count, match });
  }

  /** The next `count` matching requests answer 409 Directory_ConcurrencyViolation. */
  conflict(count: number, match: FaultMatch = {}): void {
    this.pending.push({ kind: 'conflict', remaining: count, match });
  }

  /**
   * The next `count` matching non-GET requests whose write commits (2xx) are carried out, then
   * answer `answer` instead (a Graph-shaped error body, or the 2xx status without a body). A
   * request the tenant refuses (4xx, e.g. under replication lag) does not use up the count.
   */
  answerAfterCommit(count: number, match: FaultMatch, answer: AfterCommitAnswer): void {
    this.pending.push({ kind: 'answer-after-commit', answer, remaining: count, match });
  }

  /**
   * The "real-tenant-like" preset: every failure public evidence says real tenants produce
   * (docs/graph/replication-and-retries.md#failure-modes and #ambiguous-answers), switched on together. Adds to what is pending; the exact contents are
   * REAL_TENANT_PRESET (docs/decisions/012-real-tenant-faults.md). `lagScale` shortens (or
   * lengthens) every lag of the preset at once, e.g. for an e2e walk that waits in real time.
   */
  realTenantLike({ lagScale = 1 }: RealTenantOptions = {}): void {
    const preset = REAL_TENANT_PRESET;
    this.replicationLagMs = preset.replicationLagMs * lagScale;
    this.assignmentReferenceLag = true;
    this.samlExemptionLagMs = preset.samlExemptionLagMs * lagScale;
    this.keyCredentialsLagMs = preset.keyCredentialsLagMs * lagScale;
    this.claimsPolicyAbsent = 'not-found';
    for (const { status, count, match } of preset.throttles) this.throttle(status, count, match);
    for (const { answer, match } of preset.afterCommit) this.answerAfterCommit(1, match, answer);
  }

  /** Take away the user's directory role: from now on their writes answer 403. */
  denyRole(userOid: string): void {
    this.roles.setRole(userOid, null);
  }

  grantRole(userOid: string, role: DirectoryRoleName): void {
    this.roles.setRole(userOid, role);
  }

  /** Clears every pending fault and resets every switch to its default. */
  clear(): void {
    this.pending = [];
    this.replicationLagMs = 0;
    this.latencyMs = 0;
    this.assignmentReferenceLag = false;
    this.samlExemptionLagMs = 0;
    this.keyCredentialsLagMs = 0;
    this.claimsPolicyAbsent = 'empty-policy';
  }

  /** Pending faults not used up yet (for tests and the console). */
  get queued(): readonly PendingFault[] {
    return this.pending;
  }

  /**
   * Consume the first pending fault matching this request. Network faults only apply to top-level
   * requests: a $batch item cannot fail at the network level on its own.
   */
  take(method: string, path: string, inBatch: boolean): PendingFault | undefined {
    const fault = this.pending.find(
      (candidate) =>
        candidate.remaining > 0 &&
        candidate.kind !== 'answer-after-commit' &&
        !(inBatch && (candidate.kind === 'network' || candidate.kind === 'response-lost')) &&
        matches(candidate.match, method, path),
    );
    if (fault) this.consume(fault);
    return fault;
  }

  /**
   * The first pending answer-after-commit fault matching this write, not consumed: the tenant
   * consumes it (`consume`) only once the write has committed. GETs commit nothing.
   */
  peekAfterCommit(method: string, path: string): Extract<PendingFault, { kind: 'answer-after-commit' }> | undefined {
    if (method.toUpperCase() === 'GET') return undefined;
    return this.pending.find(
      (candidate): candidate is Extract<PendingFault, { kind: 'answer-after-commit' }> =>
        candidate.remaining > 0 && candidate.kind === 'answer-after-commit' && matches(candidate.match, method, path),
    );
  }

  consume(fault: PendingFault): void {
    fault.remaining -= 1;
    this.pending = this.pending.filter((candidate) => candidate.remaining > 0);
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.pathIncludes !== undefined && !path.includes(match.pathIncludes)) return false;
  return true;
}

/**
 * What the real-tenant-like preset switches on. Lags are in seconds, not Entra's minutes, so a demo
 * and an e2e walk stay short; the unit tests and the fault matrix run them on a simulated clock.
 */
const REAL_TENANT_PRESET = {
  replicationLagMs: 5_000,
  samlExemptionLagMs: 4_000,
  keyCredentialsLagMs: 8_000,
  throttles: [
    { status: 429, count: 2, match: { method: 'GET', pathIncludes: '/servicePrincipals' } },
    { status: 503, count: 1, match: { method: 'PATCH', pathIncludes: '/servicePrincipals/' } },
  ] as const satisfies readonly { status: ThrottleStatus; count: number; match: FaultMatch }[],
  /** One answer each, in this order per path: the write lands, its answer does not. */
  afterCommit: [
    { answer: 404, match: { method: 'POST', pathIncludes: '/instantiate' } },
    { answer: 503, match: { method: 'POST', pathIncludes: '/addTokenSigningCertificate' } },
    { answer: 504, match: { method: 'POST', pathIncludes: '/appRoleAssignedTo' } },
    { answer: 'empty-2xx', match: { method: 'POST', pathIncludes: '/appRoleAssignedTo' } },
    { answer: 502, match: { method: 'PATCH', pathIncludes: '/applications/' } },
    { answer: 500, match: { method: 'PUT', pathIncludes: '/claimsPolicy' } },
  ] as const satisfies readonly { answer: AfterCommitAnswer; match: FaultMatch }[],
} as const;

export { type FaultPresetName } from './adapters/fault-preset-switch';

export function applyFaultPreset(tenant: { faults: DemoTenantFaults }, preset: FaultPresetName, options: RealTenantOptions = {}): void {
  switch (preset) {
    case 'real-tenant':
      tenant.faults.realTenantLike(options);
      return;
  }
}
