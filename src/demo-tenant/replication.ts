// Replication lag (docs/graph/replication-and-retries.md#replication-lag), as a deterministic function of the tenant clock so tests can
// reproduce it by advancing a fake clock.
//
// For `lagMs` after an object (application, service principal, app role assignment, claims policy
// write) is created, with e = time since creation:
//
//   e < lagMs/2          'unreplicated': the replica answering does not know the object yet.
//                        GET/PATCH/DELETE by id → 404 Request_ResourceNotFound; its sub-resources → 404.
//   lagMs/2 ≤ e < lagMs  'settling': reads by id succeed, but writes meet the misleading answers
//                        real tenants give: PATCH of a service principal (and its certificate and
//                        claims policy writes) → 403 Authorization_RequestDenied; PATCH of an
//                        application → 409; POST appRoleAssignedTo on the new SP → 400
//                        "... does not reference a valid application object".
//   e ≥ lagMs            'replicated': everything works.
//
// List queries ($filter/$search on collections, GET appRoleAssignedTo) only show an object once it
// is 'replicated' (the indexes are eventually consistent), and a claims policy GET keeps returning
// the previous policy until the write is 'replicated'. A client that polls a GET until it succeeds
// and then writes once therefore still fails here, as it does against Entra: writes must be retried.

export type ReplicationPhase = 'unreplicated' | 'settling' | 'replicated';

export const REPLICATION_LAG_FAULT = 'replication-lag';

export function replicationPhase(createdAt: number | undefined, now: number, lagMs: number): ReplicationPhase {
  if (createdAt === undefined || lagMs <= 0) return 'replicated';
  const elapsed = now - createdAt;
  if (elapsed >= lagMs) return 'replicated';
  return elapsed < lagMs / 2 ? 'unreplicated' : 'settling';
}
