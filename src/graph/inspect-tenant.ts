// Reads what the tenant already has, so the plan writes only what is missing or different and a
// re-run never creates a second app. The identifier is unique per tenant (docs/graph/call-order.md#identifier-and-reply-url), so
// an app carrying it is the one to update.
import { odataString, type Listing } from './odata';
import type { Application, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import type { GraphApi } from './client';
import { GraphOperationError, withRetry } from './retry';
import { READ_APPS_SCOPES, CLAIMS_POLICY_SCOPES } from '../setup/scopes';
import type { ObservedApp } from '../setup/plan';
import { userRoleIdOf } from './operations/run-operation';
import { readClaimsPolicy, readCustomClaims } from './operations/claims-policy';
import { readAppRoleAssignments } from './read-service-principal';
import { activeSigningCertificate } from '../setup/summary';

export const APP_FIELDS = 'id,appId,displayName,identifierUris,web,groupMembershipClaims';

export async function findAppsByIdentifier(graph: GraphApi, identifier: string): Promise<Application[]> {
  const found = await withRetry(
    () =>
      graph.client
        .api('/applications')
        .filter(`identifierUris/any(x:x eq ${odataString(identifier)})`)
        .select(APP_FIELDS)
        .middlewareOptions(graph.withScopes(READ_APPS_SCOPES))
        .get() as Promise<Listing<Application>>,
    { freshObject: false, renewToken: graph.renewToken },
  );
  return found.value;
}

export async function findAppsByName(graph: GraphApi, displayName: string): Promise<Application[]> {
  const found = await withRetry(
    () =>
      graph.client
        .api('/applications')
        .filter(`displayName eq ${odataString(displayName)}`)
        .select(APP_FIELDS)
        .middlewareOptions(graph.withScopes(READ_APPS_SCOPES))
        .get() as Promise<Listing<Application>>,
    { freshObject: false, renewToken: graph.renewToken },
  );
  return found.value;
}

/**
 * The app by object id; undefined if deleted. `justCreated` (the default: the wizard made it moments
 * ago): a 404 is waited out as replication lag for up to a minute first.
 */
export async function findAppById(graph: GraphApi, applicationId: string, { justCreated = true } = {}): Promise<Application | undefined> {
  try {
    return await withRetry(
      () =>
        graph.client
          .api(`/applications/${applicationId}`)
          .select(APP_FIELDS)
          .middlewareOptions(graph.withScopes(READ_APPS_SCOPES))
          .get() as Promise<Application>,
      justCreated
        ? { freshObject: true, renewToken: graph.renewToken, policy: { firstDelayMs: 1000, maxDelayMs: 10_000, budgetMs: 60_000 } }
        : { freshObject: false, renewToken: graph.renewToken },
    );
  } catch (error) {
    if (error instanceof GraphOperationError && error.failure.status === 404) return undefined;
    throw error;
  }
}

/** Everything the plan compares, for the app found by the identifier. */
export async function inspectApp(graph: GraphApi, app: Application, options: { readClaims: boolean; now: Date }): Promise<ObservedApp | null> {
  if (!app.id || !app.appId) return null;
  const read = <T>(path: string, scopes: readonly string[]) =>
    withRetry(() => graph.client.api(path).middlewareOptions(graph.withScopes(scopes)).get() as Promise<T>, {
      freshObject: false,
      renewToken: graph.renewToken,
    });
  // One read of the service principal, by its appId (alternate key, docs/graph/identities-scopes-roles.md):
  // a single-object read returns the keyCredentials' `key`, which the certificate rule hashes
  // (docs/graph/signing-certificate.md#reading-the-public-certificate-back) by the summary's rule
  // (setup/summary.ts, activeSigningCertificate). 404: no service principal.
  const sp = await read<ServicePrincipal>(
    `/servicePrincipals(appId=${odataString(app.appId)})?$select=id,appRoles,appRoleAssignmentRequired,preferredSingleSignOnMode,notificationEmailAddresses,preferredTokenSigningKeyThumbprint,keyCredentials`,
    READ_APPS_SCOPES,
  ).catch((error: unknown) => {
    if (error instanceof GraphOperationError && error.failure.status === 404) return undefined;
    throw error;
  });
  if (!sp?.id) return null;
  const [signingCertificate, assignments, policy] = await Promise.all([
    activeSigningCertificate(sp.keyCredentials ?? [], sp.preferredTokenSigningKeyThumbprint),
    readAppRoleAssignments(graph, sp.id),
    // A 404 is "no policy" (readClaimsPolicy), never replication: this app is not new.
    // A 403 is the claims policy's alone: reading it needs Application Administrator or Global Reader
    // (a Cloud Application Administrator is refused), so the rest stands and the caller says so.
    options.readClaims
      ? withRetry(() => readClaimsPolicy(graph, `/servicePrincipals/${sp.id}/claimsPolicy`, CLAIMS_POLICY_SCOPES), {
          freshObject: false,
          renewToken: graph.renewToken,
        }).catch((error: unknown) => {
          if (error instanceof GraphOperationError && error.failure.status === 403) return 'forbidden' as const;
          throw error;
        })
      : undefined,
  ]);
  const unread = policy === 'forbidden';
  const readPolicy = policy === 'forbidden' ? undefined : policy;
  const typedPolicy = readPolicy as CustomClaimsPolicy | null | undefined;
  const userRoleId = userRoleIdOf(sp.appRoles) ?? null;
  const userAssignments = assignments.filter((a) => a.appRoleId === userRoleId && a.principalId);
  return {
    applicationId: app.id,
    appId: app.appId,
    servicePrincipalId: sp.id,
    displayName: app.displayName ?? '',
    identifierUris: app.identifierUris ?? [],
    redirectUris: app.web?.redirectUris ?? [],
    groupMembershipClaims: app.groupMembershipClaims ?? null,
    preferredSingleSignOnMode: sp.preferredSingleSignOnMode ?? null,
    notificationEmailAddresses: sp.notificationEmailAddresses ?? [],
    preferredTokenSigningKeyThumbprint: sp.preferredTokenSigningKeyThumbprint ?? null,
    // Active: the certificate the preferred thumbprint names has not ended yet.
    hasActiveSigningCertificate: signingCertificate ? new Date(signingCertificate.endDateTime) > options.now : false,
    signingCertificateExpiresAt: signingCertificate?.endDateTime ?? null,
    // false unless switched on; the non-gallery template switches it on (docs/graph/call-order.md#instantiate).
    appRoleAssignmentRequired: sp.appRoleAssignmentRequired === true,
    userRoleId,
    assignedPrincipalIds: userAssignments.map((a) => a.principalId as string),
    assignedPrincipalNames: Object.fromEntries(userAssignments.map((a) => [a.principalId as string, a.principalDisplayName ?? (a.principalId as string)])),
    customClaims: typedPolicy ? readCustomClaims(typedPolicy) : readPolicy === null ? [] : null,
    includeBasicClaimSet: typedPolicy ? typedPolicy.includeBasicClaimSet === true : null,
    ...(readPolicy !== undefined ? { claimsPolicy: readPolicy } : {}),
    ...(unread ? { claimsPolicyUnread: true as const } : {}),
  };
}
