import { describe, expect, it } from 'vitest';
import { entraAppLinks, summaryAsText, summaryValues } from './summary';
import type { Answers } from './types';

const TENANT_ID = '5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59';
const APP_ID = '00001111-aaaa-2222-bbbb-3333cccc4444';
const SERVICE_PRINCIPAL_ID = '11112222-bbbb-3333-cccc-4444dddd5555';

const answers: Answers = {
  appName: 'Trend Micro Email Security End User Console',
  principals: [{ id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', kind: 'group', displayName: 'EUC users' }],
  region: 'eu',
  cmpId: 'tmes-7k3q9x2m',
  identityClaim: { kind: 'default' },
  groupClaim: { kind: 'none' },
  certificate: {
    notificationEmails: ['admin@contoso.com'],
    validityYears: 3,
    commonName: 'Microsoft Azure Federated SSO Certificate',
  },
};

const certificate = {
  thumbprint: '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
  endDateTime: '2028-04-30T10:00:00Z',
  key: 'MAA=',
};

describe('summaryValues', () => {
  it('lists every value the Trend Micro SSO profile needs, in order', () => {
    expect(summaryValues({ tenantId: TENANT_ID, appId: APP_ID, answers, certificate })).toEqual([
      { id: 'loginUrl', label: 'Login URL', value: 'https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/saml2' },
      { id: 'logoutUrl', label: 'Logout URL', value: 'https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/saml2' },
      { id: 'entraIdentifier', label: 'Microsoft Entra Identifier', value: 'https://sts.windows.net/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/' },
      { id: 'identifier', label: 'Identifier (Entity ID)', value: 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin' },
      {
        id: 'replyUrl',
        label: 'Reply URL (Assertion Consumer Service URL)',
        value: 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m',
      },
      { id: 'cmpId', label: 'Unique identifier', value: 'tmes-7k3q9x2m' },
      {
        id: 'identityClaimName',
        label: 'Identity claim name',
        value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      },
      {
        id: 'federationMetadataUrl',
        label: 'App Federation Metadata Url',
        value:
          'https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/federationmetadata/2007-06/federationmetadata.xml?appid=00001111-aaaa-2222-bbbb-3333cccc4444',
      },
      { id: 'certificateThumbprint', label: 'Certificate thumbprint', value: '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567' },
      { id: 'certificateExpiry', label: 'Certificate expiry', value: '2028-04-30T10:00:00Z' },
    ]);
  });

  it('uses the custom identity claim’s name, and Entra’s default group claim name', () => {
    const values = summaryValues({
      tenantId: TENANT_ID,
      appId: APP_ID,
      answers: {
        ...answers,
        identityClaim: { kind: 'custom', name: 'euc_email', sourceAttribute: 'extensionattribute3' },
        groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
      },
    });
    expect(values.filter((value) => value.id.endsWith('ClaimName'))).toEqual([
      { id: 'identityClaimName', label: 'Identity claim name', value: 'euc_email' },
      { id: 'groupClaimName', label: 'Group claim name', value: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups' },
    ]);
  });

  it('flags a custom group claim name as still needing the Entra admin center', () => {
    const values = summaryValues({
      tenantId: TENANT_ID,
      appId: APP_ID,
      answers: { ...answers, groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'ApplicationGroup' } },
    });
    expect(values.find((value) => value.id === 'groupClaimName')).toEqual({
      id: 'groupClaimName',
      label: 'Group claim name',
      value: 'euc_group',
      needsPortalStep: true,
    });
  });

  it('leaves out the certificate lines until a certificate exists', () => {
    const ids = summaryValues({ tenantId: TENANT_ID, appId: APP_ID, answers }).map((value) => value.id);
    expect(ids).toEqual([
      'loginUrl',
      'logoutUrl',
      'entraIdentifier',
      'identifier',
      'replyUrl',
      'cmpId',
      'identityClaimName',
      'federationMetadataUrl',
    ]);
  });

  it.each([
    ['a tenant id that is a domain name', { tenantId: 'contoso.onmicrosoft.com', appId: APP_ID }],
    ['an empty tenant id', { tenantId: '', appId: APP_ID }],
    ['an app id with a query string', { tenantId: TENANT_ID, appId: `${APP_ID}&x=1` }],
  ])('refuses %s', (_case, ids) => {
    expect(() => summaryValues({ ...ids, answers })).toThrow(RangeError);
  });
});

describe('summaryAsText', () => {
  it('writes one label: value line per value', () => {
    const values = summaryValues({
      tenantId: TENANT_ID,
      appId: APP_ID,
      answers: { ...answers, groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' } },
      certificate,
    });
    expect(summaryAsText(values)).toBe(
      [
        'Login URL: https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/saml2',
        'Logout URL: https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/saml2',
        'Microsoft Entra Identifier: https://sts.windows.net/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/',
        'Identifier (Entity ID): https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin',
        'Reply URL (Assertion Consumer Service URL): https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m',
        'Unique identifier: tmes-7k3q9x2m',
        'Identity claim name: http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        'Group claim name: euc_group (set this name in the Entra admin center)',
        'App Federation Metadata Url: https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/federationmetadata/2007-06/federationmetadata.xml?appid=00001111-aaaa-2222-bbbb-3333cccc4444',
        'Certificate thumbprint: 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
        'Certificate expiry: 2028-04-30T10:00:00Z',
      ].join('\n'),
    );
  });
});

describe('entraAppLinks', () => {
  it('links to the enterprise app’s overview and its single sign-on blade', () => {
    expect(entraAppLinks({ tenantId: TENANT_ID, appId: APP_ID, servicePrincipalId: SERVICE_PRINCIPAL_ID })).toEqual({
      overview:
        'https://entra.microsoft.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/11112222-bbbb-3333-cccc-4444dddd5555/appId/00001111-aaaa-2222-bbbb-3333cccc4444',
      singleSignOn:
        'https://entra.microsoft.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/11112222-bbbb-3333-cccc-4444dddd5555/appId/00001111-aaaa-2222-bbbb-3333cccc4444/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/',
    });
  });

  it('refuses a service principal id that is not a GUID', () => {
    expect(() => entraAppLinks({ tenantId: TENANT_ID, appId: APP_ID, servicePrincipalId: '../evil' })).toThrow(RangeError);
  });
});
