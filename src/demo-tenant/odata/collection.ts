// GET on a collection: $filter, $search, $orderby, $select, $top, $skiptoken, $count, with the
// ConsistencyLevel rules of Graph's directory (advanced queries need `ConsistencyLevel: eventual`).

import { fail } from '../failures';
import { GRAPH_ORIGIN, wantsEventualConsistency, type ParsedRequest } from '../request';
import type { RouteResult } from '../routing';
import { checkFilter, evaluateFilter, parseFilter, type FilterPropertyKind } from './filter';
import { evaluateSearch, parseSearch } from './search';

export interface CollectionSpec<T> {
  entitySet: string;
  typeName: string;
  /** Every property $select may name. */
  properties: ReadonlySet<string>;
  /** What Graph returns without $select; all stored properties when absent. */
  defaultProperties?: readonly string[];
  filterable: Readonly<Record<string, FilterPropertyKind>>;
  searchable: readonly string[];
  /** Shapes one item for the response (e.g. hides keyCredential keys). */
  present?: (item: T) => Record<string, unknown>;
}

const SUPPORTED_OPTIONS = new Set(['$filter', '$search', '$select', '$top', '$skiptoken', '$count', '$orderby']);
/** Graph's server-side page without $top (docs/graph/assignments.md#list-assignments): a client must follow @odata.nextLink. */
const DEFAULT_PAGE_SIZE = 100;

function requireEventual(request: ParsedRequest, option: '$search' | '$count'): void {
  if (!wantsEventualConsistency(request)) {
    fail(
      400,
      'Request_UnsupportedQuery',
      `Request with ${option} query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'`,
    );
  }
}

export function parseSelect(request: ParsedRequest, properties: ReadonlySet<string>, typeName: string): string[] | null {
  const select = request.query.get('$select');
  if (select === null) return null;
  const names = select
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.map((name) => {
    const canonical = [...properties].find((property) => property.toLowerCase() === name.toLowerCase());
    if (!canonical) fail(400, 'BadRequest', `Could not find a property named '${name}' on type '${typeName}'.`);
    return canonical;
  });
}

function project(item: Record<string, unknown>, selected: readonly string[] | null, defaults?: readonly string[]): Record<string, unknown> {
  const names = selected ?? defaults;
  if (!names) return { ...item };
  const projected: Record<string, unknown> = {};
  for (const name of names) projected[name] = item[name] ?? null;
  return projected;
}

function parseTop(request: ParsedRequest): number {
  const top = request.query.get('$top');
  if (top === null) return DEFAULT_PAGE_SIZE;
  const size = Number(top);
  if (!/^\d+$/.test(top) || size < 1 || size > 999) {
    fail(400, 'BadRequest', `Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`);
  }
  return size;
}

function parseSkipToken(request: ParsedRequest): number {
  const token = request.query.get('$skiptoken');
  if (token === null) return 0;
  const match = /^demo-offset-(\d+)$/.exec(token);
  if (!match?.[1]) fail(400, 'Request_BadRequest', `Invalid paging token specified: '${token}'.`);
  return Number(match[1]);
}

function parseOrderBy(request: ParsedRequest): { property: 'displayName'; descending: boolean } | null {
  const orderBy = request.query.get('$orderby');
  if (orderBy === null) return null;
  const match = /^\s*displayName(\s+(asc|desc))?\s*$/i.exec(orderBy);
  if (!match) fail(400, 'Request_UnsupportedQuery', 'Sorting not supported for current query.');
  return { property: 'displayName', descending: match[2]?.toLowerCase() === 'desc' };
}

function contextUrl(request: ParsedRequest, entitySet: string, selected: readonly string[] | null): string {
  const selection = selected ? `(${selected.join(',')})` : '';
  return `${GRAPH_ORIGIN}/${request.version}/$metadata#${entitySet}${selection}`;
}

/** Graph's nextLinks keep the `$` of system query options literal, so build the query by hand. */
function nextLink(request: ParsedRequest, offset: number): string {
  const kept = request.url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !/^(\$|%24)skiptoken=/i.test(pair));
  kept.push(`$skiptoken=demo-offset-${offset}`);
  return `${request.url.origin}${request.url.pathname}?${kept.join('&')}`;
}

export function listCollection<T extends object>(request: ParsedRequest, items: readonly T[], spec: CollectionSpec<T>): RouteResult {
  for (const option of request.query.keys()) {
    if (option.startsWith('$') && !SUPPORTED_OPTIONS.has(option.toLowerCase())) {
      fail(400, 'BadRequest', `Query option '${option}' is not supported by the demo tenant for '${spec.entitySet}'.`);
    }
  }
  const count = request.query.get('$count');
  const wantsCount = count?.toLowerCase() === 'true';
  if (wantsCount) requireEventual(request, '$count');
  const searchText = request.query.get('$search');
  if (searchText !== null) requireEventual(request, '$search');

  const selected = parseSelect(request, spec.properties, spec.typeName);
  const top = parseTop(request);
  const offset = parseSkipToken(request);
  const orderBy = parseOrderBy(request);

  const present = spec.present ?? ((item: T) => ({ ...item }) as Record<string, unknown>);
  let matches = items.map(present);

  const filterText = request.query.get('$filter');
  if (filterText !== null) {
    const expression = parseFilter(filterText);
    checkFilter(expression, {
      entitySet: spec.entitySet,
      typeName: spec.typeName,
      knownProperties: spec.properties,
      filterable: spec.filterable,
      advancedQuery: wantsCount && wantsEventualConsistency(request),
    });
    matches = matches.filter((item) => evaluateFilter(expression, (property) => item[property]));
  }
  if (searchText !== null) {
    const expression = parseSearch(searchText, spec.searchable, spec.entitySet);
    matches = matches.filter((item) => evaluateSearch(expression, (property) => item[property]));
  }
  if (orderBy) {
    const direction = orderBy.descending ? -1 : 1;
    matches = [...matches].sort((a, b) => direction * String(a[orderBy.property] ?? '').localeCompare(String(b[orderBy.property] ?? '')));
  }

  const page = matches.slice(offset, offset + top);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(request, spec.entitySet, selected) };
  if (wantsCount) body['@odata.count'] = matches.length;
  if (offset + top < matches.length) body['@odata.nextLink'] = nextLink(request, offset + top);
  body.value = page.map((item) => project(item, selected, spec.defaultProperties));
  return { status: 200, body };
}

/** GET of one entity: only $select is meaningful. */
export function singleEntity(
  request: ParsedRequest,
  entity: Record<string, unknown>,
  options: { entitySet: string; typeName: string; properties: ReadonlySet<string>; defaultProperties?: readonly string[] },
): RouteResult {
  const selected = parseSelect(request, options.properties, options.typeName);
  const selection = selected ? `(${selected.join(',')})` : '';
  return {
    status: 200,
    body: {
      '@odata.context': `${GRAPH_ORIGIN}/${request.version}/$metadata#${options.entitySet}${selection}/$entity`,
      ...project(entity, selected, options.defaultProperties),
    },
  };
}
