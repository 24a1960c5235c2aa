// The demo tenant's contract: a pure request → response core behind Graph's real URLs.
// Adapters (MSW in the browser, Playwright routes in e2e, a Graph-client middleware in unit
// tests) translate their own request objects to TenantRequest and back.

export interface TenantRequest {
  method: string;
  /** Absolute URL, e.g. https://graph.microsoft.com/v1.0/servicePrincipals/{id} */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body?: string | null;
}

export interface TenantResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or null for 204 and friends. */
  body: string | null;
}

/** One line of the tenant's request log: what tests assert writes and round trips from. */
export interface RequestLogEntry {
  seq: number;
  at: number; // tenant clock, ms
  method: string;
  path: string; // e.g. /v1.0/servicePrincipals/abc
  status: number;
  fault?: string; // which fault mode answered, if any
  /** The query string without the leading '?', when there was one. */
  query?: string;
  /** The parsed JSON request body of a write, for asserting what was sent. */
  requestBody?: unknown;
  /** The seq of the $batch request this entry was an item of. */
  batchSeq?: number;
  /**
   * A write that landed (2xx) although its answer was lost or replaced by a fault ('response-lost',
   * answer-after-commit): the status the tenant really gave it; `status` is what the client saw.
   */
  committedStatus?: number;
}

/** Claims the demo tenant reads from a bearer token (an unsigned JWT: header.payload.). */
export interface DemoAccessTokenClaims {
  tid: string;
  oid: string;
  /** Space-separated delegated scopes, short names (Application.ReadWrite.All ...). */
  scp: string;
  /** Seconds since epoch, tenant clock. */
  exp: number;
  name?: string;
  preferred_username?: string;
}
