// The demo directory: everything the tenant knows, as plain JSON (the browser adapter keeps it in
// sessionStorage between reloads). Graph-shaped objects are stored exactly as Graph returns them.

import type { Application, AppRoleAssignment, Group, ServicePrincipal, User, VerifiedDomain } from '@microsoft/microsoft-graph-types';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';

export type DirectoryRoleName =
  'Global Administrator' | 'Cloud Application Administrator' | 'Application Administrator' | 'Global Reader' | 'User Administrator';

/** Roles whose holders may create and configure enterprise applications (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles). */
export const APPLICATION_WRITER_ROLES: ReadonlySet<DirectoryRoleName> = new Set<DirectoryRoleName>([
  'Global Administrator',
  'Cloud Application Administrator',
  'Application Administrator',
]);

/**
 * The custom claims policy is stricter (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles; Graph's customClaimsPolicy pages): reading
 * it needs Global Reader or Application Administrator, writing it Application Administrator, as
 * least privileged roles. A Cloud Application Administrator is refused both.
 */
export const CLAIMS_POLICY_READER_ROLES: ReadonlySet<DirectoryRoleName> = new Set<DirectoryRoleName>([
  'Global Administrator',
  'Application Administrator',
  'Global Reader',
]);
export const CLAIMS_POLICY_WRITER_ROLES: ReadonlySet<DirectoryRoleName> = new Set<DirectoryRoleName>(['Global Administrator', 'Application Administrator']);

interface DemoTenantInfo {
  id: string;
  displayName: string;
  verifiedDomains: VerifiedDomain[];
  createdDateTime: string;
  /** Group assignment to enterprise apps needs Entra ID P1/P2 (docs/graph/assignments.md#assign-a-user-or-group). */
  hasEntraIdP1: boolean;
}

/**
 * A service principal's custom claims policy. `previous` is what readers still see until the
 * write has replicated (see replication.ts); null means "the default policy".
 */
export interface StoredClaimsPolicy {
  current: CustomClaimsPolicy;
  previous: CustomClaimsPolicy | null;
  updatedAt: number;
}

export const DIRECTORY_STATE_VERSION = 1;

export interface DirectoryState {
  schemaVersion: typeof DIRECTORY_STATE_VERSION;
  tenant: DemoTenantInfo;
  users: User[];
  groups: Group[];
  /** group id → member object ids (users or groups; nested groups are not expanded). */
  groupMembers: Record<string, string[]>;
  /** user id → directory role; a user absent here has no role. */
  directoryRoles: Record<string, DirectoryRoleName>;
  applications: Application[];
  /** keyCredentials keep their `key` (base64 DER) here; reads hide it as Graph does. */
  servicePrincipals: ServicePrincipal[];
  appRoleAssignments: AppRoleAssignment[];
  /** service principal id → its custom claims policy (beta `claimsPolicy`). */
  claimsPolicies: Record<string, StoredClaimsPolicy>;
  /** object id → tenant clock (ms) when it was created; drives replication lag. Seeded objects: absent. */
  createdAt: Record<string, number>;
  /** service principal id → when preferredSingleSignOnMode last became 'saml' (faults.samlExemptionLagMs). */
  samlModeSetAt?: Record<string, number>;
  /** keyCredential keyId → when addTokenSigningCertificate added it (faults.keyCredentialsLagMs). */
  keysAddedAt?: Record<string, number>;
}

export function cloneState(state: DirectoryState): DirectoryState {
  return JSON.parse(JSON.stringify(state)) as DirectoryState;
}

export function isDirectoryState(value: unknown): value is DirectoryState {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<DirectoryState>;
  return (
    candidate.schemaVersion === DIRECTORY_STATE_VERSION &&
    typeof candidate.tenant?.id === 'string' &&
    Array.isArray(candidate.users) &&
    Array.isArray(candidate.groups) &&
    Array.isArray(candidate.applications) &&
    Array.isArray(candidate.servicePrincipals) &&
    Array.isArray(candidate.appRoleAssignments) &&
    typeof candidate.groupMembers === 'object' &&
    typeof candidate.directoryRoles === 'object' &&
    typeof candidate.claimsPolicies === 'object' &&
    typeof candidate.createdAt === 'object'
  );
}
