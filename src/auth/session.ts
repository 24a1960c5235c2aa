// The small session interface the rest of the wizard uses. Two implementations sit behind it:
// MSAL against a real Entra authority, and the demo session for the emulated tenant.

export interface AdminAccount {
  name: string;
  username: string;
  /** Directory GUID: the `tid` of the ID token. Summary URLs are built from it. */
  tenantId: string;
  objectId: string;
}

export interface AdminSession {
  mode: 'entra' | 'demo';
  account: AdminAccount;
  /**
   * A Graph access token carrying `scopes`. Silent first; when the tenant wants interaction
   * (consent, Conditional Access) one redirect is started and the promise never settles
   * because the page navigates away.
   */
  getToken(scopes: readonly string[], options?: { forceRefresh?: boolean }): Promise<string>;
  /**
   * Of `scopes`, those the token this session gets silently does not carry: consent is missing
   * for them (a 403 from Graph is then a consent problem, not a role problem). Never interactive.
   */
  scopesNotGranted(scopes: readonly string[]): Promise<string[]>;
  /**
   * Asks the authority for consent to `scopes` (prompt=consent: an administrator can consent for
   * the whole organization). With MSAL the page navigates away and comes back to the same step.
   */
  requestConsent(scopes: readonly string[]): Promise<void>;
  signOut(): Promise<void>;
}

/** An authentication failure as the admin sees it: the authority's code, never swallowed. */
export interface AuthProblem {
  code: string;
  message: string;
}

export type AuthState =
  { kind: 'starting' } | { kind: 'signed-out'; problem?: AuthProblem } | { kind: 'signed-in'; session: AdminSession; problem?: AuthProblem };

export interface AuthController {
  state: AuthState;
  signIn(): Promise<void>;
  /** Starts loading what sign-in needs, ahead of the click (the start page's button calls it). */
  prepareSignIn?(): void;
}
