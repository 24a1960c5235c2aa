// The route table's types and the matcher that gives Graph's answers for unknown segments (400)
// and unsupported methods (405).

import type { DirectoryRoleName } from './state';
import type { Caller, ScopeRequirement } from './auth';
import { fail } from './failures';
import type { ApiVersion, ParsedRequest } from './request';
import type { DirectoryStore } from './store';
import type { TokenSigningCertificateFactory } from './certificates/self-signed-certificate';

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteResult {
  status: number;
  /** Serialised as JSON; omit for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  request: ParsedRequest;
  params: Record<string, string>;
  caller: Caller;
  store: DirectoryStore;
  newGuid(): string;
  newAssignmentId(): string;
  certificates: TokenSigningCertificateFactory;
  /** Record which fault mode shaped a successful (or failed) answer, for the request log. */
  markFault(fault: string): void;
}

interface RouteOperation {
  scopes: ScopeRequirement;
  /** Writes need an application-administering directory role. */
  writes: boolean;
  /** The directory roles that may call it, where the API is stricter than reads-anyone / writes-APPLICATION_WRITER_ROLES. */
  roles?: ReadonlySet<DirectoryRoleName>;
  handle(context: RouteContext): RouteResult | Promise<RouteResult>;
}

export interface RouteDefinition {
  versions: readonly ApiVersion[];
  /** Literal segments and {params}, e.g. /servicePrincipals/{id}/appRoleAssignedTo */
  pattern: string;
  operations: Partial<Record<HttpMethod, RouteOperation>>;
}

export const BOTH_VERSIONS: readonly ApiVersion[] = ['v1.0', 'beta'];
export const BETA_ONLY: readonly ApiVersion[] = ['beta'];

interface MatchedRoute {
  operation: RouteOperation;
  params: Record<string, string>;
}

function patternSegments(route: RouteDefinition): string[] {
  return route.pattern.split('/').filter((segment) => segment !== '');
}

function segmentMatches(patternSegment: string, segment: string): boolean {
  if (patternSegment.startsWith('{')) return true;
  // Graph's entity set and action names are case-insensitive.
  return patternSegment.toLowerCase() === segment.toLowerCase();
}

export function matchRoute(routes: readonly RouteDefinition[], request: ParsedRequest): MatchedRoute {
  const { segments } = request;
  const candidates = routes.filter((route) => route.versions.includes(request.version));

  // Like Graph, name the first segment that no known resource path continues with.
  for (let depth = 0; depth < segments.length; depth += 1) {
    const segment = segments[depth] ?? '';
    const continues = candidates.some((route) => {
      const parts = patternSegments(route);
      return parts.length > depth && parts.slice(0, depth + 1).every((part, i) => segmentMatches(part, segments[i] ?? ''));
    });
    if (!continues) fail(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  }

  const route = candidates.find((candidate) => {
    const parts = patternSegments(candidate);
    return parts.length === segments.length && parts.every((part, i) => segmentMatches(part, segments[i] ?? ''));
  });
  if (!route) fail(400, 'BadRequest', `Resource not found for the segment '${segments.at(-1) ?? ''}'.`);

  const operation = route.operations[request.method as HttpMethod];
  if (!operation) {
    fail(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.', {
      headers: { allow: Object.keys(route.operations).join(', ') },
    });
  }

  const params: Record<string, string> = {};
  patternSegments(route).forEach((part, i) => {
    if (part.startsWith('{')) params[part.slice(1, -1)] = segments[i] ?? '';
  });
  return { operation, params };
}

export function requireParam(context: RouteContext, name: string): string {
  const value = context.params[name];
  if (value === undefined) throw new Error(`Route parameter ${name} missing from pattern`);
  return value;
}
