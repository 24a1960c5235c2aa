// The small pieces of OData the Graph reads share.

/** An OData string literal, quotes included: single quotes inside are doubled. */
export function odataString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A collection as Graph answers it (one page: the wizard's queries never need a second). */
export interface Listing<T> {
  value: T[];
}
