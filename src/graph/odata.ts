// The small pieces of OData the Graph reads share.
import type { GraphApi } from './client';
import { withRetry } from './retry';

/** An OData string literal, quotes included: single quotes inside are doubled. */
export function odataString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A collection as Graph answers it: one page, with the address of the next when there is more. */
export interface Listing<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** How each page is fetched: retried like any read by default; inside an operation's own retry, as is. */
export type PageFetch = <R>(attempt: () => Promise<R>) => Promise<R>;

/**
 * A collection page by page, following `@odata.nextLink` (an absolute URL that keeps the query)
 * until Graph gives none. Graph pages server-side, 100 items by default
 * (docs/graph/assignments.md#list-assignments), so reading only the first page silently drops the
 * rest. Stop iterating to stop reading.
 */
export async function* readPages<T>(graph: GraphApi, path: string, scopes: readonly string[], fetch?: PageFetch): AsyncGenerator<T[]> {
  const fetchPage: PageFetch = fetch ?? ((attempt) => withRetry(attempt, { freshObject: false, renewToken: graph.renewToken }));
  for (let next: string | undefined = path; next !== undefined;) {
    const link: string = next;
    const page = await fetchPage(() => graph.client.api(link).middlewareOptions(graph.withScopes(scopes)).get() as Promise<Listing<T>>);
    yield page.value;
    next = page['@odata.nextLink'];
  }
}

/** Every item of a collection, all pages. */
export async function readAll<T>(graph: GraphApi, path: string, scopes: readonly string[], fetch?: PageFetch): Promise<T[]> {
  const items: T[] = [];
  for await (const page of readPages<T>(graph, path, scopes, fetch)) items.push(...page);
  return items;
}
