// Delegated scopes, asked for at the step that needs them (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles). Signing in asks only
// for the profile; every later set is requested incrementally, silently where admin consent exists.

export const SIGN_IN_SCOPES = ['User.Read'] as const;

/** Step 1 looks for an app that already has the name or the region's identifier. */
export const READ_APPS_SCOPES = ['Application.Read.All'] as const;

/** Step 2, the people picker. */
export const PEOPLE_PICKER_SCOPES = ['User.ReadBasic.All', 'GroupMember.Read.All'] as const;

/** Apply: instantiate, app and service-principal patches, certificate. */
export const APPLICATION_WRITE_SCOPES = ['Application.ReadWrite.All'] as const;

/** Apply: user and group assignments (without Application.Read.All Graph answers 403). */
export const ASSIGNMENT_SCOPES = ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'] as const;

/** Apply: the custom claims policy (only when a custom identity claim is chosen). */
export const CLAIMS_POLICY_SCOPES = ['Policy.ReadWrite.ApplicationConfiguration', 'Policy.Read.All'] as const;

export type ScopeSet = readonly string[];

const GRAPH_RESOURCE = 'https://graph.microsoft.com/';

/**
 * Requested scopes missing from the ones the token response names (RFC 6749 §5.1: the authority
 * returns `scope` when it granted other scopes than those asked for). Graph's short and full
 * names compare equal, case-insensitively.
 */
export function notGranted(requested: readonly string[], granted: readonly string[]): string[] {
  const short = (scope: string) => (scope.toLowerCase().startsWith(GRAPH_RESOURCE) ? scope.slice(GRAPH_RESOURCE.length) : scope).toLowerCase();
  const have = new Set(granted.map(short));
  return requested.filter((scope) => !have.has(short(scope)));
}

// Why each scope is asked for is shown on the review page (review.scopeReasons in
// src/steps/review/messages.en.ts / .ja.ts) and in the README.
