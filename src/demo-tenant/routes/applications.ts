// /applications and /applications/{id}: list, read, update, delete (docs/graph/call-order.md#identifier-and-reply-url, docs/graph/group-claim.md, docs/graph/replication-and-retries.md).

import type { Application } from '@microsoft/microsoft-graph-types';
import { SCOPES } from '../auth';
import { fail, invalidObjectIdentifier, resourceNotFound } from '../failures';
import { isGuid } from '../ids';
import { listCollection, parseSelect, singleEntity } from '../odata/collection';
import type { FilterPropertyKind } from '../odata/filter';
import { REPLICATION_LAG_FAULT } from '../replication';
import { alternateKeyAppId, readJsonObjectBody } from '../request';
import { BOTH_VERSIONS, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';
import { propertyNamesOf, validateEntityPatch } from '../schema';
import type { DirectoryStore } from '../store';
import { mergePatch } from '../patch';

const APPLICATION_PROPERTIES = propertyNamesOf('application');
const SAML_EXEMPTION_LAG_FAULT = 'saml-exemption-lag';
const APPLICATION_TYPE = 'microsoft.graph.application';

const APPLICATION_FILTERS: Record<string, FilterPropertyKind> = {
  id: 'string',
  appId: 'string',
  displayName: 'string',
  identifierUris: 'stringCollection',
  tags: 'stringCollection',
  publisherDomain: 'string',
  signInAudience: 'string',
};

const APPLICATION_READ_ONLY = [
  'id',
  'appId',
  'createdDateTime',
  'deletedDateTime',
  'publisherDomain',
  'applicationTemplateId',
  'createdByAppId',
  'disabledByMicrosoftStatus',
];

const GROUP_MEMBERSHIP_CLAIM_VALUES = new Set(['None', 'SecurityGroup', 'All', 'DirectoryRole', 'ApplicationGroup', 'DistributionGroup']);

/** keyCredentials keep their key only on a single-object GET that $selects keyCredentials (Graph docs). */
export function presentApplication(application: Application, includeKeys = false): Record<string, unknown> {
  const copy = structuredClone(application) as Record<string, unknown> & Application;
  if (!includeKeys) copy.keyCredentials = (copy.keyCredentials ?? []).map((credential) => ({ ...credential, key: null }));
  return copy;
}

/** The application addressed by the URL, or Graph's 404/400, honouring replication lag. */
function applicationFromPath(context: RouteContext, key: string): Application {
  if (alternateKeyAppId(key) === null && !isGuid(key)) invalidObjectIdentifier(key);
  const application = context.store.findApplication(key);
  if (!application?.id) resourceNotFound(alternateKeyAppId(key) ?? key);
  if (context.store.phaseOf(application.id) === 'unreplicated') resourceNotFound(key, REPLICATION_LAG_FAULT);
  return application;
}

function listApplications(context: RouteContext): RouteResult {
  const visible = context.store.state.applications.filter((app) => app.id && context.store.isListed(app.id));
  return listCollection(context.request, visible, {
    entitySet: 'applications',
    typeName: APPLICATION_TYPE,
    properties: APPLICATION_PROPERTIES,
    filterable: APPLICATION_FILTERS,
    searchable: ['displayName', 'description'],
    present: (app) => presentApplication(app),
  });
}

function getApplication(context: RouteContext): RouteResult {
  const application = applicationFromPath(context, requireParam(context, 'id'));
  const selected = parseSelect(context.request, APPLICATION_PROPERTIES, APPLICATION_TYPE);
  return singleEntity(context.request, presentApplication(application, selected?.includes('keyCredentials') ?? false), {
    entitySet: 'applications',
    typeName: APPLICATION_TYPE,
    properties: APPLICATION_PROPERTIES,
  });
}

function invalidValue(property: string): never {
  fail(400, 'Request_BadRequest', `Invalid value specified for property '${property}' of resource 'Application'.`);
}

function parseAbsoluteUri(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function isOnVerifiedDomain(store: DirectoryStore, host: string): boolean {
  const lowerHost = host.toLowerCase();
  return store.state.tenant.verifiedDomains.some((domain) => {
    const name = domain.name?.toLowerCase();
    return !!name && (lowerHost === name || lowerHost.endsWith(`.${name}`));
  });
}

/**
 * identifierUris rules (docs/graph/call-order.md#saml-mode.4): absolute URIs; http(s) hosts must be a verified
 * domain of the tenant unless the app's SP is already in SAML mode (the policy exempts SAML apps,
 * which is why the wizard sets SAML mode first); unique across the tenant's applications.
 */
function checkIdentifierUris(store: DirectoryStore, application: Application, identifierUris: string[]): void {
  const seen = new Set<string>();
  for (const uri of identifierUris) {
    const parsed = parseAbsoluteUri(uri);
    if (!parsed || seen.has(uri.toLowerCase())) invalidValue('identifierUris');
    seen.add(uri.toLowerCase());
  }

  const servicePrincipal = store.servicePrincipalOfApp(application.appId);
  // The exemption can lag behind the SAML-mode PATCH ("first apply fails, second works":
  // Terraform azuread issues #1392, #797): faults.samlExemptionLagMs.
  const exemptionLagging = servicePrincipal?.id !== undefined && store.within(store.samlModeSetAt(servicePrincipal.id), store.faults.samlExemptionLagMs);
  const samlExempt = servicePrincipal?.preferredSingleSignOnMode === 'saml' && !exemptionLagging;
  if (!samlExempt) {
    for (const uri of identifierUris) {
      const parsed = parseAbsoluteUri(uri);
      const isApiScheme = parsed?.protocol === 'api:';
      const isWebOnVerifiedDomain = (parsed?.protocol === 'https:' || parsed?.protocol === 'http:') && isOnVerifiedDomain(store, parsed.hostname);
      if (!isApiScheme && !isWebOnVerifiedDomain) {
        fail(
          400,
          'HostNameNotOnVerifiedDomain',
          `Values of identifierUris property must use a verified domain of the organization or its subdomain: '${uri}'`,
          {
            details: [{ code: 'HostNameNotOnVerifiedDomain', target: 'identifierUris' }],
            ...(exemptionLagging && servicePrincipal?.preferredSingleSignOnMode === 'saml' ? { fault: SAML_EXEMPTION_LAG_FAULT } : {}),
          },
        );
      }
    }
  }

  const taken = store.state.applications.find(
    (other) => other.id !== application.id && (other.identifierUris ?? []).some((existing) => seen.has(existing.toLowerCase())),
  );
  if (taken) {
    fail(400, 'Request_BadRequest', 'Another object with the same value for property identifierUris already exists.', {
      details: [{ code: 'ObjectConflict', target: 'identifierUris' }],
    });
  }
}

function checkRedirectUris(redirectUris: string[]): void {
  if (redirectUris.length > 256) invalidValue('web.redirectUris');
  for (const uri of redirectUris) {
    const parsed = parseAbsoluteUri(uri);
    const isLocalhost = parsed?.hostname === 'localhost' || parsed?.hostname === '127.0.0.1';
    const allowedScheme = parsed?.protocol === 'https:' || (parsed?.protocol === 'http:' && isLocalhost);
    if (!parsed || !allowedScheme || uri.length > 256) invalidValue('web.redirectUris');
  }
}

function checkGroupMembershipClaims(value: string | null): void {
  if (value === null) return;
  const parts = value.split(/[,\s]+/).filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => !GROUP_MEMBERSHIP_CLAIM_VALUES.has(part))) {
    invalidValue('groupMembershipClaims');
  }
}

function checkApplicationPatch(store: DirectoryStore, application: Application, patch: Partial<Application>): void {
  if ('displayName' in patch && (typeof patch.displayName !== 'string' || patch.displayName.trim() === '' || patch.displayName.length > 256)) {
    invalidValue('displayName');
  }
  if (patch.identifierUris) checkIdentifierUris(store, application, patch.identifierUris);
  if (patch.web?.redirectUris) checkRedirectUris(patch.web.redirectUris);
  if ('groupMembershipClaims' in patch) checkGroupMembershipClaims(patch.groupMembershipClaims ?? null);
}

function syncServicePrincipal(store: DirectoryStore, application: Application, patch: Partial<Application>): void {
  const servicePrincipal = store.servicePrincipalOfApp(application.appId);
  if (!servicePrincipal) return;
  if (patch.identifierUris) servicePrincipal.servicePrincipalNames = [application.appId ?? '', ...(application.identifierUris ?? [])];
  if (patch.web?.redirectUris) servicePrincipal.replyUrls = [...(application.web?.redirectUris ?? [])];
}

function updateApplication(context: RouteContext): RouteResult {
  const application = applicationFromPath(context, requireParam(context, 'id'));
  const body = readJsonObjectBody(context.request);
  validateEntityPatch(body, 'application', APPLICATION_READ_ONLY);
  if (application.id && context.store.phaseOf(application.id) === 'settling') {
    fail(409, 'Directory_ConcurrencyViolation', 'Error due to concurrent requests being made to the tenant. Please wait briefly and retry.', {
      fault: REPLICATION_LAG_FAULT,
    });
  }
  const patch = body as Partial<Application>;
  checkApplicationPatch(context.store, application, patch);
  mergePatch(application, body);
  syncServicePrincipal(context.store, application, patch);
  return { status: 204 };
}

function deleteApplication(context: RouteContext): RouteResult {
  const application = applicationFromPath(context, requireParam(context, 'id'));
  context.store.removeApplication(application);
  return { status: 204 };
}

export const applicationRoutes: RouteDefinition[] = [
  {
    versions: BOTH_VERSIONS,
    pattern: '/applications',
    operations: { GET: { scopes: SCOPES.applicationRead, writes: false, handle: listApplications } },
  },
  {
    versions: BOTH_VERSIONS,
    pattern: '/applications/{id}',
    operations: {
      GET: { scopes: SCOPES.applicationRead, writes: false, handle: getApplication },
      PATCH: { scopes: SCOPES.applicationWrite, writes: true, handle: updateApplication },
      DELETE: { scopes: SCOPES.applicationWrite, writes: true, handle: deleteApplication },
    },
  },
];
