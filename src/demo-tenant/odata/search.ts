// $search for directory objects: `"displayName:jo"`, combined with OR / AND. Each clause must be
// quoted and name a property. Matching is Graph's tokenised prefix search: the value is split into
// words (on spaces, punctuation, case changes and letter/digit changes) and every word of the
// search term must be a case-insensitive prefix of some word of the value.

import { fail } from '../failures';

interface SearchClause {
  property: string;
  term: string;
}

/** Disjunctive normal form: OR of ANDs of clauses (AND binds tighter). */
export type SearchExpression = SearchClause[][];

export function parseSearch(search: string, searchable: readonly string[], entitySet: string): SearchExpression {
  const text = search.trim();
  if (!text.startsWith('"')) {
    const colon = text.indexOf(':');
    fail(
      400,
      'BadRequest',
      colon >= 0
        ? `Syntax error: character ':' is not valid at position ${colon} in '${text}'.`
        : `Invalid $search query '${text}': each clause must be quoted and name a property, e.g. "displayName:${text}".`,
    );
  }
  const disjunction: SearchExpression = [[]];
  let rest = text;
  for (;;) {
    const clauseMatch = /^"([^"]*)"\s*/.exec(rest);
    if (!clauseMatch) fail(400, 'BadRequest', `Syntax error in $search query '${text}'.`);
    disjunction.at(-1)?.push(parseClause(clauseMatch[1] ?? '', searchable, entitySet));
    rest = rest.slice(clauseMatch[0].length);
    if (rest === '') return disjunction;
    const operatorMatch = /^(OR|AND)\s+/.exec(rest);
    if (!operatorMatch) fail(400, 'BadRequest', `Syntax error in $search query '${text}'.`);
    if (operatorMatch[1] === 'OR') disjunction.push([]);
    rest = rest.slice(operatorMatch[0].length);
  }
}

function parseClause(clause: string, searchable: readonly string[], entitySet: string): SearchClause {
  const colon = clause.indexOf(':');
  if (colon <= 0) {
    fail(400, 'Request_UnsupportedQuery', `Invalid $search clause "${clause}": use "property:value", e.g. "displayName:${clause}".`);
  }
  const requested = clause.slice(0, colon);
  const property = searchable.find((name) => name.toLowerCase() === requested.toLowerCase());
  if (!property) {
    fail(400, 'Request_UnsupportedQuery', `Unsupported property '${requested}' in $search for '${entitySet}'.`);
  }
  return { property, term: clause.slice(colon + 1) };
}

function searchWords(value: string): string[] {
  return value
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .split(/[\s\p{P}\p{S}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

function clauseMatches(clause: SearchClause, read: (property: string) => unknown): boolean {
  const value = read(clause.property);
  const values = Array.isArray(value) ? value : [value];
  const words = values.flatMap((item) => (typeof item === 'string' ? searchWords(item) : []));
  const wanted = searchWords(clause.term);
  if (wanted.length === 0) return true;
  return wanted.every((term) => words.some((word) => word.startsWith(term)));
}

export function evaluateSearch(expression: SearchExpression, read: (property: string) => unknown): boolean {
  return expression.some((conjunction) => conjunction.every((clause) => clauseMatches(clause, read)));
}
