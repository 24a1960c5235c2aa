// beta /servicePrincipals/{id}/claimsPolicy: the custom claims policy behind the portal's
// "Attributes & Claims" blade (graph-saml.md §1.6). Not in v1.0 at all.

import { CLAIMS_POLICY_READER_ROLES, CLAIMS_POLICY_WRITER_ROLES } from '../state';
import type { CustomClaim, CustomClaimsPolicy, SourcedAttribute } from '@microsoft/microsoft-graph-types-beta';
import { SCOPES } from '../auth';
import { fail } from '../failures';
import { REPLICATION_LAG_FAULT } from '../replication';
import { GRAPH_ORIGIN, readJsonObjectBody } from '../request';
import { BETA_ONLY, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';
import type { StoredClaimsPolicy } from '../state';
import { servicePrincipalForWrite, servicePrincipalFromPath } from './servicePrincipals';

/** User attribute ids a sourcedAttribute with source "user" may name. */
export const USER_SOURCE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'mail',
  'userprincipalname',
  'givenname',
  'surname',
  'displayname',
  'objectid',
  'employeeid',
  'onpremisessamaccountname',
  'onpremisesuserprincipalname',
  'onpremisessecurityidentifier',
  'netbiosname',
  'dnsdomainname',
  'department',
  'jobtitle',
  'companyname',
  'city',
  'country',
  'state',
  'streetaddress',
  'postalcode',
  'telephonenumber',
  'mobilephone',
  'othermail',
  'proxyaddresses',
  'preferredlanguage',
  'usertype',
  ...Array.from({ length: 15 }, (_, i) => `extensionattribute${i + 1}`),
]);

/** Claims Entra will not let a policy emit (the restricted claim set), compared case-insensitively. */
const RESTRICTED_CLAIM_NAMES: ReadonlySet<string> = new Set(
  [
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/wids',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/upn',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
    'http://schemas.microsoft.com/identity/claims/tenantid',
    'http://schemas.microsoft.com/identity/claims/objectidentifier',
    'http://schemas.microsoft.com/identity/claims/identityprovider',
    'http://schemas.microsoft.com/claims/authnmethodsreferences',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationinstant',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod',
    'aud', 'iss', 'iat', 'nbf', 'exp', 'sub', 'tid', 'oid', 'upn', 'roles', 'groups', 'wids',
    'scp', 'appid', 'azp', 'amr', 'acr', 'ver', 'nonce', 'uti', 'rh', 'idp',
  ].map((name) => name.toLowerCase()),
);

const TOKEN_FORMATS = new Set(['saml', 'jwt']);
const SAML_ATTRIBUTE_NAME_FORMATS = new Set(['unspecified', 'uri', 'basic']);
const POLICY_PROPERTIES = new Set(['id', 'includeBasicClaimSet', 'includeApplicationIdInIssuer', 'audienceOverride', 'claims']);
const CLAIM_PROPERTIES = new Set(['name', 'namespace', 'tokenFormat', 'samlAttributeNameFormat', 'configurations']);
const CONFIGURATION_PROPERTIES = new Set(['attribute', 'condition', 'transformations']);

/**
 * Judgement call, documented: for a service principal that never had a policy written, GET
 * answers 200 with the documented defaults (includeBasicClaimSet false, no claims) rather than
 * 404, because Microsoft describes the policy as a singleton that always exists ("create or
 * replace" is PUT) and the wizard must GET before PUT (graph-saml.md §1.6).
 */
function defaultPolicy(servicePrincipalId: string): CustomClaimsPolicy {
  return {
    id: servicePrincipalId,
    includeBasicClaimSet: false,
    includeApplicationIdInIssuer: true,
    audienceOverride: null,
    claims: [],
  };
}

function invalid(message: string): never {
  fail(400, 'Request_BadRequest', message);
}

function unknownProperty(name: string, typeName: string): never {
  fail(
    400,
    'BadRequest',
    `The property '${name}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );
}

function checkKnownProperties(value: Record<string, unknown>, allowed: ReadonlySet<string>, typeName: string): void {
  for (const name of Object.keys(value)) {
    if (!name.startsWith('@') && !allowed.has(name)) unknownProperty(name, typeName);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateAttribute(attribute: unknown, claimName: string): SourcedAttribute {
  if (!isObject(attribute)) invalid(`Claim '${claimName}': each configuration needs an attribute.`);
  if (attribute['@odata.type'] !== '#microsoft.graph.sourcedAttribute') {
    invalid(`Claim '${claimName}': attribute must have "@odata.type": "#microsoft.graph.sourcedAttribute".`);
  }
  checkKnownProperties(attribute, new Set(['id', 'source', 'isExtensionAttribute']), 'sourcedAttribute');
  const { id, source, isExtensionAttribute } = attribute;
  if (source !== 'user') invalid(`Claim '${claimName}': only the source 'user' is supported for sourced attributes.`);
  if (typeof id !== 'string') invalid(`Claim '${claimName}': the attribute id is required.`);
  const isDirectoryExtension = isExtensionAttribute === true && /^extension_[0-9a-f]{32}_\w+$/i.test(id);
  if (!isDirectoryExtension && !USER_SOURCE_ATTRIBUTES.has(id.toLowerCase())) {
    invalid(`Claim '${claimName}': '${id}' is not a valid attribute id for source 'user'.`);
  }
  if (isExtensionAttribute !== undefined && typeof isExtensionAttribute !== 'boolean') {
    invalid(`Claim '${claimName}': isExtensionAttribute must be a boolean.`);
  }
  return attribute as SourcedAttribute;
}

function fullClaimName(claim: Record<string, unknown>): string {
  const name = String(claim.name);
  return typeof claim.namespace === 'string' && claim.namespace !== '' ? `${claim.namespace.replace(/\/$/, '')}/${name}` : name;
}

function validateClaim(claim: unknown): CustomClaim {
  if (!isObject(claim)) invalid('Each claim must be an object.');
  if (claim['@odata.type'] !== '#microsoft.graph.customClaim') {
    // Without the type annotation the claim reads as the abstract base type, which has no name.
    if ('name' in claim) unknownProperty('name', 'customClaimBase');
    invalid('Each claim must have "@odata.type": "#microsoft.graph.customClaim".');
  }
  checkKnownProperties(claim, CLAIM_PROPERTIES, 'customClaim');
  const { name, namespace, tokenFormat, samlAttributeNameFormat, configurations } = claim;
  if (typeof name !== 'string' || name.trim() === '') invalid('Each claim needs a non-empty name.');
  if (namespace !== undefined && namespace !== null && typeof namespace !== 'string') invalid(`Claim '${name}': namespace must be a string or null.`);
  const qualifiedName = fullClaimName(claim);
  if (RESTRICTED_CLAIM_NAMES.has(qualifiedName.toLowerCase())) {
    invalid(`The claim '${qualifiedName}' is in the restricted claim set and cannot be customized.`);
  }
  if (!Array.isArray(tokenFormat) || tokenFormat.length === 0 || tokenFormat.some((format) => !TOKEN_FORMATS.has(String(format)))) {
    invalid(`Claim '${name}': tokenFormat must list 'saml' and/or 'jwt'.`);
  }
  if (samlAttributeNameFormat !== undefined && samlAttributeNameFormat !== null && !SAML_ATTRIBUTE_NAME_FORMATS.has(String(samlAttributeNameFormat))) {
    invalid(`Claim '${name}': samlAttributeNameFormat must be unspecified, uri or basic.`);
  }
  if (!Array.isArray(configurations) || configurations.length === 0) invalid(`Claim '${name}': at least one configuration is required.`);
  for (const configuration of configurations) {
    if (!isObject(configuration)) invalid(`Claim '${name}': each configuration must be an object.`);
    checkKnownProperties(configuration, CONFIGURATION_PROPERTIES, 'customClaimConfiguration');
    validateAttribute(configuration.attribute, name);
    if (configuration.condition !== undefined && configuration.condition !== null && !isObject(configuration.condition)) {
      invalid(`Claim '${name}': condition must be an object or null.`);
    }
    if (configuration.transformations !== undefined && configuration.transformations !== null && !Array.isArray(configuration.transformations)) {
      invalid(`Claim '${name}': transformations must be an array.`);
    }
  }
  return structuredClone(claim) as CustomClaim;
}

function validatePolicyBody(body: Record<string, unknown>): Partial<CustomClaimsPolicy> {
  if (body['@odata.type'] !== undefined && body['@odata.type'] !== '#microsoft.graph.customClaimsPolicy') {
    fail(400, 'BadRequest', `A type named '${String(body['@odata.type']).replace(/^#/, '')}' could not be resolved by the model.`);
  }
  checkKnownProperties(body, POLICY_PROPERTIES, 'customClaimsPolicy');
  const policy: Partial<CustomClaimsPolicy> = {};
  for (const flag of ['includeBasicClaimSet', 'includeApplicationIdInIssuer'] as const) {
    const value = body[flag];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'boolean') invalid(`'${flag}' must be a boolean.`);
    policy[flag] = value;
  }
  if (body.audienceOverride !== undefined) {
    const audience = body.audienceOverride;
    if (audience !== null && (typeof audience !== 'string' || !URL.canParse(audience))) {
      invalid("'audienceOverride' must be an absolute URI.");
    }
    policy.audienceOverride = audience;
  }
  if (body.claims !== undefined) {
    if (!Array.isArray(body.claims)) invalid("'claims' must be an array of customClaim.");
    const claims = body.claims.map(validateClaim);
    const names = new Set<string>();
    for (const claim of claims) {
      const key = fullClaimName(claim as Record<string, unknown>).toLowerCase();
      if (names.has(key)) invalid(`The claim '${claim.name ?? ''}' is defined more than once.`);
      names.add(key);
    }
    policy.claims = claims;
  }
  return policy;
}

/** What readers see: the previous policy until the last write has replicated. */
function visiblePolicy(
  context: RouteContext,
  servicePrincipalId: string,
  stored: StoredClaimsPolicy | undefined,
): { policy: CustomClaimsPolicy; stale: boolean } {
  if (!stored) return { policy: defaultPolicy(servicePrincipalId), stale: false };
  if (context.store.phaseSince(stored.updatedAt) !== 'replicated') {
    return { policy: stored.previous ?? defaultPolicy(servicePrincipalId), stale: true };
  }
  return { policy: stored.current, stale: false };
}

function getClaimsPolicy(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalFromPath(context, requireParam(context, 'id'));
  const spId = servicePrincipal.id ?? '';
  const { policy, stale } = visiblePolicy(context, spId, context.store.state.claimsPolicies[spId]);
  if (stale) context.markFault(REPLICATION_LAG_FAULT);
  return {
    status: 200,
    body: {
      '@odata.context': `${GRAPH_ORIGIN}/beta/$metadata#servicePrincipals('${spId}')/claimsPolicy/$entity`,
      ...policy,
    },
  };
}

function writeClaimsPolicy(context: RouteContext, mode: 'replace' | 'update'): RouteResult {
  const servicePrincipal = servicePrincipalForWrite(context, requireParam(context, 'id'));
  const spId = servicePrincipal.id ?? '';
  const changes = validatePolicyBody(readJsonObjectBody(context.request));
  const stored = context.store.state.claimsPolicies[spId];
  const seenByReaders = visiblePolicy(context, spId, stored).policy;
  const base = mode === 'replace' ? defaultPolicy(spId) : structuredClone(stored?.current ?? defaultPolicy(spId));
  const current: CustomClaimsPolicy = { ...base, ...changes, id: spId };
  context.store.state.claimsPolicies[spId] = {
    current,
    previous: stored ? seenByReaders : null,
    updatedAt: context.store.now(),
  };
  // Microsoft's pages disagree on 201 vs 204 for PUT (graph-saml.md §1.6); the demo answers 204.
  return { status: 204 };
}

export const claimsPolicyRoutes: RouteDefinition[] = [
  {
    versions: BETA_ONLY,
    pattern: '/servicePrincipals/{id}/claimsPolicy',
    operations: {
      GET: { scopes: SCOPES.claimsPolicyRead, writes: false, roles: CLAIMS_POLICY_READER_ROLES, handle: getClaimsPolicy },
      PUT: { scopes: SCOPES.claimsPolicyWrite, writes: true, roles: CLAIMS_POLICY_WRITER_ROLES, handle: (context) => writeClaimsPolicy(context, 'replace') },
      PATCH: { scopes: SCOPES.claimsPolicyWrite, writes: true, roles: CLAIMS_POLICY_WRITER_ROLES, handle: (context) => writeClaimsPolicy(context, 'update') },
    },
  },
];
