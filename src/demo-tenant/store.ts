// Look-ups and bookkeeping over DirectoryState that several route groups share.

import type { Application, Group, ServicePrincipal, User } from '@microsoft/microsoft-graph-types';
import { alternateKeyAppId } from './request';
import { replicationPhase, type ReplicationPhase } from './replication';
import type { DemoTenantFaults } from './faults';
import type { DirectoryRoleName, DirectoryState } from './state';

/** The fault switches routes consult (a live view: the tenant's `faults`). */
export type StoreFaults = Pick<
  DemoTenantFaults,
  'replicationLagMs' | 'assignmentReferenceLag' | 'samlExemptionLagMs' | 'keyCredentialsLagMs' | 'claimsPolicyAbsent'
>;

export type Principal =
  | { kind: 'User'; id: string; displayName: string; user: User }
  | { kind: 'Group'; id: string; displayName: string; group: Group }
  | { kind: 'ServicePrincipal'; id: string; displayName: string; servicePrincipal: ServicePrincipal };

export class DirectoryStore {
  readonly state: DirectoryState;
  private readonly clock: () => number;
  private readonly switches: () => StoreFaults;

  constructor(state: DirectoryState, clock: () => number, faults: () => StoreFaults) {
    this.state = state;
    this.clock = clock;
    this.switches = faults;
  }

  now(): number {
    return this.clock();
  }

  get faults(): StoreFaults {
    return this.switches();
  }

  private lagMs(): number {
    return this.switches().replicationLagMs;
  }

  /** Whether `at` (tenant clock) lies less than `lagMs` in the past. */
  within(at: number | undefined, lagMs: number): boolean {
    return at !== undefined && lagMs > 0 && this.clock() - at < lagMs;
  }

  /** When preferredSingleSignOnMode last became 'saml' on this SP (absent: seeded, or never). */
  samlModeSetAt(servicePrincipalId: string): number | undefined {
    return this.state.samlModeSetAt?.[servicePrincipalId];
  }

  markSamlModeSet(servicePrincipalId: string): void {
    (this.state.samlModeSetAt ??= {})[servicePrincipalId] = this.clock();
  }

  markKeysAdded(keyIds: readonly string[]): void {
    const addedAt = (this.state.keysAddedAt ??= {});
    for (const keyId of keyIds) addedAt[keyId] = this.clock();
  }

  /** Key ids added so recently that reads do not show them yet (faults.keyCredentialsLagMs). */
  isKeyHidden(keyId: string | null | undefined): boolean {
    return !!keyId && this.within(this.state.keysAddedAt?.[keyId], this.faults.keyCredentialsLagMs);
  }

  phaseOf(objectId: string): ReplicationPhase {
    return replicationPhase(this.state.createdAt[objectId], this.clock(), this.lagMs());
  }

  phaseSince(timestamp: number): ReplicationPhase {
    return replicationPhase(timestamp, this.clock(), this.lagMs());
  }

  /** Collection queries only see objects once they have fully replicated. */
  isListed(objectId: string): boolean {
    return this.phaseOf(objectId) === 'replicated';
  }

  markCreated(objectId: string): void {
    this.state.createdAt[objectId] = this.clock();
  }

  /** By object id, or by the alternate key `(appId='…')`. Never by appId alone. */
  findApplication(key: string): Application | undefined {
    const appId = alternateKeyAppId(key);
    if (appId !== null) return this.state.applications.find((app) => app.appId === appId);
    return this.state.applications.find((app) => app.id === key);
  }

  findServicePrincipal(key: string): ServicePrincipal | undefined {
    const appId = alternateKeyAppId(key);
    if (appId !== null) return this.state.servicePrincipals.find((sp) => sp.appId === appId);
    return this.state.servicePrincipals.find((sp) => sp.id === key);
  }

  servicePrincipalOfApp(appId: string | null | undefined): ServicePrincipal | undefined {
    if (!appId) return undefined;
    return this.state.servicePrincipals.find((sp) => sp.appId === appId);
  }

  applicationOfServicePrincipal(servicePrincipal: ServicePrincipal): Application | undefined {
    return this.state.applications.find((app) => app.appId === servicePrincipal.appId);
  }

  /** Users are addressable by object id or userPrincipalName, as in Graph. */
  findUser(idOrUserPrincipalName: string): User | undefined {
    const key = idOrUserPrincipalName.toLowerCase();
    return this.state.users.find((user) => user.id === key || user.userPrincipalName?.toLowerCase() === key);
  }

  findGroup(id: string): Group | undefined {
    return this.state.groups.find((group) => group.id === id);
  }

  findPrincipal(id: string): Principal | undefined {
    const user = this.state.users.find((candidate) => candidate.id === id);
    if (user) return { kind: 'User', id, displayName: user.displayName ?? '', user };
    const group = this.findGroup(id);
    if (group) return { kind: 'Group', id, displayName: group.displayName ?? '', group };
    const servicePrincipal = this.state.servicePrincipals.find((sp) => sp.id === id);
    if (servicePrincipal) {
      return { kind: 'ServicePrincipal', id, displayName: servicePrincipal.displayName ?? '', servicePrincipal };
    }
    return undefined;
  }

  roleOf(userId: string): DirectoryRoleName | null {
    return this.state.directoryRoles[userId] ?? null;
  }

  removeServicePrincipal(servicePrincipal: ServicePrincipal): void {
    const spId = servicePrincipal.id;
    this.state.servicePrincipals = this.state.servicePrincipals.filter((sp) => sp.id !== spId);
    this.state.appRoleAssignments = this.state.appRoleAssignments.filter((assignment) => assignment.resourceId !== spId && assignment.principalId !== spId);
    if (spId) {
      delete this.state.claimsPolicies[spId];
      delete this.state.createdAt[spId];
    }
  }

  /** Graph soft-deletes applications; the demo removes the app, its SP, assignments and policy. */
  removeApplication(application: Application): void {
    const servicePrincipal = this.servicePrincipalOfApp(application.appId);
    if (servicePrincipal) this.removeServicePrincipal(servicePrincipal);
    this.state.applications = this.state.applications.filter((app) => app.id !== application.id);
    if (application.id) delete this.state.createdAt[application.id];
  }
}
