// beta /servicePrincipals/{id}/claimsPolicy: the custom claims policy behind the portal's
// "Attributes & Claims" blade (docs/graph/claims-policy.md#claims-policy). Not in v1.0 at all.

import { CLAIMS_POLICY_READER_ROLES, CLAIMS_POLICY_WRITER_ROLES } from '../state';
import type { CustomClaim, CustomClaimBase, CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import { SCOPES } from '../auth';
import { fail } from '../failures';
import { REPLICATION_LAG_FAULT } from '../replication';
import { GRAPH_ORIGIN, readJsonObjectBody } from '../request';
import { BETA_ONLY, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';
import type { StoredClaimsPolicy } from '../state';
import { servicePrincipalForWrite, servicePrincipalFromPath } from './service-principals';

/** User attribute ids a sourcedAttribute with source "user" may name. */
const USER_SOURCE_ATTRIBUTES: ReadonlySet<string> = new Set([
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
    'aud',
    'iss',
    'iat',
    'nbf',
    'exp',
    'sub',
    'tid',
    'oid',
    'upn',
    'roles',
    'groups',
    'wids',
    'scp',
    'appid',
    'azp',
    'amr',
    'acr',
    'ver',
    'nonce',
    'uti',
    'rh',
    'idp',
  ].map((name) => name.toLowerCase()),
);

const CLAIMS_POLICY_ABSENT_FAULT = 'claims-policy-absent';

const TOKEN_FORMATS = new Set(['saml', 'jwt']);
const SAML_ATTRIBUTE_NAME_FORMATS = new Set(['unspecified', 'uri', 'basic']);
const NAME_ID_FORMATS = new Set(['default', 'unspecified', 'emailAddress', 'windowsDomainQualifiedName', 'persistent']);
const CONDITION_USER_TYPES = new Set(['any', 'members', 'allGuests', 'aadGuests', 'externalGuests']);
const POLICY_PROPERTIES = new Set(['id', 'includeBasicClaimSet', 'includeApplicationIdInIssuer', 'audienceOverride', 'claims']);
const CLAIM_PROPERTIES = new Set(['name', 'namespace', 'tokenFormat', 'samlAttributeNameFormat', 'configurations']);
const NAME_ID_CLAIM_PROPERTIES = new Set(['nameIdFormat', 'serviceProviderNameQualifier', 'configurations']);
const CONFIGURATION_PROPERTIES = new Set(['attribute', 'condition', 'transformations']);

/**
 * The transformations of the beta schema (CustomClaimTransformation's subtypes in
 * @microsoft/microsoft-graph-types-beta) and their properties, so a policy made in the portal (which
 * uses them) can be sent back unchanged while an unknown property is still refused.
 */
const TRANSFORMATION_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  containsTransformation: ['input', 'output', 'value'],
  endsWithTransformation: ['input', 'output', 'value'],
  startsWithTransformation: ['input', 'output', 'value'],
  extractAlphaTransformation: ['input', 'type'],
  extractNumberTransformation: ['input', 'type'],
  extractMailPrefixTransformation: ['input'],
  extractTransformation: ['input', 'type', 'value', 'value2'],
  ifEmptyTransformation: ['input', 'output'],
  ifNotEmptyTransformation: ['input', 'output'],
  joinTransformation: ['input', 'input2', 'separator'],
  regexReplaceTransformation: ['input', 'additionalAttributes', 'regex', 'replacement'],
  substringTransformation: ['input', 'index', 'length'],
  toLowercaseTransformation: ['input'],
  toUppercaseTransformation: ['input'],
  trimTransformation: ['input', 'type', 'value'],
};

/**
 * Judgement call, documented (docs/decisions/012-real-tenant-faults.md): what GET answers for a
 * service principal that never had a policy written is not documented (docs/graph/replication-and-retries.md#ambiguous-answers).
 * By default ('empty-policy') it answers 200 with the documented defaults, as Microsoft describes
 * the policy as a singleton ("create or replace" is PUT); faults.claimsPolicyAbsent = 'not-found'
 * answers 404 instead.
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

function typeNameOf(value: Record<string, unknown>): string | undefined {
  const type = value['@odata.type'];
  return typeof type === 'string' ? type.replace(/^#?microsoft\.graph\./, '') : undefined;
}

function validateSourcedAttribute(attribute: Record<string, unknown>, claimName: string): void {
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
}

/** A sourcedAttribute (a user attribute) or a valueBasedAttribute (a constant), as the portal writes them. */
function validateAttribute(attribute: unknown, claimName: string): void {
  if (!isObject(attribute)) invalid(`Claim '${claimName}': each configuration needs an attribute.`);
  const type = typeNameOf(attribute);
  if (type === 'sourcedAttribute') return validateSourcedAttribute(attribute, claimName);
  if (type === 'valueBasedAttribute') {
    checkKnownProperties(attribute, new Set(['value']), 'valueBasedAttribute');
    if (typeof attribute.value !== 'string' || attribute.value === '') invalid(`Claim '${claimName}': a valueBasedAttribute needs a non-empty value.`);
    return;
  }
  invalid(`Claim '${claimName}': attribute must have "@odata.type": "#microsoft.graph.sourcedAttribute" or "#microsoft.graph.valueBasedAttribute".`);
}

function validateTransformationAttribute(value: unknown, claimName: string, property: string): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) invalid(`Claim '${claimName}': '${property}' must be a transformationAttribute.`);
  checkKnownProperties(value, new Set(['attribute', 'treatAsMultiValue']), 'transformationAttribute');
  validateAttribute(value.attribute, claimName);
  if (value.treatAsMultiValue !== undefined && typeof value.treatAsMultiValue !== 'boolean') {
    invalid(`Claim '${claimName}': treatAsMultiValue must be a boolean.`);
  }
}

function validateTransformation(transformation: unknown, claimName: string): void {
  if (!isObject(transformation)) invalid(`Claim '${claimName}': each transformation must be an object.`);
  const type = typeNameOf(transformation);
  const properties = type === undefined ? undefined : TRANSFORMATION_PROPERTIES[type];
  if (type === undefined || properties === undefined) {
    fail(
      400,
      'BadRequest',
      `A type named '${String(transformation['@odata.type'] ?? 'microsoft.graph.customClaimTransformation').replace(/^#/, '')}' could not be resolved by the model.`,
    );
  }
  checkKnownProperties(transformation, new Set(properties), type);
  for (const property of ['input', 'input2', 'output'] as const) validateTransformationAttribute(transformation[property], claimName, property);
}

function validateCondition(condition: unknown, claimName: string): void {
  if (condition === undefined || condition === null) return;
  if (!isObject(condition)) invalid(`Claim '${claimName}': condition must be an object or null.`);
  checkKnownProperties(condition, new Set(['memberOf', 'userType']), 'customClaimCondition');
  const { memberOf, userType } = condition;
  if (memberOf !== undefined && memberOf !== null && (!Array.isArray(memberOf) || memberOf.some((id) => typeof id !== 'string'))) {
    invalid(`Claim '${claimName}': memberOf must be a list of group ids.`);
  }
  if (userType !== undefined && userType !== null && !CONDITION_USER_TYPES.has(String(userType))) {
    invalid(`Claim '${claimName}': '${String(userType)}' is not a valid userType.`);
  }
}

function validateConfigurations(configurations: unknown, claimName: string): void {
  if (!Array.isArray(configurations) || configurations.length === 0) invalid(`Claim '${claimName}': at least one configuration is required.`);
  for (const configuration of configurations) {
    if (!isObject(configuration)) invalid(`Claim '${claimName}': each configuration must be an object.`);
    checkKnownProperties(configuration, CONFIGURATION_PROPERTIES, 'customClaimConfiguration');
    const { transformations } = configuration;
    // With transformations the attribute may come from the first transformation's input instead.
    if (configuration.attribute !== undefined && configuration.attribute !== null) validateAttribute(configuration.attribute, claimName);
    else if (!Array.isArray(transformations) || transformations.length === 0) invalid(`Claim '${claimName}': each configuration needs an attribute.`);
    validateCondition(configuration.condition, claimName);
    if (transformations !== undefined && transformations !== null) {
      if (!Array.isArray(transformations)) invalid(`Claim '${claimName}': transformations must be an array.`);
      for (const transformation of transformations) validateTransformation(transformation, claimName);
    }
  }
}

function fullClaimName(claim: Record<string, unknown>): string {
  const name = String(claim.name);
  return typeof claim.namespace === 'string' && claim.namespace !== '' ? `${claim.namespace.replace(/\/$/, '')}/${name}` : name;
}

/** The SAML NameID claim the portal's "Unique User Identifier (Name ID)" row writes. */
function validateNameIdClaim(claim: Record<string, unknown>): CustomClaimBase {
  checkKnownProperties(claim, NAME_ID_CLAIM_PROPERTIES, 'samlNameIdClaim');
  const { nameIdFormat, serviceProviderNameQualifier } = claim;
  if (nameIdFormat !== undefined && nameIdFormat !== null && !NAME_ID_FORMATS.has(String(nameIdFormat))) {
    invalid(`'${String(nameIdFormat)}' is not a valid nameIdFormat.`);
  }
  if (serviceProviderNameQualifier !== undefined && serviceProviderNameQualifier !== null && typeof serviceProviderNameQualifier !== 'string') {
    invalid('serviceProviderNameQualifier must be a string or null.');
  }
  validateConfigurations(claim.configurations, 'NameID');
  return structuredClone(claim) as CustomClaimBase;
}

function validateClaim(claim: unknown): CustomClaimBase {
  if (!isObject(claim)) invalid('Each claim must be an object.');
  const type = typeNameOf(claim);
  if (type === 'samlNameIdClaim') return validateNameIdClaim(claim);
  if (type !== 'customClaim') {
    // Without the type annotation the claim reads as the abstract base type, which has no name.
    if ('name' in claim) unknownProperty('name', 'customClaimBase');
    invalid('Each claim must have "@odata.type": "#microsoft.graph.customClaim" (or "#microsoft.graph.samlNameIdClaim").');
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
  validateConfigurations(configurations, name);
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
    for (const claim of claims as Record<string, unknown>[]) {
      const key = typeNameOf(claim) === 'samlNameIdClaim' ? '#nameid' : fullClaimName(claim).toLowerCase();
      if (names.has(key)) invalid(`The claim '${key === '#nameid' ? 'NameID' : String(claim.name)}' is defined more than once.`);
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
  const stored = context.store.state.claimsPolicies[spId];
  const { policy, stale } = visiblePolicy(context, spId, stored);
  if (stale) context.markFault(REPLICATION_LAG_FAULT);
  // No policy ever written (or the first write not replicated yet): 404 when the tenant is set to.
  const neverHadOne = !stored || (stale && stored.previous === null);
  if (neverHadOne && context.store.faults.claimsPolicyAbsent === 'not-found') {
    // UNCONFIRMED wording (docs/graph/replication-and-retries.md#ambiguous-answers): Graph's not-found answer for a navigation target.
    fail(404, 'Request_ResourceNotFound', `Resource '${spId}' does not exist or one of its queried reference-property objects are not present.`, {
      fault: stale ? REPLICATION_LAG_FAULT : CLAIMS_POLICY_ABSENT_FAULT,
    });
  }
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
  // Microsoft's pages disagree on 201 vs 204 for PUT (docs/graph/claims-policy.md#claims-policy); the demo answers 204.
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
