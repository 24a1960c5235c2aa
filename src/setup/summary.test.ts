import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answersAsApplied,
  activeSigningCertificate,
  assignedPrincipalsFrom,
  entraAppLinks,
  summaryAsText,
  summaryHeadline,
  summarySources,
  summaryValues,
  testSignInUrl,
  type SigningKeyCredential,
  type SummaryValue,
} from './summary';
import type { Answers } from './types';
import { loadLanguage } from '../i18n/i18n';
import { en } from '../testing/english';

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
      { id: 'loginUrl', value: 'https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/saml2' },
      { id: 'logoutUrl', value: 'https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/saml2' },
      { id: 'entraIdentifier', value: 'https://sts.windows.net/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/' },
      { id: 'identifier', value: 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin' },
      {
        id: 'replyUrl',

        value: 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m',
      },
      { id: 'cmpId', value: 'tmes-7k3q9x2m' },
      {
        id: 'identityClaimName',

        value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      },
      {
        id: 'federationMetadataUrl',

        value:
          'https://login.microsoftonline.com/5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59/federationmetadata/2007-06/federationmetadata.xml?appid=00001111-aaaa-2222-bbbb-3333cccc4444',
      },
      { id: 'certificateThumbprint', value: '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567' },
      { id: 'certificateExpiry', value: '2028-04-30T10:00:00Z' },
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
      { id: 'identityClaimName', value: 'euc_email' },
      { id: 'groupClaimName', value: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups' },
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

      value: 'euc_group',
      needsPortalStep: true,
    });
  });

  it('leaves out the certificate lines until a certificate exists', () => {
    const ids = summaryValues({ tenantId: TENANT_ID, appId: APP_ID, answers }).map((value) => value.id);
    expect(ids).toEqual(['loginUrl', 'logoutUrl', 'entraIdentifier', 'identifier', 'replyUrl', 'cmpId', 'identityClaimName', 'federationMetadataUrl']);
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
  it('writes one label: value line per value', async () => {
    const values = summaryValues({
      tenantId: TENANT_ID,
      appId: APP_ID,
      answers: { ...answers, groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' } },
      certificate,
    });
    // The summary page's own words: its English catalogue.
    await loadLanguage('en');
    const english = ({ id, value, needsPortalStep }: SummaryValue) =>
      en(needsPortalStep ? 'summary.textLineNeedsPortalStep' : 'summary.textLine', { label: en(`summary.labels.${id}`), value });
    expect(summaryAsText(values, english)).toBe(
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

// ---- on every path ------------------------------------------------------------------------------

/** A self-signed certificate like addTokenSigningCertificate's, as base64 DER, with its SHA-1. */
async function selfSigned(commonName: string): Promise<{ der: string; thumbprint: string }> {
  await import('reflect-metadata'); // tsyringe, under @peculiar/x509, needs it
  const x509 = await import('@peculiar/x509');
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = await crypto.subtle.generateKey(algorithm, false, ['sign', 'verify']);
  const generated = await x509.X509CertificateGenerator.createSelfSigned(
    { name: `CN=${commonName}`, notBefore: new Date('2025-05-01T00:00:00Z'), notAfter: new Date('2028-04-30T00:00:00Z'), signingAlgorithm: algorithm, keys },
    crypto,
  );
  const bytes = Buffer.from(generated.rawData);
  return { der: bytes.toString('base64'), thumbprint: createHash('sha1').update(bytes).digest('hex').toUpperCase() };
}

const hexAsBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

describe('activeSigningCertificate', () => {
  let active: { der: string; thumbprint: string };
  let old: { der: string; thumbprint: string };
  beforeAll(async () => {
    active = await selfSigned('Microsoft Azure Federated SSO Certificate');
    old = await selfSigned('Old certificate');
  });

  const verify = (der: string | null, thumbprint: string, endDateTime = '2028-04-30T00:00:00Z'): SigningKeyCredential => ({
    usage: 'Verify',
    key: der,
    customKeyIdentifier: hexAsBase64(thumbprint),
    endDateTime,
  });

  it('picks the Verify key whose DER hashes to the preferred thumbprint, among older and Sign keys', async () => {
    const keys: SigningKeyCredential[] = [
      { usage: 'Sign', key: null, customKeyIdentifier: hexAsBase64(active.thumbprint), endDateTime: '2028-04-30T00:00:00Z' },
      verify(old.der, old.thumbprint, '2030-01-01T00:00:00Z'),
      verify(active.der, active.thumbprint),
    ];
    expect(await activeSigningCertificate(keys, active.thumbprint)).toEqual({
      thumbprint: active.thumbprint,
      endDateTime: '2028-04-30T00:00:00Z',
      key: active.der,
    });
  });

  it('needs no customKeyIdentifier, and accepts a lower-case thumbprint', async () => {
    const keys = [{ ...verify(active.der, active.thumbprint), customKeyIdentifier: null }];
    expect((await activeSigningCertificate(keys, active.thumbprint.toLowerCase()))?.thumbprint).toBe(active.thumbprint);
  });

  it('accepts a customKeyIdentifier written as the hex text of the thumbprint', async () => {
    const keys = [{ ...verify(active.der, active.thumbprint), customKeyIdentifier: active.thumbprint }];
    expect((await activeSigningCertificate(keys, active.thumbprint))?.key).toBe(active.der);
  });

  it('offers nothing whose DER does not hash to the thumbprint, even when customKeyIdentifier names it', async () => {
    expect(await activeSigningCertificate([verify(old.der, active.thumbprint)], active.thumbprint)).toBeNull();
  });

  it('offers nothing without a DER (list reads return key: null), without a preferred thumbprint, or for a DER that is not a certificate', async () => {
    expect(await activeSigningCertificate([verify(null, active.thumbprint)], active.thumbprint)).toBeNull();
    expect(await activeSigningCertificate([verify(active.der, active.thumbprint)], null)).toBeNull();
    expect(await activeSigningCertificate([verify('bm90IGEgY2VydA==', active.thumbprint)], active.thumbprint)).toBeNull();
  });
});

describe('assignedPrincipalsFrom', () => {
  it('lists users and groups once each, groups first, by name; service principals left out', () => {
    expect(
      assignedPrincipalsFrom([
        { principalId: 'u1', principalDisplayName: 'Zoë Müller', principalType: 'User' },
        { principalId: 'g2', principalDisplayName: 'IT Admins', principalType: 'Group' },
        { principalId: 'g1', principalDisplayName: 'Email Security Users', principalType: 'Group' },
        { principalId: 'g1', principalDisplayName: 'Email Security Users', principalType: 'Group' },
        { principalId: 's1', principalDisplayName: 'Some app', principalType: 'ServicePrincipal' },
      ]),
    ).toEqual([
      { id: 'g1', kind: 'group', displayName: 'Email Security Users' },
      { id: 'g2', kind: 'group', displayName: 'IT Admins' },
      { id: 'u1', kind: 'user', displayName: 'Zoë Müller' },
    ]);
  });
});

describe('summarySources: the summary is complete on every path', () => {
  it.each([
    // [path, certificate issued by this run, app created by this run, answers have principals, expected]
    ['first run (new app, certificate issued)', true, true, true, { certificate: 'journal', principals: 'journal' }],
    ['the same run resumed after a reload (the journal survives it)', true, true, true, { certificate: 'journal', principals: 'journal' }],
    ['a re-run that writes nothing', false, false, true, { certificate: 'servicePrincipal', principals: 'servicePrincipal' }],
    ['a repair that rewrote a URL but kept the certificate', false, false, true, { certificate: 'servicePrincipal', principals: 'servicePrincipal' }],
    ['after Start over and a re-run of an app made earlier', false, false, true, { certificate: 'servicePrincipal', principals: 'servicePrincipal' }],
    ['a re-run that renewed the certificate of an existing app', true, false, true, { certificate: 'journal', principals: 'servicePrincipal' }],
    ['a new app whose certificate step has not recorded one', false, true, true, { certificate: 'servicePrincipal', principals: 'journal' }],
  ] as const)('%s', (_path, certificateInJournal, createdByThisRun, principalsInJournal, expected) => {
    expect(summarySources({ certificateInJournal, createdByThisRun, principalsInJournal })).toEqual(expected);
  });
});

describe('summaryHeadline', () => {
  it('says configured unless a step is left in the portal (a custom group claim name)', () => {
    expect(summaryHeadline({ groupClaim: { kind: 'none' } })).toEqual({ kind: 'configured' });
    expect(summaryHeadline({ groupClaim: { kind: 'default-name', groups: 'SecurityGroup' } })).toEqual({ kind: 'configured' });
    expect(summaryHeadline({ groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' } })).toEqual({ kind: 'portalStepLeft', steps: 1 });
  });
});

describe('testSignInUrl', () => {
  it('is the app’s User access URL in My Apps, with the tenant', () => {
    expect(testSignInUrl({ tenantId: TENANT_ID, appId: APP_ID })).toBe(
      'https://launcher.myapps.microsoft.com/api/signin/00001111-aaaa-2222-bbbb-3333cccc4444?tenantId=5f1d3c2a-9b8e-4c7d-a6f5-0e1d2c3b4a59',
    );
  });

  it('refuses ids that are not GUIDs', () => {
    expect(() => testSignInUrl({ tenantId: TENANT_ID, appId: 'x?y=1' })).toThrow(RangeError);
  });
});

describe('answersAsApplied: the summary shows the group claim an existing app keeps', () => {
  const existing = { groupMembershipClaims: 'SecurityGroup' } as Parameters<typeof answersAsApplied>[1];
  it("keeps the app's group claim when the answer was none and the review kept it", () => {
    expect(answersAsApplied(answers, existing).groupClaim).toEqual({ kind: 'default-name', groups: 'SecurityGroup' });
  });
  it('shows none when the admin removed it on the review, or the app had none', () => {
    expect(answersAsApplied(answers, existing, { removedNotificationEmails: [], removeGroupClaim: true, renameApp: false }).groupClaim).toEqual({
      kind: 'none',
    });
    expect(answersAsApplied(answers, null).groupClaim).toEqual({ kind: 'none' });
  });
  it('leaves an answered group claim as it is', () => {
    const custom: Answers = { ...answers, groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' } };
    expect(answersAsApplied(custom, existing)).toBe(custom);
  });
});
