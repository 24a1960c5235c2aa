// One configured Graph client. Tokens come from the session per request (each operation names the
// scopes it needs, so consent stays incremental); retries live in retry.ts, not in middleware, so
// the progress line can say what is being waited for.
import { AuthenticationHandler, AuthenticationHandlerOptions, Client, HTTPMessageHandler, type Middleware } from '@microsoft/microsoft-graph-client';

export type TokenSource = (scopes: readonly string[], options?: { forceRefresh?: boolean }) => Promise<string>;

export const GRAPH_ROOT = 'https://graph.microsoft.com';

export interface GraphApi {
  client: Client;
  /** Request options that ask the session for a token with `scopes`. */
  withScopes(scopes: readonly string[]): AuthenticationHandlerOptions[];
  /** Graph said the token expired (401): the next token is fetched fresh, not from the cache. */
  renewToken(): void;
  /**
   * Makes sure a token with `scopes` is at hand (from the cache, silently, or after the session's
   * one interactive redirect, in which case the page leaves and this never settles).
   */
  acquireToken(scopes: readonly string[]): Promise<void>;
}

/** `transport` replaces the network (unit tests point it at the demo tenant). */
export function createGraphApi(getToken: TokenSource, transport: Middleware = new HTTPMessageHandler()): GraphApi {
  let forceRefresh = false;
  const auth = new AuthenticationHandler({
    getAccessToken: (options) => {
      const refresh = forceRefresh;
      forceRefresh = false;
      return getToken(options?.scopes ?? [], refresh ? { forceRefresh: true } : undefined);
    },
  });
  auth.setNext(transport);
  const client = Client.initWithMiddleware({ middleware: auth, defaultVersion: 'v1.0' });
  return {
    client,
    withScopes: (scopes) => [new AuthenticationHandlerOptions(undefined, { scopes: [...scopes] })],
    renewToken: () => {
      forceRefresh = true;
    },
    acquireToken: async (scopes) => {
      await getToken(scopes);
    },
  };
}
