// Reads for the summary when the journal does not have a value (a re-run that issued no
// certificate, a run after Start over): the active signing certificate and the assignments, from
// the service principal. Read-only.
import type { AppRoleAssignment, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from './client';
import type { Listing } from './odata';
import { withRetry } from './retry';
import { READ_APPS_SCOPES } from '../setup/scopes';
import { activeSigningCertificate, assignedPrincipalsFrom, type AssignedPrincipal, type IssuedSigningCertificate } from '../setup/summary';

function read<T>(graph: GraphApi, path: string, select?: string): Promise<T> {
  return withRetry(
    () => {
      const request = graph.client.api(path).middlewareOptions(graph.withScopes(READ_APPS_SCOPES));
      return (select ? request.select(select) : request).get() as Promise<T>;
    },
    { freshObject: false, renewToken: graph.renewToken },
  );
}

/**
 * The certificate Entra signs with, with its public DER. `key` is returned only for a single
 * service principal read with $select=keyCredentials (a list, or a read without $select, gives
 * null): servicePrincipal resource, keyCredentials property, learn.microsoft.com/graph/api/resources/serviceprincipal.
 * null when the app has no active certificate whose DER hashes to the preferred thumbprint.
 */
export async function readActiveSigningCertificate(graph: GraphApi, servicePrincipalId: string): Promise<IssuedSigningCertificate | null> {
  const sp = await read<ServicePrincipal>(graph, `/servicePrincipals/${servicePrincipalId}`, 'keyCredentials,preferredTokenSigningKeyThumbprint');
  return activeSigningCertificate(sp.keyCredentials ?? [], sp.preferredTokenSigningKeyThumbprint);
}

/** The users and groups assigned to the app (appRoleAssignedTo), with their names and object ids. */
export async function readAssignedPrincipals(graph: GraphApi, servicePrincipalId: string): Promise<AssignedPrincipal[]> {
  const assignments = await read<Listing<AppRoleAssignment>>(graph, `/servicePrincipals/${servicePrincipalId}/appRoleAssignedTo`);
  return assignedPrincipalsFrom(assignments.value);
}
