// SAML claim names as Microsoft Entra ID emits them, and the names it refuses for custom claims.

import type { GroupClaim, IdentityClaim, UserSourceAttribute } from './types';

/**
 * Entra's default "Attributes & Claims" for a non-gallery SAML app include this claim with source
 * `user.mail` (learn.microsoft.com/entra/identity-platform/saml-claims-customization, "default
 * claims"; claim URI in learn.microsoft.com/entra/identity-platform/reference-saml-tokens).
 * With the default identity claim this is the "identity claim type" the Trend Micro SSO profile needs.
 */
export const DEFAULT_IDENTITY_CLAIM_NAME = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';

/** The name under which Entra emits group object ids unless renamed (reference-saml-tokens, "Groups"). */
export const DEFAULT_GROUP_CLAIM_NAME = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups';

/** The other claims in Entra's default SAML claim set, besides the e-mail address and the NameID. */
const DEFAULT_SAML_CLAIM_NAMES: readonly string[] = [
  DEFAULT_IDENTITY_CLAIM_NAME,
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
];

/**
 * "Table 2: SAML restricted claim set" of Microsoft's claims customization reference
 * (learn.microsoft.com/entra/identity-platform/reference-claims-customization): claim types a
 * policy cannot emit, so Graph rejects a custom claim with one of these names (docs/graph/claims-policy.md#claims-policy).
 */
const RESTRICTED_SAML_CLAIM_NAMES: readonly string[] = [
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/expiration',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/expired',
  'http://schemas.microsoft.com/identity/claims/accesstoken',
  'http://schemas.microsoft.com/identity/claims/openid2_id',
  'http://schemas.microsoft.com/identity/claims/identityprovider',
  'http://schemas.microsoft.com/identity/claims/objectidentifier',
  'http://schemas.microsoft.com/identity/claims/puid',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier',
  'http://schemas.microsoft.com/identity/claims/tenantid',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationinstant',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod',
  'http://schemas.microsoft.com/accesscontrolservice/2010/07/claims/identityprovider',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  'http://schemas.microsoft.com/claims/groups.link',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/wids',
  'http://schemas.microsoft.com/2014/09/devicecontext/claims/iscompliant',
  'http://schemas.microsoft.com/2014/02/devicecontext/claims/isknown',
  'http://schemas.microsoft.com/2012/01/devicecontext/claims/ismanaged',
  'http://schemas.microsoft.com/2014/03/psso',
  'http://schemas.microsoft.com/claims/authnmethodsreferences',
  'http://schemas.xmlsoap.org/ws/2009/09/identity/claims/actor',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/samlissuername',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/confirmationkey',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsaccountname',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/primarygroupsid',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/primarysid',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/authorizationdecision',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/authentication',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/sid',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/denyonlyprimarygroupsid',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/denyonlyprimarysid',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/denyonlysid',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/denyonlywindowsdevicegroup',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsdeviceclaim',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsdevicegroup',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsfqbnversion',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowssubauthority',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsuserclaim',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/x500distinguishedname',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/groupsid',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/spn',
  'http://schemas.microsoft.com/ws/2008/06/identity/claims/ispersistent',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/privatepersonalidentifier',
  'http://schemas.microsoft.com/identity/claims/scope',
];

const RESTRICTED_LOWER_CASE = new Set(RESTRICTED_SAML_CLAIM_NAMES.map((name) => name.toLowerCase()));

/** Claim types are URIs; Entra compares them without regard to case, so this does too. */
export function isRestrictedClaimName(name: string): boolean {
  return RESTRICTED_LOWER_CASE.has(name.toLowerCase());
}

export function isDefaultSamlClaimName(name: string): boolean {
  const lowerCase = name.toLowerCase();
  return DEFAULT_SAML_CLAIM_NAMES.some((defaultName) => defaultName.toLowerCase() === lowerCase);
}

// A Record keyed by the type makes the compiler reject a missing attribute; key order is the
// order the picker shows.
const USER_SOURCE_ATTRIBUTE_TABLE: Record<UserSourceAttribute, true> = {
  mail: true,
  userprincipalname: true,
  givenname: true,
  surname: true,
  displayname: true,
  objectid: true,
  employeeid: true,
  onpremisessamaccountname: true,
  extensionattribute1: true,
  extensionattribute2: true,
  extensionattribute3: true,
  extensionattribute4: true,
  extensionattribute5: true,
  extensionattribute6: true,
  extensionattribute7: true,
  extensionattribute8: true,
  extensionattribute9: true,
  extensionattribute10: true,
  extensionattribute11: true,
  extensionattribute12: true,
  extensionattribute13: true,
  extensionattribute14: true,
  extensionattribute15: true,
};

export const USER_SOURCE_ATTRIBUTES = Object.keys(USER_SOURCE_ATTRIBUTE_TABLE) as readonly UserSourceAttribute[];

/** How the Entra admin center names a source attribute: `user.mail`. An identifier, never translated. */
export function sourceAttributeName(attribute: string): string {
  return `user.${attribute}`;
}

/** The claim name the Trend Micro SSO profile must use as its identity claim type. */
export function identityClaimName(claim: IdentityClaim): string {
  return claim.kind === 'default' ? DEFAULT_IDENTITY_CLAIM_NAME : claim.name;
}

/** The claim name the Trend Micro SSO profile must use as its group claim type, if any. */
export function groupClaimName(claim: GroupClaim): string | undefined {
  switch (claim.kind) {
    case 'none':
      return undefined;
    case 'default-name':
      return DEFAULT_GROUP_CLAIM_NAME;
    case 'custom-name':
      return claim.name;
  }
}
