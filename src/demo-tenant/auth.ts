// Who is calling and what they may do: the bearer token (401s), delegated scopes (403) and the
// caller's directory role (403 on writes). Effective rights = scopes ∩ role (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles).

import type { User } from '@microsoft/microsoft-graph-types';
import { fail, insufficientPrivileges } from './failures';
import type { DirectoryStore } from './store';
import { APPLICATION_WRITER_ROLES, type DirectoryRoleName } from './state';
import { readDemoAccessToken } from './tokens';

export interface Caller {
  oid: string;
  user: User;
  /** Lower-case scope names from the token's `scp`. */
  scopes: ReadonlySet<string>;
  role: DirectoryRoleName | null;
}

/**
 * Every inner list must be satisfied by at least one of its scopes, e.g.
 * [['AppRoleAssignment.ReadWrite.All'], ['Application.Read.All', 'Application.ReadWrite.All']].
 * An empty requirement means any valid token will do.
 */
export type ScopeRequirement = readonly (readonly string[])[];

const INVALID_TOKEN = 'InvalidAuthenticationToken';

export function authenticate(headers: Record<string, string>, store: DirectoryStore): Caller {
  const authorization = headers.authorization ?? '';
  const match = /^Bearer\s+(\S*)\s*$/i.exec(authorization);
  const token = match?.[1] ?? '';
  if (token === '') fail(401, INVALID_TOKEN, 'Access token is empty.');

  const claims = readDemoAccessToken(token);
  if (!claims) fail(401, INVALID_TOKEN, 'Access token validation failed: IDX14100: JWT is not well formed.');
  if (claims.exp * 1000 <= store.now()) {
    fail(401, INVALID_TOKEN, 'Lifetime validation failed, the token is expired.');
  }
  if (claims.tid !== store.state.tenant.id) {
    fail(401, INVALID_TOKEN, 'Access token validation failed: the token was issued for a different tenant.');
  }
  const user = store.state.users.find((candidate) => candidate.id === claims.oid);
  if (!user) fail(401, INVALID_TOKEN, 'Access token validation failed: the user does not exist in this tenant.');

  const scopes = new Set(
    claims.scp
      .split(' ')
      .filter((scope) => scope !== '')
      .map((scope) => scope.toLowerCase()),
  );
  return { oid: claims.oid, user, scopes, role: store.roleOf(claims.oid) };
}

function missingScopes(caller: Caller, requirement: ScopeRequirement): readonly string[] | null {
  for (const anyOf of requirement) {
    if (!anyOf.some((scope) => caller.scopes.has(scope.toLowerCase()))) return anyOf;
  }
  return null;
}

export function requireScopes(caller: Caller, requirement: ScopeRequirement): void {
  if (missingScopes(caller, requirement) !== null) insufficientPrivileges();
}

/**
 * Effective rights = scopes ∩ role (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles): a user without an application-administering
 * role may read but not write; an operation with its own `roles` (the claims policy) needs one of them.
 */
export function requireRole(caller: Caller, operation: { writes: boolean; roles?: ReadonlySet<DirectoryRoleName> }): void {
  const allowed = operation.roles ?? (operation.writes ? APPLICATION_WRITER_ROLES : null);
  if (allowed && (caller.role === null || !allowed.has(caller.role))) insufficientPrivileges();
}

// Scope sets per operation, least privileged first (Graph permission tables for each API).
export const SCOPES = {
  applicationRead: [['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All']],
  applicationWrite: [['Application.ReadWrite.All', 'Directory.ReadWrite.All']],
  appRoleAssignmentWrite: [
    ['AppRoleAssignment.ReadWrite.All'],
    // Without an application read scope Graph reports 403 for assignments (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles).
    ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  ],
  claimsPolicyRead: [['Policy.Read.All', 'Policy.Read.ApplicationConfiguration', 'Policy.ReadWrite.ApplicationConfiguration']],
  claimsPolicyWrite: [['Policy.ReadWrite.ApplicationConfiguration']],
  userRead: [['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All']],
  groupRead: [['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All']],
  me: [['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All']],
  organization: [['User.Read', 'Organization.Read.All', 'Directory.Read.All', 'Organization.ReadWrite.All']],
  anyValidToken: [],
} as const satisfies Record<string, ScopeRequirement>;
