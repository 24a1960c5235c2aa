// TenantRequest → ParsedRequest: the Graph host, the API version, decoded path segments, the
// query and (lazily) the JSON body, with Graph's own errors for each way these can be wrong.

import type { TenantRequest } from './contract';
import { fail } from './failures';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

export type ApiVersion = 'v1.0' | 'beta';

export interface ParsedRequest {
  method: string;
  url: URL;
  version: ApiVersion;
  /** As logged: /v1.0/servicePrincipals/abc (no query). */
  path: string;
  /**
   * Decoded segments after the version. An alternate key such as `applications(appId='x')`
   * becomes two segments: `applications` and `(appId='x')`.
   */
  segments: string[];
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  bodyText: string | null;
}

export function lowerCaseHeaders(headers: Record<string, string>): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  return lower;
}

/** The path for the request log, even when the URL cannot be parsed as a Graph request. */
export function logPathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

export function parseTenantRequest(request: TenantRequest): ParsedRequest {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    fail(400, 'BadRequest', `Invalid request URL '${request.url}'.`);
  }
  if (url.origin !== GRAPH_ORIGIN) {
    fail(400, 'BadRequest', `Invalid hostname for this tenancy: '${url.host}'.`);
  }
  const rawSegments = url.pathname.split('/').filter((segment) => segment !== '');
  const [versionSegment, ...rest] = rawSegments;
  if (versionSegment !== 'v1.0' && versionSegment !== 'beta') {
    fail(400, 'BadRequest', `Invalid version: ${versionSegment ?? ''}`);
  }
  const segments = rest.flatMap((segment) => expandAlternateKey(safeDecode(segment)));
  return {
    method: request.method.toUpperCase(),
    url,
    version: versionSegment,
    path: decodeURIComponent(url.pathname),
    segments,
    query: url.searchParams,
    headers: lowerCaseHeaders(request.headers),
    bodyText: request.body ?? null,
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `applications(appId='…')` → [`applications`, `(appId='…')`]; anything else unchanged. */
function expandAlternateKey(segment: string): string[] {
  const match = /^([A-Za-z]+)(\(.+\))$/.exec(segment);
  return match?.[1] && match[2] ? [match[1], match[2]] : [segment];
}

/** The appId of an alternate-key segment `(appId='…')`, or null for a plain id. */
export function alternateKeyAppId(key: string): string | null {
  const match = /^\(appId='([^']*)'\)$/i.exec(key);
  return match?.[1] ?? null;
}

const UNREADABLE_PAYLOAD = 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';

/** The parsed JSON body; undefined when there is none. Malformed JSON → Graph's 400. */
function readJsonBody(request: ParsedRequest): unknown {
  const text = request.bodyText;
  if (text === null || text.trim() === '') return undefined;
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().includes('application/json')) fail(400, 'BadRequest', UNREADABLE_PAYLOAD);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail(400, 'BadRequest', UNREADABLE_PAYLOAD);
  }
}

/** A JSON object body, required. */
export function readJsonObjectBody(request: ParsedRequest): Record<string, unknown> {
  const body = readJsonBody(request);
  if (body === undefined) fail(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail(400, 'BadRequest', UNREADABLE_PAYLOAD);
  return body as Record<string, unknown>;
}

export function wantsEventualConsistency(request: ParsedRequest): boolean {
  return (request.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
}
