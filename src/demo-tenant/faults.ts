// Run-time switchable failure modes. Every fault that answers a request is named in the request
// log's `fault` field.

import type { TenantResponse } from './contract';
import type { DirectoryRoleName } from './state';

export interface FaultMatch {
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Substring of the request path, e.g. "/appRoleAssignedTo" or "/v1.0/applications". */
  pathIncludes?: string;
}

export type ThrottleStatus = 429 | 503 | 504;

export interface ThrottleOptions extends FaultMatch {
  /** Seconds in the Retry-After header (default 2). */
  retryAfterSeconds?: number;
}

export type PendingFault =
  | { kind: 'throttle'; status: ThrottleStatus; remaining: number; match: FaultMatch; retryAfterSeconds: number }
  /** network: the request never arrives. response-lost: it is carried out, then the answer is lost. */
  | { kind: 'network' | 'response-lost'; remaining: number; match: FaultMatch }
  /** 409 Directory_ConcurrencyViolation without carrying the request out. */
  | { kind: 'conflict'; remaining: number; match: FaultMatch };

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

export class DemoTenantFaults {
  /** How long new objects stay invisible or half-visible (see replication.ts). Default 0. */
  replicationLagMs = 0;
  /** For adapters to wait before answering; the core does not sleep. */
  latencyMs = 0;
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

  /** Take away the user's directory role: from now on their writes answer 403. */
  denyRole(userOid: string): void {
    this.roles.setRole(userOid, null);
  }

  grantRole(userOid: string, role: DirectoryRoleName): void {
    this.roles.setRole(userOid, role);
  }

  /** Clears pending throttles and network failures and resets lag and latency. */
  clear(): void {
    this.pending = [];
    this.replicationLagMs = 0;
    this.latencyMs = 0;
  }

  /**
   * Consume the first pending fault matching this request. Network faults only apply to top-level
   * requests: a $batch item cannot fail at the network level on its own.
   */
  take(method: string, path: string, inBatch: boolean): PendingFault | undefined {
    const fault = this.pending.find(
      (candidate) =>
        candidate.remaining > 0 &&
        !(inBatch && (candidate.kind === 'network' || candidate.kind === 'response-lost')) &&
        matches(candidate.match, method, path),
    );
    if (fault) fault.remaining -= 1;
    this.pending = this.pending.filter((candidate) => candidate.remaining > 0);
    return fault;
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.pathIncludes !== undefined && !path.includes(match.pathIncludes)) return false;
  return true;
}
