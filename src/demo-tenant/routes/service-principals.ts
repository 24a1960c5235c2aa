// /servicePrincipals and /servicePrincipals/{id}: list, read, update, delete
// (docs/graph/call-order.md#saml-mode, docs/graph/signing-certificate.md, docs/graph/call-order.md#expiry-notifications).

import type { ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { SCOPES } from '../auth';
import { fail, insufficientPrivileges, invalidObjectIdentifier, resourceNotFound } from '../failures';
import { isGuid } from '../ids';
import { listCollection, parseSelect, singleEntity } from '../odata/collection';
import type { FilterPropertyKind } from '../odata/filter';
import { REPLICATION_LAG_FAULT } from '../replication';
import { alternateKeyAppId, readJsonObjectBody } from '../request';
import { BOTH_VERSIONS, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';
import { propertyNamesOf, validateEntityPatch } from '../schema';
import { mergePatch } from '../patch';
import type { DirectoryStore } from '../store';

const SERVICE_PRINCIPAL_PROPERTIES = propertyNamesOf('servicePrincipal');
const SERVICE_PRINCIPAL_TYPE = 'microsoft.graph.servicePrincipal';

const SERVICE_PRINCIPAL_FILTERS: Record<string, FilterPropertyKind> = {
  id: 'string',
  appId: 'string',
  displayName: 'string',
  tags: 'stringCollection',
  servicePrincipalNames: 'stringCollection',
  preferredSingleSignOnMode: 'string',
  servicePrincipalType: 'string',
  accountEnabled: 'boolean',
  appOwnerOrganizationId: 'string',
};

const SERVICE_PRINCIPAL_READ_ONLY = [
  'id',
  'appId',
  'appDisplayName',
  'appOwnerOrganizationId',
  'applicationTemplateId',
  'createdByAppId',
  'deletedDateTime',
  'servicePrincipalType',
  'signInAudience',
];

const SINGLE_SIGN_ON_MODES = new Set(['password', 'saml', 'notSupported', 'oidc']);
const EMAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * What a read shows: keys carry their DER only on a single-object GET that $selects keyCredentials
 * (Graph docs), and a certificate added less than faults.keyCredentialsLagMs ago is not shown at
 * all (docs/graph/replication-and-retries.md#ambiguous-answers: its keys "can take several minutes" to appear, per Terraform's provider).
 */
export function presentServicePrincipal(servicePrincipal: ServicePrincipal, includeKeys = false, store?: DirectoryStore): Record<string, unknown> {
  const copy = structuredClone(servicePrincipal) as Record<string, unknown> & ServicePrincipal;
  if (store) {
    copy.keyCredentials = (copy.keyCredentials ?? []).filter((credential) => !store.isKeyHidden(credential.keyId));
    copy.passwordCredentials = (copy.passwordCredentials ?? []).filter((credential) => !store.isKeyHidden(credential.keyId));
  }
  if (!includeKeys) copy.keyCredentials = (copy.keyCredentials ?? []).map((credential) => ({ ...credential, key: null }));
  return copy;
}

/** The service principal addressed by the URL, or Graph's 404/400, honouring replication lag. */
export function servicePrincipalFromPath(context: RouteContext, key: string): ServicePrincipal {
  if (alternateKeyAppId(key) === null && !isGuid(key)) invalidObjectIdentifier(key);
  const servicePrincipal = context.store.findServicePrincipal(key);
  if (!servicePrincipal?.id) resourceNotFound(alternateKeyAppId(key) ?? key);
  if (context.store.phaseOf(servicePrincipal.id) === 'unreplicated') resourceNotFound(key, REPLICATION_LAG_FAULT);
  return servicePrincipal;
}

/**
 * Writes to a service principal that has not finished replicating meet the misleading 403 real
 * tenants give (docs/graph/replication-and-retries.md#failure-modes), after the 404 of the 'unreplicated' window.
 */
export function servicePrincipalForWrite(context: RouteContext, key: string): ServicePrincipal {
  const servicePrincipal = servicePrincipalFromPath(context, key);
  if (servicePrincipal.id && context.store.phaseOf(servicePrincipal.id) === 'settling') {
    insufficientPrivileges(REPLICATION_LAG_FAULT);
  }
  return servicePrincipal;
}

function listServicePrincipals(context: RouteContext): RouteResult {
  const visible = context.store.state.servicePrincipals.filter((sp) => sp.id && context.store.isListed(sp.id));
  return listCollection(context.request, visible, {
    entitySet: 'servicePrincipals',
    typeName: SERVICE_PRINCIPAL_TYPE,
    properties: SERVICE_PRINCIPAL_PROPERTIES,
    filterable: SERVICE_PRINCIPAL_FILTERS,
    searchable: ['displayName', 'description', 'appDisplayName'],
    present: (sp) => presentServicePrincipal(sp, false, context.store),
  });
}

function getServicePrincipal(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalFromPath(context, requireParam(context, 'id'));
  const selected = parseSelect(context.request, SERVICE_PRINCIPAL_PROPERTIES, SERVICE_PRINCIPAL_TYPE);
  const includeKeys = selected?.includes('keyCredentials') ?? false;
  return singleEntity(context.request, presentServicePrincipal(servicePrincipal, includeKeys, context.store), {
    entitySet: 'servicePrincipals',
    typeName: SERVICE_PRINCIPAL_TYPE,
    properties: SERVICE_PRINCIPAL_PROPERTIES,
  });
}

function invalidValue(property: string): never {
  fail(400, 'Request_BadRequest', `Invalid value specified for property '${property}' of resource 'ServicePrincipal'.`);
}

function isAbsoluteUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function checkServicePrincipalPatch(patch: Partial<ServicePrincipal>): void {
  if ('preferredSingleSignOnMode' in patch) {
    const mode = patch.preferredSingleSignOnMode;
    if (mode !== null && (mode === undefined || !SINGLE_SIGN_ON_MODES.has(mode))) invalidValue('preferredSingleSignOnMode');
  }
  if (patch.notificationEmailAddresses?.some((address) => !EMAIL_ADDRESS.test(address))) {
    invalidValue('notificationEmailAddresses');
  }
  if ('displayName' in patch && (typeof patch.displayName !== 'string' || patch.displayName.trim() === '')) {
    invalidValue('displayName');
  }
  for (const property of ['loginUrl', 'logoutUrl', 'homepage'] as const) {
    const value = patch[property];
    if (value !== undefined && value !== null && !isAbsoluteUrl(value)) invalidValue(property);
  }
  // preferredTokenSigningKeyThumbprint is stored as given: Graph does not check that it matches a
  // certificate of the SP (docs/graph/signing-certificate.md#activate-the-certificate), so neither does the demo tenant.
}

function updateServicePrincipal(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalForWrite(context, requireParam(context, 'id'));
  const body = readJsonObjectBody(context.request);
  validateEntityPatch(body, 'servicePrincipal', SERVICE_PRINCIPAL_READ_ONLY);
  checkServicePrincipalPatch(body as Partial<ServicePrincipal>);
  const becomesSaml = body.preferredSingleSignOnMode === 'saml' && servicePrincipal.preferredSingleSignOnMode !== 'saml';
  mergePatch(servicePrincipal, body);
  if (becomesSaml && servicePrincipal.id) context.store.markSamlModeSet(servicePrincipal.id);
  return { status: 204 };
}

function deleteServicePrincipal(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalFromPath(context, requireParam(context, 'id'));
  // Reported on SP deletes of SAML apps (docs/graph/replication-and-retries.md#deleting-the-app): delete the application instead.
  if (servicePrincipal.preferredSingleSignOnMode === 'saml') {
    fail(400, 'DeletingSamlSpNotAllowed', 'Deleting the service principal of a SAML application is not allowed. Delete the application object instead.');
  }
  context.store.removeServicePrincipal(servicePrincipal);
  return { status: 204 };
}

export const servicePrincipalRoutes: RouteDefinition[] = [
  {
    versions: BOTH_VERSIONS,
    pattern: '/servicePrincipals',
    operations: { GET: { scopes: SCOPES.applicationRead, writes: false, handle: listServicePrincipals } },
  },
  {
    versions: BOTH_VERSIONS,
    pattern: '/servicePrincipals/{id}',
    operations: {
      GET: { scopes: SCOPES.applicationRead, writes: false, handle: getServicePrincipal },
      PATCH: { scopes: SCOPES.applicationWrite, writes: true, handle: updateServicePrincipal },
      DELETE: { scopes: SCOPES.applicationWrite, writes: true, handle: deleteServicePrincipal },
    },
  },
];
