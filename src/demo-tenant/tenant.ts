// DemoTenant: an emulated Entra tenant behind Graph's real URLs, as a pure request → response core.
// Adapters (adapters/*.ts) connect it to MSW, Playwright and the Graph client.

import { authenticate, requireRole, requireScopes } from './auth';
import { x509CertificateFactory, type TokenSigningCertificateFactory } from './certificates/self-signed-certificate';
import type { RequestLogEntry, TenantRequest, TenantResponse } from './contract';
import { GraphFailure } from './failures';
import { DemoTenantFaults, NETWORK_FAILURE_HEADER, NETWORK_FAILURE_STATUS, type AfterCommitAnswer, type PendingFault } from './faults';
import { randomAssignmentId, randomGuid } from './ids';
import { lowerCaseHeaders, logPathOf, parseTenantRequest, type ParsedRequest } from './request';
import { applicationRoutes } from './routes/applications';
import { applicationTemplateRoutes } from './routes/application-templates';
import { appRoleAssignmentRoutes } from './routes/app-role-assignments';
import { handleBatch } from './routes/batch';
import { claimsPolicyRoutes } from './routes/claims-policy';
import { directoryRoutes } from './routes/directory';
import { servicePrincipalRoutes } from './routes/service-principals';
import { tokenSigningCertificateRoutes } from './routes/token-signing-certificate';
import { matchRoute, type RouteDefinition, type RouteResult } from './routing';
import { seedDirectory, type DemoCheckAppKey } from './seed';
import { cloneState, type DirectoryState } from './state';
import { DirectoryStore } from './store';

const ROUTES: readonly RouteDefinition[] = [
  ...applicationTemplateRoutes,
  ...applicationRoutes,
  ...servicePrincipalRoutes,
  ...appRoleAssignmentRoutes,
  ...tokenSigningCertificateRoutes,
  ...claimsPolicyRoutes,
  ...directoryRoutes,
];

const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export interface DemoTenantOptions {
  /** A directory to start from (e.g. restored from sessionStorage); it is copied, not shared. */
  state?: DirectoryState;
  /** Tenant clock in ms; inject a fake one to simulate replication lag and token expiry. */
  clock?: () => number;
  /** Tenant id for a freshly seeded directory (ignored when `state` is given). */
  tenantId?: string;
  /** Source of new object ids and request ids; inject seededRandom(n) for repeatable ids. */
  random?: () => number;
  /** Where signing certificates come from (default: real X.509 via @peculiar/x509). */
  certificates?: TokenSigningCertificateFactory;
  /** Trend Micro EUC apps (broken ones and a correct one) to seed for "Check an existing setup". */
  checkApps?: readonly DemoCheckAppKey[];
}

interface Outcome {
  result: RouteResult;
  fault: string | undefined;
  requestBody: unknown;
  /** The write's real status when a fault replaced its answer after it committed. */
  committedStatus?: number;
}

export class DemoTenant {
  readonly log: RequestLogEntry[] = [];
  readonly faults: DemoTenantFaults;
  private readonly directory: DirectoryState;
  private readonly store: DirectoryStore;
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly certificates: TokenSigningCertificateFactory;
  private nextSeq = 1;

  constructor(options: DemoTenantOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.certificates = options.certificates ?? x509CertificateFactory;
    this.directory = options.state
      ? cloneState(options.state)
      : seedDirectory(options.tenantId, { now: this.clock(), ...(options.checkApps ? { checkApps: options.checkApps } : {}) });
    this.store = new DirectoryStore(this.directory, this.clock, () => this.faults);
    this.faults = new DemoTenantFaults({
      setRole: (userOid, role) => {
        if (role === null) delete this.directory.directoryRoles[userOid];
        else this.directory.directoryRoles[userOid] = role;
      },
    });
  }

  /** A JSON-serialisable copy of the whole directory. */
  get state(): DirectoryState {
    return cloneState(this.directory);
  }

  get tenantId(): string {
    return this.directory.tenant.id;
  }

  /** The tenant clock, in ms. */
  now(): number {
    return this.clock();
  }

  /** Successful non-GET requests, in the order they finished ($batch envelopes excluded, their items included). */
  writes(): RequestLogEntry[] {
    return this.log.filter((entry) => entry.method !== 'GET' && entry.status >= 200 && entry.status < 300 && !isBatchPath(entry.path));
  }

  /** Never throws: every failure is a Graph-shaped error response (or the network-failure marker). */
  async handle(request: TenantRequest): Promise<TenantResponse> {
    return this.process(request, undefined);
  }

  private async process(request: TenantRequest, batchSeq: number | undefined): Promise<TenantResponse> {
    const seq = this.nextSeq;
    this.nextSeq += 1;
    const at = this.clock();
    const headers = lowerCaseHeaders(request.headers);
    const requestId = randomGuid(this.random);
    const clientRequestId = headers['client-request-id'] ?? requestId;
    const path = logPathOf(request.url);

    const outcome = await this.outcomeOf(request, path, seq, batchSeq);
    const response = this.toTenantResponse(outcome.result, { requestId, clientRequestId, at });

    const entry: RequestLogEntry = { seq, at, method: request.method.toUpperCase(), path, status: response.status };
    if (outcome.fault !== undefined) entry.fault = outcome.fault;
    const query = queryOf(request.url);
    if (query) entry.query = query;
    if (outcome.requestBody !== undefined) entry.requestBody = outcome.requestBody;
    if (batchSeq !== undefined) entry.batchSeq = batchSeq;
    if (outcome.committedStatus !== undefined) entry.committedStatus = outcome.committedStatus;
    this.log.push(entry);
    return response;
  }

  private async outcomeOf(request: TenantRequest, path: string, seq: number, batchSeq: number | undefined): Promise<Outcome> {
    const pending = this.faults.take(request.method, path, batchSeq !== undefined);
    if (pending && pending.kind !== 'response-lost') return { result: faultResult(pending), fault: faultName(pending), requestBody: undefined };
    const afterCommit = isBatchPath(path) ? undefined : this.faults.peekAfterCommit(request.method, path);
    const outcome = await this.routed(request, seq);
    const committed = request.method.toUpperCase() !== 'GET' && outcome.result.status >= 200 && outcome.result.status < 300;
    // The write happened; only the answer was lost on the way back (the case retries must survive).
    if (pending) {
      const lost: Outcome = { ...outcome, result: { status: NETWORK_FAILURE_STATUS }, fault: faultName(pending) };
      return committed ? { ...lost, committedStatus: outcome.result.status } : lost;
    }
    if (afterCommit && committed && afterCommit.remaining > 0) {
      this.faults.consume(afterCommit);
      return {
        ...outcome,
        result: afterCommitResult(afterCommit.answer, outcome.result, path),
        fault: faultName(afterCommit),
        committedStatus: outcome.result.status,
      };
    }
    return outcome;
  }

  private async routed(request: TenantRequest, seq: number): Promise<Outcome> {
    let fault: string | undefined;
    let requestBody: unknown;
    try {
      const parsed = parseTenantRequest(request);
      requestBody = parseBodyForLog(parsed);
      const caller = authenticate(parsed.headers, this.store);
      if (isBatchRequest(parsed)) {
        return { result: await handleBatch(parsed, (item) => this.process(item, seq)), fault, requestBody };
      }
      const { operation, params } = matchRoute(ROUTES, parsed);
      requireScopes(caller, operation.scopes);
      requireRole(caller, operation);
      const result = await operation.handle({
        request: parsed,
        params,
        caller,
        store: this.store,
        certificates: this.certificates,
        newGuid: () => randomGuid(this.random),
        newAssignmentId: () => randomAssignmentId(this.random),
        markFault: (name) => {
          fault = name;
        },
      });
      return { result, fault, requestBody };
    } catch (error) {
      if (error instanceof GraphFailure) {
        return { result: failureResult(error), fault: error.fault ?? fault, requestBody };
      }
      const message = error instanceof Error ? error.message : String(error);
      return {
        result: failureResult(new GraphFailure(500, 'UnknownError', `The demo tenant failed unexpectedly: ${message}`)),
        fault,
        requestBody,
      };
    }
  }

  private toTenantResponse(result: RouteResult, ids: { requestId: string; clientRequestId: string; at: number }): TenantResponse {
    if (result.status === NETWORK_FAILURE_STATUS) {
      return { status: NETWORK_FAILURE_STATUS, headers: { [NETWORK_FAILURE_HEADER]: 'network' }, body: null };
    }
    const headers: Record<string, string> = {
      'request-id': ids.requestId,
      'client-request-id': ids.clientRequestId,
      ...result.headers,
    };
    if (result.body === undefined) return { status: result.status, headers, body: null };

    let body = result.body;
    if (isErrorBody(body)) {
      body = {
        error: {
          ...body.error,
          innerError: {
            date: new Date(ids.at).toISOString().slice(0, 19),
            'request-id': ids.requestId,
            'client-request-id': ids.clientRequestId,
          },
        },
      };
      headers['content-type'] = 'application/json';
    } else {
      headers['content-type'] = JSON_CONTENT_TYPE;
      headers['odata-version'] = '4.0';
    }
    return { status: result.status, headers, body: JSON.stringify(body) };
  }
}

function isBatchPath(path: string): boolean {
  return /^\/(v1\.0|beta)\/\$batch$/i.test(path);
}

function isBatchRequest(request: ParsedRequest): boolean {
  return request.segments.length === 1 && request.segments[0]?.toLowerCase() === '$batch' && request.method === 'POST';
}

function queryOf(url: string): string | undefined {
  try {
    const search = new URL(url).search;
    return search === '' ? undefined : decodeURIComponent(search.slice(1));
  } catch {
    return undefined;
  }
}

/** The request body as JSON for the log; undefined when absent or unreadable. */
function parseBodyForLog(request: ParsedRequest): unknown {
  if (request.bodyText === null || request.bodyText.trim() === '') return undefined;
  try {
    return JSON.parse(request.bodyText) as unknown;
  } catch {
    return undefined;
  }
}

function isErrorBody(body: unknown): body is { error: Record<string, unknown> } {
  return typeof body === 'object' && body !== null && 'error' in body && Object.keys(body).length === 1;
}

function failureResult(failure: GraphFailure): RouteResult {
  const error: Record<string, unknown> = { code: failure.code, message: failure.message };
  if (failure.details) error.details = failure.details;
  return { status: failure.status, headers: failure.headers, body: { error } };
}

function faultName(fault: PendingFault): string {
  switch (fault.kind) {
    case 'network':
    case 'response-lost':
    case 'conflict':
      return fault.kind;
    case 'throttle':
      return `throttle-${fault.status}`;
    case 'answer-after-commit':
      return `answer-after-commit-${fault.answer}`;
  }
}

/**
 * How Graph words the answers a committed write can get instead of its own (docs/graph/replication-and-retries.md#ambiguous-answers).
 * 500: Graph's directory answer (microsoftgraph/microsoft-graph-explorer-v4#2427). 502 is missing
 * from Graph's error page (microsoftgraph/microsoft-graph-docs#6039); its wording here is ours.
 * 503/504 as the throttling fault words them.
 */
const AFTER_COMMIT_ERRORS = {
  500: { code: 'Service_InternalServerError', message: 'Encountered an internal server error.' },
  502: { code: 'BadGateway', message: 'The server received an invalid response from an upstream server.' },
} as const;

function afterCommitResult(answer: AfterCommitAnswer, committed: RouteResult, path: string): RouteResult {
  if (answer === 'empty-2xx') return { status: committed.status };
  if (answer === 404) {
    // Graph's not-found wording, naming the first object id in the path (instantiate: the template).
    const segments = path.split('/').filter((segment) => segment !== '');
    const id = segments.find((segment) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)) ?? segments.at(-1) ?? '';
    return {
      status: 404,
      body: {
        error: {
          code: 'Request_ResourceNotFound',
          message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
        },
      },
    };
  }
  if (answer === 503 || answer === 504) return faultResult({ kind: 'throttle', status: answer, remaining: 0, match: {}, retryAfterSeconds: 2 });
  return { status: answer, body: { error: { ...AFTER_COMMIT_ERRORS[answer] } } };
}

const THROTTLE_ERRORS = {
  429: { code: 'TooManyRequests', message: 'Too many requests. Please retry after the period given in the Retry-After header.' },
  503: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable. Please retry later.' },
  504: { code: 'GatewayTimeout', message: 'The gateway did not receive a response from the service in time.' },
} as const;

function faultResult(fault: PendingFault): RouteResult {
  if (fault.kind !== 'throttle' && fault.kind !== 'conflict') return { status: NETWORK_FAILURE_STATUS };
  if (fault.kind === 'conflict') {
    // What Graph answers when two writes to one directory object race (seen on application PATCH).
    return {
      status: 409,
      body: { error: { code: 'Directory_ConcurrencyViolation', message: 'Another operation is in progress on this object. Please retry.' } },
    };
  }
  const { code, message } = THROTTLE_ERRORS[fault.status];
  const headers: Record<string, string> = {};
  if (fault.status !== 504) headers['retry-after'] = String(fault.retryAfterSeconds);
  return { status: fault.status, headers, body: { error: { code, message } } };
}
