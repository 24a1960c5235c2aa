import { describe, expect, it } from 'vitest';
import { groupClaimName, identityClaimName, isDefaultSamlClaimName, isRestrictedClaimName, USER_SOURCE_ATTRIBUTES } from './claims';

describe('claim names for the Trend Micro SSO profile', () => {
  it('names the default identity claim as Entra emits user.mail', () => {
    expect(identityClaimName({ kind: 'default' })).toBe('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress');
    expect(identityClaimName({ kind: 'custom', name: 'euc_email', sourceAttribute: 'mail' })).toBe('euc_email');
  });

  it('names the group claim only when there is one', () => {
    expect(groupClaimName({ kind: 'none' })).toBeUndefined();
    expect(groupClaimName({ kind: 'default-name', groups: 'SecurityGroup' })).toBe('http://schemas.microsoft.com/ws/2008/06/identity/claims/groups');
    expect(groupClaimName({ kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' })).toBe('euc_group');
  });
});

describe('restricted and default claim names', () => {
  it.each([
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
    'HTTP://SCHEMAS.MICROSOFT.COM/IDENTITY/CLAIMS/TENANTID',
  ])('treats %s as restricted', (name) => {
    expect(isRestrictedClaimName(name)).toBe(true);
  });

  it.each(['euc_email', 'upn', 'groups', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'])(
    'lets %s be used for a custom claim',
    (name) => {
      expect(isRestrictedClaimName(name)).toBe(false);
    },
  );

  it('knows the default SAML claims besides the name identifier', () => {
    expect(isDefaultSamlClaimName('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/Surname')).toBe(true);
    expect(isDefaultSamlClaimName('euc_group')).toBe(false);
  });
});

describe('USER_SOURCE_ATTRIBUTES', () => {
  it('lists the user attributes docs/graph/claims-policy.md#claims-policy allows, in picker order', () => {
    expect(USER_SOURCE_ATTRIBUTES).toEqual([
      'mail',
      'userprincipalname',
      'givenname',
      'surname',
      'displayname',
      'objectid',
      'employeeid',
      'onpremisessamaccountname',
      'extensionattribute1',
      'extensionattribute2',
      'extensionattribute3',
      'extensionattribute4',
      'extensionattribute5',
      'extensionattribute6',
      'extensionattribute7',
      'extensionattribute8',
      'extensionattribute9',
      'extensionattribute10',
      'extensionattribute11',
      'extensionattribute12',
      'extensionattribute13',
      'extensionattribute14',
      'extensionattribute15',
    ]);
  });
});
