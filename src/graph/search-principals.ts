// The people picker's one Graph read: users and groups whose name or mail starts with what the
// admin typed, in one $batch round trip (docs/graph/directory-search.md#search-users-and-groups). Not routed through withRetry: a
// type-ahead must not sit in a backoff loop for minutes; the next keystroke is the retry.
import { odataString } from './odata';
import type { GraphApi } from './client';
import { toGraphFailure, type GraphFailure } from './retry';
import { PEOPLE_PICKER_SCOPES } from '../setup/scopes';
import type { ChosenPrincipal } from '../setup/types';

const SEARCH_RESULT_LIMIT = 10;

const USER_FIELDS = 'id,displayName,userPrincipalName,mail';
const GROUP_FIELDS = 'id,displayName,mail,securityEnabled,groupTypes';

type Collection = 'users' | 'groups';
type QueryStyle = 'search' | 'filter';

export type PrincipalSearchProblem = 'throttled' | 'forbidden' | 'failed';

/**
 * A failed search: `problem` chooses the picker's wording in the admin's language (people.search*,
 * src/ui/people/PrincipalPicker.tsx); the error's own message is Graph's words, for a stack trace.
 */
export class PrincipalSearchError extends Error {
  constructor(
    readonly problem: PrincipalSearchProblem,
    readonly failure: GraphFailure,
  ) {
    super(`people search ${problem}: ${graphWords(failure)}`);
    this.name = 'PrincipalSearchError';
  }
}

/** What Graph said about a failed search, in its own words (status, code, message). */
export function graphWords(failure: GraphFailure): string {
  return [failure.status > 0 ? `HTTP ${failure.status}` : '', failure.code, failure.message].filter(Boolean).join(' ');
}

interface BatchRequest {
  id: Collection;
  method: 'GET';
  url: string;
  headers?: Record<string, string>;
}

interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface DirectoryUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
}

interface DirectoryGroup {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  securityEnabled?: boolean | null;
  groupTypes?: string[] | null;
}

/**
 * A `$search` clause value sits inside double quotes, where `"` and `\` would end or escape the
 * string. Both are replaced by a space: Graph tokenizes names on punctuation and spaces anyway, so
 * the rest of the text still matches.
 */
function searchTerm(text: string): string {
  return text.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
}

function searchUrl(collection: Collection, text: string): string {
  const term = searchTerm(text);
  const search = `"displayName:${term}" OR "mail:${term}"`;
  const select = collection === 'users' ? USER_FIELDS : GROUP_FIELDS;
  return `/${collection}?$search=${encodeURIComponent(search)}&$select=${select}&$top=${SEARCH_RESULT_LIMIT}`;
}

function filterUrl(collection: Collection, text: string): string {
  const filter = `startswith(displayName,${odataString(text.trim())})`;
  const select = collection === 'users' ? USER_FIELDS : GROUP_FIELDS;
  return `/${collection}?$filter=${encodeURIComponent(filter)}&$select=${select}&$top=${SEARCH_RESULT_LIMIT}`;
}

function batchRequest(collection: Collection, style: QueryStyle, text: string): BatchRequest {
  return style === 'search'
    ? // $search is an advanced query: without this header Graph answers 400 Request_UnsupportedQuery.
      // In a $batch the header must be on each request, not on the batch (docs/graph/directory-search.md#search-users-and-groups).
      { id: collection, method: 'GET', url: searchUrl(collection, text), headers: { ConsistencyLevel: 'eventual' } }
    : { id: collection, method: 'GET', url: filterUrl(collection, text) };
}

/** A batch sub-response body is JSON, or base64-encoded JSON when Graph did not label it JSON. */
function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    try {
      return JSON.parse(atob(body)) as unknown;
    } catch {
      return body;
    }
  }
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function failureOf(response: BatchResponse): GraphFailure {
  const body = parseBody(response.body) as { error?: { code?: string; message?: string } } | undefined;
  const seconds = Number(headerValue(response.headers, 'retry-after'));
  return {
    status: response.status,
    code: body?.error?.code ?? '',
    message: body?.error?.message ?? '',
    ...(Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: seconds * 1000 } : {}),
  };
}

function isThrottling(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

function problemOf(failure: GraphFailure): PrincipalSearchProblem {
  if (isThrottling(failure.status)) return 'throttled';
  if (failure.status === 401 || failure.status === 403) return 'forbidden';
  return 'failed';
}

/** Tenants or proxies that refuse advanced queries: worth one more try with a plain $filter. */
function searchRefused(failure: GraphFailure): boolean {
  if (failure.status !== 400) return false;
  return failure.code === 'Request_UnsupportedQuery' || /\$search|search/i.test(failure.message);
}

function abortError(): DOMException {
  return new DOMException('The search was replaced by a newer one.', 'AbortError');
}

async function postBatch(graph: GraphApi, requests: BatchRequest[], signal: AbortSignal | undefined): Promise<Map<string, BatchResponse>> {
  if (signal?.aborted) throw abortError();
  let answer: { responses?: BatchResponse[] };
  try {
    let request = graph.client.api('/$batch').middlewareOptions(graph.withScopes(PEOPLE_PICKER_SCOPES));
    if (signal) request = request.option('signal', signal);
    answer = (await request.post({ requests })) as { responses?: BatchResponse[] };
  } catch (error) {
    if (signal?.aborted) throw abortError();
    const failure = toGraphFailure(error);
    throw new PrincipalSearchError(problemOf(failure), failure);
  }
  // A transport that ignores the signal still delivers: the caller asked not to hear it.
  if (signal?.aborted) throw abortError();
  return new Map((answer.responses ?? []).map((response) => [String(response.id), response]));
}

function toUser(user: DirectoryUser): ChosenPrincipal {
  const detail = user.userPrincipalName || user.mail;
  return { id: user.id, kind: 'user', displayName: user.displayName || detail || user.id, ...(detail ? { detail } : {}) };
}

/**
 * A group without mail is told apart by its type. These English words are stored as its `detail`;
 * the picker shows them in the admin's language (people.groupType.*).
 */
export const GROUP_TYPE_DETAILS = { microsoft365: 'Microsoft 365 group', security: 'Security group' } as const;

function toGroup(group: DirectoryGroup): ChosenPrincipal {
  const detail = group.mail || (group.groupTypes?.includes('Unified') ? GROUP_TYPE_DETAILS.microsoft365 : GROUP_TYPE_DETAILS.security);
  return { id: group.id, kind: 'group', displayName: group.displayName || detail, detail };
}

function valuesOf<T>(response: BatchResponse): T[] {
  const body = parseBody(response.body) as { value?: T[] } | undefined;
  return Array.isArray(body?.value) ? body.value : [];
}

/**
 * Users and groups whose display name or mail starts with a word of `text`, users first. Throws
 * `PrincipalSearchError` (throttled, forbidden, failed), or an AbortError once `signal` fires.
 */
export async function searchPrincipals(graph: GraphApi, text: string, options: { signal?: AbortSignal } = {}): Promise<ChosenPrincipal[]> {
  const { signal } = options;
  if (text.trim() === '') return [];

  const collections: Collection[] = ['users', 'groups'];
  // Text made only of quotes and backslashes has nothing left to $search for; startswith has.
  const firstStyle: QueryStyle = searchTerm(text) === '' ? 'filter' : 'search';
  const answered = new Map<Collection, BatchResponse>();
  let pending = collections;

  for (const style of firstStyle === 'search' ? (['search', 'filter'] as const) : (['filter'] as const)) {
    if (pending.length === 0) break;
    const responses = await postBatch(
      graph,
      pending.map((collection) => batchRequest(collection, style, text)),
      signal,
    );
    const refused: Collection[] = [];
    for (const collection of pending) {
      const response = responses.get(collection);
      if (!response) {
        throw new PrincipalSearchError('failed', { status: 0, code: 'BatchIncomplete', message: `No answer for ${collection}.` });
      }
      if (response.status >= 200 && response.status < 300) {
        answered.set(collection, response);
        continue;
      }
      const failure = failureOf(response);
      if (style === 'search' && searchRefused(failure)) refused.push(collection);
      else throw new PrincipalSearchError(problemOf(failure), failure);
    }
    pending = refused;
  }

  const users = answered.get('users');
  const groups = answered.get('groups');
  const found = [...(users ? valuesOf<DirectoryUser>(users).map(toUser) : []), ...(groups ? valuesOf<DirectoryGroup>(groups).map(toGroup) : [])];
  const seen = new Set<string>();
  return found.filter((principal) => !seen.has(principal.id) && seen.add(principal.id));
}
