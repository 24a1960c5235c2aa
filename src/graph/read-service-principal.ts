// The reads of a service principal that both the plan (inspectApp) and the summary make: its
// assignments, every page of them, and the certificate Entra signs with. One read each, so the
// review, the check and the summary never see two versions of the same app. Read-only.
import type { AppRoleAssignment, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from './client';
import { readAll } from './odata';
import { withRetry } from './retry';
import { READ_APPS_SCOPES } from '../setup/scopes';
import { activeSigningCertificate, assignedPrincipalsFrom, type AssignedPrincipal, type IssuedSigningCertificate } from '../setup/summary';

/** Every assignment of the app (appRoleAssignedTo), all pages: an app may have more than one page of them. */
export function readAppRoleAssignments(graph: GraphApi, servicePrincipalId: string): Promise<AppRoleAssignment[]> {
  return readAll<AppRoleAssignment>(graph, `/servicePrincipals/${servicePrincipalId}/appRoleAssignedTo`, READ_APPS_SCOPES);
}

/** The users and groups assigned to the app, with their names and object ids. */
export async function readAssignedPrincipals(graph: GraphApi, servicePrincipalId: string): Promise<AssignedPrincipal[]> {
  return assignedPrincipalsFrom(await readAppRoleAssignments(graph, servicePrincipalId));
}

/**
 * The certificate Entra signs with, with its public DER (setup/summary.ts, activeSigningCertificate:
 * the one rule for which key that is). `key` is returned only for a single service principal read
 * with $select=keyCredentials (docs/graph/signing-certificate.md#reading-the-public-certificate-back).
 * null when the app has no certificate whose DER hashes to the preferred thumbprint.
 */
export async function readActiveSigningCertificate(graph: GraphApi, servicePrincipalId: string): Promise<IssuedSigningCertificate | null> {
  const sp = await withRetry(
    () =>
      graph.client
        .api(`/servicePrincipals/${servicePrincipalId}`)
        .select('keyCredentials,preferredTokenSigningKeyThumbprint')
        .middlewareOptions(graph.withScopes(READ_APPS_SCOPES))
        .get() as Promise<ServicePrincipal>,
    { freshObject: false, renewToken: graph.renewToken },
  );
  return activeSigningCertificate(sp.keyCredentials ?? [], sp.preferredTokenSigningKeyThumbprint);
}
