// The demo directory "Contoso Ltd": ~40 users and 15 groups with deterministic ids, including
// names that exercise safe rendering (non-ASCII, right-to-left, markup, a U+202E override).

import type { Application, AppRoleAssignment, Group, KeyCredential, PasswordCredential, ServicePrincipal, User } from '@microsoft/microsoft-graph-types';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import { bytesToBase64, hexToBytes } from './encoding';
import { stableGuid } from './ids';
import { SEEDED_CERTIFICATES } from './certificates/seeded-certificates';
import { CUSTOM_SSO_TAG, INTEGRATED_APP_TAG, NON_GALLERY_TEMPLATE_ID, USER_APP_ROLE_ID, graphDateTime, newApplication, newServicePrincipal } from './objects';
import { DIRECTORY_STATE_VERSION, type DirectoryRoleName, type DirectoryState, type StoredClaimsPolicy } from './state';

export const DEMO_TENANT_ID = stableGuid('contoso/tenant');
export const DEMO_TENANT_NAME = 'Contoso Ltd';
export const DEMO_TENANT_DOMAIN = 'contoso.onmicrosoft.com';

const userId = (nickname: string): string => stableGuid(`contoso/user/${nickname}`);
const groupId = (nickname: string): string => stableGuid(`contoso/group/${nickname}`);

/** Application Administrator (every step, the claims policy included): the user tests and the demo sign in as. */
export const DEMO_ADMIN_USER_ID = userId('adele');
export const DEMO_ADMIN_UPN = `adele@${DEMO_TENANT_DOMAIN}`;
export const DEMO_ADMIN_DISPLAY_NAME = 'Adele Vance';
/** The demo admin as the app's session holds an account (the demo sign-in and component tests). */
export function demoAdminAccount(tenantId: string = DEMO_TENANT_ID) {
  return { name: DEMO_ADMIN_DISPLAY_NAME, username: DEMO_ADMIN_UPN, tenantId, objectId: DEMO_ADMIN_USER_ID };
}
/** A member with no directory role: reads work, writes answer 403. */
export const DEMO_NO_ROLE_USER_ID = userId('alexw');
export const DEMO_GLOBAL_ADMIN_USER_ID = userId('admin');
/** Cloud Application Administrator: everything but the custom claims policy. */
export const DEMO_CLOUD_APPLICATION_ADMIN_USER_ID = userId('meganb');
export const DEMO_GLOBAL_READER_USER_ID = userId('lynner');

export const DEMO_USER_IDS = {
  adeleVance: DEMO_ADMIN_USER_ID,
  alexWilber: DEMO_NO_ROLE_USER_ID,
  modAdministrator: DEMO_GLOBAL_ADMIN_USER_ID,
  meganBowen: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID,
  lynneRobbins: DEMO_GLOBAL_READER_USER_ID,
  johannaLorenz: userId('johannal'),
  joniSherman: userId('jonis'),
  jordanMiller: userId('jordanm'),
  taroYamada: userId('taro.yamada'),
  zoeMuller: userId('zoe.muller'),
  fatimaAlZahra: userId('fatima.alzahra'),
  scriptTagName: userId('xss.tester'),
  rtlOverrideName: userId('mallory'),
  guestKaiNakamura: userId('kai.nakamura'),
  disabledBrianJohnson: userId('brianj'),
  noMailRaviKumar: userId('ravik'),
} as const;

export const DEMO_GROUP_IDS = {
  emailSecurityUsers: groupId('email-security-users'),
  itAdmins: groupId('it-admins'),
  helpdesk: groupId('helpdesk'),
  finance: groupId('finance'),
  contractors: groupId('contractors'),
  japanOffice: groupId('japan-office'),
  rdPrototypeLab: groupId('rd-prototype-lab'),
  allCompany: groupId('all-company'),
  salesAndMarketing: groupId('sales-and-marketing'),
  mark8ProjectTeam: groupId('mark8'),
  digitalInitiativePr: groupId('digital-initiative-pr'),
  usSales: groupId('us-sales'),
  equipeParis: groupId('equipe-paris'),
  retail: groupId('retail'),
  leadership: groupId('leadership'),
} as const;

/** A SAML app that already exists in the tenant (not the Trend Micro one). */
export const DEMO_EXISTING_SAML_APP = {
  applicationId: stableGuid('contoso/app/fabrikam-wiki'),
  appId: stableGuid('contoso/appId/fabrikam-wiki'),
  servicePrincipalId: stableGuid('contoso/sp/fabrikam-wiki'),
  identifierUri: 'https://wiki.fabrikam.example/saml',
} as const;

/** An OIDC app registration with an api:// identifier. */
export const DEMO_EXISTING_OIDC_APP = {
  applicationId: stableGuid('contoso/app/contoso-expenses'),
  appId: stableGuid('contoso/appId/contoso-expenses'),
  servicePrincipalId: stableGuid('contoso/sp/contoso-expenses'),
} as const;

// ---- Trend Micro EUC apps for "Check an existing setup" -------------------------------------
//
// Each app is an earlier Trend Micro EUC setup broken in one way (and one correct app). They are
// seeded only when asked for (`seedDirectory(id, { checkApps })`, `new DemoTenant({ checkApps })`):
// an identifier belongs to one app per tenant (docs/graph/call-order.md#identifier-and-reply-url), so an app seeded with a
// region's identifier would turn every new setup in that region into an update of this app, and
// the setup tests walk every region. The browser demo seeds DEMO_BROWSER_CHECK_APPS.
// README.md in this folder has the table.

export type DemoCheckAppKey =
  | 'correct'
  | 'wrongRegionHost'
  | 'missingCmpId'
  | 'samlModeUnset'
  | 'noActiveCertificate'
  | 'expiredCertificate'
  | 'expiringCertificate'
  | 'noAssignments'
  | 'claimNameDiffers'
  | 'portalMadePolicy';

/** EUC hosts by region code, spelled out here so the demo tenant needs nothing from the wizard. */
const EUC_HOSTS = {
  us: 'euc.tmes.trendmicro.com',
  eu: 'euc.tmes.trendmicro.eu',
  anz: 'euc.tmes-anz.trendmicro.com',
  jp: 'euc.tmems-jp.trendmicro.com',
  sg: 'euc.tmes-sg.trendmicro.com',
  in: 'euc.tmes-in.trendmicro.com',
  uae: 'euc.tmes-uae.trendmicro.com',
} as const;
type EucRegionCode = keyof typeof EUC_HOSTS;

const eucIdentifierOf = (region: EucRegionCode) => `https://${EUC_HOSTS[region]}/uiserver/euc/ssoLogin`;
const eucReplyUrlOf = (region: EucRegionCode, cmpId: string | null) =>
  `https://${EUC_HOSTS[region]}/uiserver/euc/ssoAssert${cmpId === null ? '' : `?cmpID=${cmpId}`}`;

/** Finding ids of the check (src/setup/check.ts) that a break makes fail or warn. */
export type DemoCheckFindingId =
  'samlMode' | 'identifier' | 'replyUrl' | 'assignments' | 'identityClaim' | 'groupClaim' | 'signingCertificate' | 'notificationEmails';

export interface DemoCheckApp {
  key: DemoCheckAppKey;
  applicationId: string;
  appId: string;
  servicePrincipalId: string;
  displayName: string;
  identifierUri: string;
  replyUrl: string;
  /** What the Trend Micro console's SSO profile uses: the values a check compares the app with. */
  expected: {
    region: EucRegionCode;
    cmpId: string;
    identityClaim: { kind: 'default' } | { kind: 'custom'; name: string; sourceAttribute: 'mail' };
    groupClaim: { kind: 'none' } | { kind: 'default-name'; groups: 'SecurityGroup' };
  };
  /** The findings this break makes fail or warn; every other finding passes. */
  broken: readonly { id: DemoCheckFindingId; status: 'fail' | 'warning' }[];
}

interface CheckAppSeed {
  key: DemoCheckAppKey;
  displayName: string;
  /** The region whose host the identifier and reply URL use. */
  host: EucRegionCode;
  cmpIdInReplyUrl: string | null;
  expected: DemoCheckApp['expected'];
  broken: DemoCheckApp['broken'];
  samlMode: 'saml' | null;
  certificate: { daysLeft: number; active: boolean } | null;
  assigned: boolean;
  customClaim?: { name: string; attribute: string };
  /** A custom claims policy as the Entra admin center writes it (see portalMadeClaimsPolicy). */
  portalPolicy?: true;
  groupMembershipClaims: 'SecurityGroup' | null;
}

const DEFAULT_EXPECTED_CLAIMS = { identityClaim: { kind: 'default' }, groupClaim: { kind: 'none' } } as const;
const VALID = { daysLeft: 700, active: true };

const CHECK_APP_SEEDS: readonly CheckAppSeed[] = [
  {
    key: 'correct',
    displayName: 'Trend Micro EUC (Dubai)',
    host: 'uae',
    cmpIdInReplyUrl: 'contoso-uae',
    expected: { region: 'uae', cmpId: 'contoso-uae', identityClaim: { kind: 'default' }, groupClaim: { kind: 'default-name', groups: 'SecurityGroup' } },
    broken: [],
    samlMode: 'saml',
    certificate: VALID,
    assigned: true,
    groupMembershipClaims: 'SecurityGroup',
  },
  {
    key: 'wrongRegionHost',
    displayName: 'Trend Micro EUC (Dublin)',
    // Set up with the first row of Trend Micro's table (North America…) for a European account.
    host: 'us',
    cmpIdInReplyUrl: 'contoso-eu',
    expected: { region: 'eu', cmpId: 'contoso-eu', ...DEFAULT_EXPECTED_CLAIMS },
    broken: [
      { id: 'identifier', status: 'fail' },
      { id: 'replyUrl', status: 'fail' },
    ],
    samlMode: 'saml',
    certificate: VALID,
    assigned: true,
    groupMembershipClaims: null,
  },
  {
    key: 'missingCmpId',
    displayName: 'Trend Micro EUC (Bangalore)',
    host: 'in',
    cmpIdInReplyUrl: null,
    expected: { region: 'in', cmpId: 'contoso-in', ...DEFAULT_EXPECTED_CLAIMS },
    broken: [{ id: 'replyUrl', status: 'fail' }],
    samlMode: 'saml',
    certificate: VALID,
    assigned: true,
    groupMembershipClaims: null,
  },
  {
    key: 'samlModeUnset',
    displayName: 'Trend Micro EUC (Tokyo)',
    host: 'jp',
    cmpIdInReplyUrl: 'contoso-jp',
    expected: { region: 'jp', cmpId: 'contoso-jp', ...DEFAULT_EXPECTED_CLAIMS },
    broken: [{ id: 'samlMode', status: 'fail' }],
    samlMode: null,
    certificate: VALID,
    assigned: true,
    groupMembershipClaims: null,
  },
  {
    key: 'noActiveCertificate',
    displayName: 'Trend Micro EUC (Sydney)',
    host: 'anz',
    cmpIdInReplyUrl: 'contoso-anz',
    expected: { region: 'anz', cmpId: 'contoso-anz', ...DEFAULT_EXPECTED_CLAIMS },
    broken: [{ id: 'signingCertificate', status: 'fail' }],
    samlMode: 'saml',
    // Added but never activated: what Terraform's provider leaves (docs/graph/signing-certificate.md#activate-the-certificate).
    certificate: { daysLeft: 1000, active: false },
    assigned: true,
    groupMembershipClaims: null,
  },
  {
    key: 'expiredCertificate',
    displayName: 'Trend Micro EUC (Singapore)',
    host: 'sg',
    cmpIdInReplyUrl: 'contoso-sg',
    expected: { region: 'sg', cmpId: 'contoso-sg', ...DEFAULT_EXPECTED_CLAIMS },
    broken: [{ id: 'signingCertificate', status: 'fail' }],
    samlMode: 'saml',
    certificate: { daysLeft: -12, active: true },
    assigned: true,
    groupMembershipClaims: null,
  },
  {
    key: 'expiringCertificate',
    displayName: 'Trend Micro EUC (Osaka)',
    host: 'jp',
    cmpIdInReplyUrl: 'contoso-osaka',
    expected: { region: 'jp', cmpId: 'contoso-osaka', ...DEFAULT_EXPECTED_CLAIMS },
    broken: [{ id: 'signingCertificate', status: 'warning' }],
    samlMode: 'saml',
    certificate: { daysLeft: 25, active: true },
    assigned: true,
    groupMembershipClaims: null,
  },
  {
    key: 'noAssignments',
    displayName: 'Trend Micro EUC (Paris)',
    host: 'eu',
    cmpIdInReplyUrl: 'contoso-paris',
    expected: { region: 'eu', cmpId: 'contoso-paris', ...DEFAULT_EXPECTED_CLAIMS },
    broken: [{ id: 'assignments', status: 'fail' }],
    samlMode: 'saml',
    certificate: VALID,
    assigned: false,
    groupMembershipClaims: null,
  },
  {
    key: 'claimNameDiffers',
    displayName: 'Trend Micro EUC (Seattle)',
    host: 'us',
    cmpIdInReplyUrl: 'contoso-us',
    // The Trend Micro profile says euc_mail; Entra sends euc_email.
    expected: { region: 'us', cmpId: 'contoso-us', identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' }, groupClaim: { kind: 'none' } },
    broken: [{ id: 'identityClaim', status: 'fail' }],
    samlMode: 'saml',
    certificate: VALID,
    assigned: true,
    customClaim: { name: 'euc_email', attribute: 'mail' },
    groupMembershipClaims: null,
  },
  {
    key: 'portalMadePolicy',
    displayName: 'Trend Micro EUC (Kyoto)',
    host: 'jp',
    cmpIdInReplyUrl: 'contoso-kyoto',
    // Set up by hand in the portal: its claims policy holds what portal-made policies hold
    // (docs/graph/replication-and-retries.md#ambiguous-answers), and no euc_mail claim, which the Trend Micro profile expects.
    expected: {
      region: 'jp',
      cmpId: 'contoso-kyoto',
      identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' },
      groupClaim: { kind: 'none' },
    },
    broken: [{ id: 'identityClaim', status: 'fail' }],
    samlMode: 'saml',
    certificate: VALID,
    assigned: true,
    portalPolicy: true,
    groupMembershipClaims: null,
  },
];

function checkAppIds(key: DemoCheckAppKey) {
  return {
    applicationId: stableGuid(`contoso/app/check-${key}`),
    appId: stableGuid(`contoso/appId/check-${key}`),
    servicePrincipalId: stableGuid(`contoso/sp/check-${key}`),
  };
}

export const DEMO_CHECK_APPS: Readonly<Record<DemoCheckAppKey, DemoCheckApp>> = Object.fromEntries(
  CHECK_APP_SEEDS.map((seed) => [
    seed.key,
    {
      key: seed.key,
      ...checkAppIds(seed.key),
      displayName: seed.displayName,
      identifierUri: eucIdentifierOf(seed.host),
      replyUrl: eucReplyUrlOf(seed.host, seed.cmpIdInReplyUrl),
      expected: seed.expected,
      broken: seed.broken,
    },
  ]),
) as Record<DemoCheckAppKey, DemoCheckApp>;

export const DEMO_CHECK_APP_KEYS = CHECK_APP_SEEDS.map((seed) => seed.key);

/** The apps the browser demo starts with: three regions only, so a new setup elsewhere creates an app. */
export const DEMO_BROWSER_CHECK_APPS: readonly DemoCheckAppKey[] = ['correct', 'missingCmpId', 'expiredCertificate'];

export const DEMO_CHECK_NOTIFICATION_EMAIL = `it-ops@${DEMO_TENANT_DOMAIN}`;

const DAY_MS = 86_400_000;

/** A certificate the way addTokenSigningCertificate leaves it: Sign and Verify keys and a password. */
function seededSigningCertificate(key: DemoCheckAppKey, startMs: number, endMs: number) {
  // A real public certificate (fixed DER), so a single-object read with $select=keyCredentials
  // returns something the summary and the check can download and verify by its SHA-1.
  const { thumbprint, der } = SEEDED_CERTIFICATES[key];
  const customKeyIdentifier = bytesToBase64(hexToBytes(thumbprint));
  const displayName = 'CN=Microsoft Azure Federated SSO Certificate';
  const dates = { startDateTime: graphDateTime(startMs), endDateTime: graphDateTime(endMs) };
  const common = { customKeyIdentifier, displayName, ...dates, type: 'AsymmetricX509Cert' };
  const privateKeyId = stableGuid(`contoso/cert/${key}/sign`);
  // The Sign key's private part is never readable through Graph: its `key` stays null.
  const keys: KeyCredential[] = [
    { ...common, key: null, keyId: privateKeyId, usage: 'Sign' },
    { ...common, key: der, keyId: stableGuid(`contoso/cert/${key}/verify`), usage: 'Verify' },
  ];
  const password: PasswordCredential = { customKeyIdentifier, displayName, ...dates, hint: null, keyId: privateKeyId, secretText: null };
  return { thumbprint, keys, password };
}

function seedCheckApp(seed: CheckAppSeed, tenantId: string, nowMs: number) {
  const ids = checkAppIds(seed.key);
  const app: Application = newApplication({
    id: ids.applicationId,
    appId: ids.appId,
    displayName: seed.displayName,
    createdMs: SEEDED_AT,
    publisherDomain: DEMO_TENANT_DOMAIN,
    applicationTemplateId: NON_GALLERY_TEMPLATE_ID,
    scopeId: stableGuid(`contoso/scope/check-${seed.key}`),
  });
  app.identifierUris = [eucIdentifierOf(seed.host)];
  if (app.web) app.web.redirectUris = [eucReplyUrlOf(seed.host, seed.cmpIdInReplyUrl)];
  app.groupMembershipClaims = seed.groupMembershipClaims;
  const sp: ServicePrincipal = newServicePrincipal({ id: ids.servicePrincipalId, application: app, tenantId, tags: [CUSTOM_SSO_TAG, INTEGRATED_APP_TAG] });
  sp.preferredSingleSignOnMode = seed.samlMode;
  sp.notificationEmailAddresses = [DEMO_CHECK_NOTIFICATION_EMAIL];
  if (seed.certificate) {
    // Whole days from the start of today (UTC): the seed is the same all day long.
    const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
    const endMs = today + seed.certificate.daysLeft * DAY_MS + DAY_MS / 2;
    // Three years, like the certificates the Entra admin center makes.
    const certificate = seededSigningCertificate(seed.key, endMs - 3 * 365 * DAY_MS, endMs);
    sp.keyCredentials = certificate.keys;
    sp.passwordCredentials = [certificate.password];
    sp.preferredTokenSigningKeyThumbprint = seed.certificate.active ? certificate.thumbprint : null;
  }
  const assignments: AppRoleAssignment[] = seed.assigned
    ? [
        {
          id: `seedCheck${seed.key}`.padEnd(42, '0') + 'a',
          deletedDateTime: null,
          appRoleId: USER_APP_ROLE_ID,
          createdDateTime: graphDateTime(SEEDED_AT),
          principalDisplayName: 'Email Security Users',
          principalId: DEMO_GROUP_IDS.emailSecurityUsers,
          principalType: 'Group',
          resourceDisplayName: seed.displayName,
          resourceId: ids.servicePrincipalId,
        },
      ]
    : [];
  let claimsPolicy: StoredClaimsPolicy | undefined;
  if (seed.customClaim) {
    const current: CustomClaimsPolicy = {
      id: ids.servicePrincipalId,
      includeBasicClaimSet: true,
      includeApplicationIdInIssuer: true,
      audienceOverride: null,
      claims: [
        {
          '@odata.type': '#microsoft.graph.customClaim',
          name: seed.customClaim.name,
          namespace: null,
          tokenFormat: ['saml'],
          samlAttributeNameFormat: null,
          configurations: [
            {
              condition: null,
              transformations: [],
              attribute: { '@odata.type': '#microsoft.graph.sourcedAttribute', id: seed.customClaim.attribute, source: 'user', isExtensionAttribute: false },
            },
          ],
        } as NonNullable<CustomClaimsPolicy['claims']>[number],
      ],
    };
    claimsPolicy = { current, previous: null, updatedAt: SEEDED_AT };
  }
  if (seed.portalPolicy) {
    claimsPolicy = { current: portalMadeClaimsPolicy(ids.servicePrincipalId, eucIdentifierOf(seed.host)), previous: null, updatedAt: SEEDED_AT };
  }
  return { app, sp, assignments, claimsPolicy };
}

const sourced = (id: string) => ({ '@odata.type': '#microsoft.graph.sourcedAttribute', id, source: 'user', isExtensionAttribute: false });
const CLAIMS_NAMESPACE = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/**
 * A custom claims policy shaped like the ones the Entra admin center's "Attributes & Claims" blade
 * writes (beta customClaimsPolicy; types from @microsoft/microsoft-graph-types-beta): an audience
 * override, the issuer without the application id, the NameID claim, the portal's default claims,
 * claims built by transformations, a constant (valueBasedAttribute) and a condition on a group.
 * groupFilter is not seeded: the installed beta schema has no such property on the policy or its
 * claims (docs/decisions/012-real-tenant-faults.md). A wizard that sends it back must keep all of it.
 */
export function portalMadeClaimsPolicy(servicePrincipalId: string, audience: string): CustomClaimsPolicy {
  const claim = (name: string, configurations: unknown[], namespace: string | null = CLAIMS_NAMESPACE) => ({
    '@odata.type': '#microsoft.graph.customClaim',
    name,
    namespace,
    tokenFormat: ['saml'],
    samlAttributeNameFormat: null,
    configurations,
  });
  const claims = [
    {
      '@odata.type': '#microsoft.graph.samlNameIdClaim',
      nameIdFormat: 'emailAddress',
      serviceProviderNameQualifier: null,
      configurations: [{ condition: null, attribute: sourced('userprincipalname'), transformations: [] }],
    },
    claim('givenname', [{ condition: null, attribute: sourced('givenname'), transformations: [] }]),
    claim('surname', [{ condition: null, attribute: sourced('surname'), transformations: [] }]),
    claim('emailaddress', [{ condition: null, attribute: sourced('mail'), transformations: [] }]),
    claim('name', [{ condition: null, attribute: sourced('userprincipalname'), transformations: [] }]),
    // "Transformation: ExtractMailPrefix()" on user.mail.
    claim(
      'mail_prefix',
      [
        {
          condition: null,
          attribute: null,
          transformations: [
            { '@odata.type': '#microsoft.graph.extractMailPrefixTransformation', input: { treatAsMultiValue: false, attribute: sourced('mail') } },
          ],
        },
      ],
      null,
    ),
    // Lower-cased department for members of one group, a constant for everyone else.
    claim(
      'department_code',
      [
        {
          condition: { '@odata.type': '#microsoft.graph.customClaimCondition', userType: 'members', memberOf: [DEMO_GROUP_IDS.emailSecurityUsers] },
          attribute: null,
          transformations: [
            { '@odata.type': '#microsoft.graph.toLowercaseTransformation', input: { treatAsMultiValue: false, attribute: sourced('department') } },
          ],
        },
        {
          condition: { '@odata.type': '#microsoft.graph.customClaimCondition', userType: 'any', memberOf: null },
          attribute: { '@odata.type': '#microsoft.graph.valueBasedAttribute', value: 'general' },
          transformations: [],
        },
      ],
      null,
    ),
    claim(
      'tenant_label',
      [{ condition: null, attribute: { '@odata.type': '#microsoft.graph.valueBasedAttribute', value: 'Contoso Japan' }, transformations: [] }],
      null,
    ),
  ];
  return {
    id: servicePrincipalId,
    includeBasicClaimSet: true,
    includeApplicationIdInIssuer: false,
    audienceOverride: audience,
    claims: claims as CustomClaimsPolicy['claims'],
  };
}

export interface SeedOptions {
  /** Trend Micro EUC apps to add (see DEMO_CHECK_APPS). Two with the same identifier are refused. */
  checkApps?: readonly DemoCheckAppKey[];
  /** Tenant clock in ms: seeded certificates expire relative to it. Default: now. */
  now?: number;
}

function seedCheckApps(keys: readonly DemoCheckAppKey[], tenantId: string, nowMs: number) {
  const seeds = CHECK_APP_SEEDS.filter((seed) => keys.includes(seed.key));
  const byIdentifier = new Map<string, DemoCheckAppKey>();
  for (const seed of seeds) {
    const identifier = eucIdentifierOf(seed.host);
    const other = byIdentifier.get(identifier);
    if (other) throw new Error(`The check apps "${other}" and "${seed.key}" both have the identifier ${identifier}; a tenant allows it on one app only.`);
    byIdentifier.set(identifier, seed.key);
  }
  const seeded = seeds.map((seed) => seedCheckApp(seed, tenantId, nowMs));
  const claimsPolicies: Record<string, StoredClaimsPolicy> = {};
  for (const { sp, claimsPolicy } of seeded) if (claimsPolicy && sp.id) claimsPolicies[sp.id] = claimsPolicy;
  return {
    applications: seeded.map((s) => s.app),
    servicePrincipals: seeded.map((s) => s.sp),
    appRoleAssignments: seeded.flatMap((s) => s.assignments),
    claimsPolicies,
  };
}

interface SeedUser {
  nickname: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  preferredLanguage?: string;
  mail?: string | null;
  userType?: 'Member' | 'Guest';
  accountEnabled?: boolean;
  role?: DirectoryRoleName;
  /** onPremisesExtensionAttributes.extensionAttribute1: an alternative address some orgs keep. */
  extensionAttribute1?: string;
}

const SEED_USERS: SeedUser[] = [
  {
    nickname: 'adele',
    displayName: DEMO_ADMIN_DISPLAY_NAME,
    givenName: 'Adele',
    surname: 'Vance',
    jobTitle: 'Retail Manager',
    department: 'Retail',
    officeLocation: '18/2111',
    role: 'Application Administrator',
  },
  {
    nickname: 'alexw',
    displayName: 'Alex Wilber',
    givenName: 'Alex',
    surname: 'Wilber',
    jobTitle: 'Marketing Assistant',
    department: 'Marketing',
    officeLocation: '131/1104',
  },
  { nickname: 'admin', displayName: 'MOD Administrator', givenName: 'MOD', surname: 'Administrator', role: 'Global Administrator' },
  {
    nickname: 'meganb',
    displayName: 'Megan Bowen',
    givenName: 'Megan',
    surname: 'Bowen',
    jobTitle: 'Marketing Manager',
    department: 'Marketing',
    officeLocation: '12/1110',
    role: 'Cloud Application Administrator',
  },
  {
    nickname: 'lynner',
    displayName: 'Lynne Robbins',
    givenName: 'Lynne',
    surname: 'Robbins',
    jobTitle: 'Planner',
    department: 'Retail',
    officeLocation: '20/1104',
    role: 'Global Reader',
  },
  {
    nickname: 'allanD',
    displayName: 'Allan Deyoung',
    givenName: 'Allan',
    surname: 'Deyoung',
    jobTitle: 'IT Admin',
    department: 'IT',
    officeLocation: '24/1106',
    role: 'User Administrator',
  },
  {
    nickname: 'christiec',
    displayName: 'Christie Cline',
    givenName: 'Christie',
    surname: 'Cline',
    jobTitle: 'Buyer',
    department: 'Sales & Marketing',
    officeLocation: '131/2103',
  },
  {
    nickname: 'debrab',
    displayName: 'Debra Berger',
    givenName: 'Debra',
    surname: 'Berger',
    jobTitle: 'Administrative Assistant',
    department: 'Executive Management',
    officeLocation: '18/2107',
  },
  {
    nickname: 'diegos',
    displayName: 'Diego Siciliani',
    givenName: 'Diego',
    surname: 'Siciliani',
    jobTitle: 'HR Manager',
    department: 'HR',
    officeLocation: '14/1108',
  },
  {
    nickname: 'emilyb',
    displayName: 'Emily Braun',
    givenName: 'Emily',
    surname: 'Braun',
    jobTitle: 'Budget Analyst',
    department: 'Finance',
    officeLocation: '97/2302',
  },
  {
    nickname: 'enricoc',
    displayName: 'Enrico Cattaneo',
    givenName: 'Enrico',
    surname: 'Cattaneo',
    jobTitle: 'Attorney',
    department: 'Legal',
    officeLocation: '14/1102',
    preferredLanguage: 'it-IT',
  },
  {
    nickname: 'gradya',
    displayName: 'Grady Archie',
    givenName: 'Grady',
    surname: 'Archie',
    jobTitle: 'Designer',
    department: 'R&D',
    officeLocation: '19/2109',
  },
  {
    nickname: 'henriettam',
    displayName: 'Henrietta Mueller',
    givenName: 'Henrietta',
    surname: 'Mueller',
    jobTitle: 'Developer',
    department: 'R&D',
    officeLocation: '18/1106',
    preferredLanguage: 'de-DE',
  },
  {
    nickname: 'irvins',
    displayName: 'Irvin Sayers',
    givenName: 'Irvin',
    surname: 'Sayers',
    jobTitle: 'Director',
    department: 'R&D',
    officeLocation: '20/2107',
  },
  {
    nickname: 'isaiahl',
    displayName: 'Isaiah Langer',
    givenName: 'Isaiah',
    surname: 'Langer',
    jobTitle: 'Sales Rep',
    department: 'Sales',
    officeLocation: '20/1101',
  },
  {
    nickname: 'johannal',
    displayName: 'Johanna Lorenz',
    givenName: 'Johanna',
    surname: 'Lorenz',
    jobTitle: 'Senior Engineer',
    department: 'Engineering',
    officeLocation: '23/2102',
    preferredLanguage: 'de-DE',
  },
  {
    nickname: 'jonis',
    displayName: 'Joni Sherman',
    givenName: 'Joni',
    surname: 'Sherman',
    jobTitle: 'Paralegal',
    department: 'Legal',
    officeLocation: '20/1109',
  },
  {
    nickname: 'jordanm',
    displayName: 'Jordan Miller',
    givenName: 'Jordan',
    surname: 'Miller',
    jobTitle: 'Marketing Manager',
    department: 'Marketing',
    officeLocation: '131/1102',
  },
  { nickname: 'leeg', displayName: 'Lee Gu', givenName: 'Lee', surname: 'Gu', jobTitle: 'Director', department: 'Manufacturing', officeLocation: '23/3101' },
  {
    nickname: 'lidiah',
    displayName: 'Lidia Holloway',
    givenName: 'Lidia',
    surname: 'Holloway',
    jobTitle: 'Product Manager',
    department: 'Engineering',
    officeLocation: '20/2115',
  },
  {
    nickname: 'miriamg',
    displayName: 'Miriam Graham',
    givenName: 'Miriam',
    surname: 'Graham',
    jobTitle: 'Director',
    department: 'Sales & Marketing',
    officeLocation: '131/2104',
  },
  {
    nickname: 'nestorw',
    displayName: 'Nestor Wilke',
    givenName: 'Nestor',
    surname: 'Wilke',
    jobTitle: 'Director',
    department: 'Operations',
    officeLocation: '36/2121',
  },
  {
    nickname: 'pattif',
    displayName: 'Patti Fernandez',
    givenName: 'Patti',
    surname: 'Fernandez',
    jobTitle: 'President',
    department: 'Executive Management',
    officeLocation: '15/1102',
  },
  {
    nickname: 'pradeepg',
    displayName: 'Pradeep Gupta',
    givenName: 'Pradeep',
    surname: 'Gupta',
    jobTitle: 'Accountant',
    department: 'Finance',
    officeLocation: '98/2202',
  },
  {
    nickname: 'josee.tremblay',
    displayName: 'Josée Tremblay',
    givenName: 'Josée',
    surname: 'Tremblay',
    jobTitle: 'Account Manager',
    department: 'Sales',
    preferredLanguage: 'fr-CA',
  },
  { nickname: 'jo.brown', displayName: 'Jo Brown', givenName: 'Jo', surname: 'Brown', jobTitle: 'Receptionist', department: 'Facilities' },
  {
    nickname: 'taro.yamada',
    displayName: '山田 太郎',
    givenName: '太郎',
    surname: '山田',
    jobTitle: '営業部長',
    department: 'Sales',
    officeLocation: 'Tokyo',
    preferredLanguage: 'ja-JP',
  },
  {
    nickname: 'hanako.sato',
    displayName: '佐藤 花子',
    givenName: '花子',
    surname: '佐藤',
    jobTitle: 'エンジニア',
    department: 'Engineering',
    officeLocation: 'Osaka',
    preferredLanguage: 'ja-JP',
  },
  {
    nickname: 'john.smith.jp',
    displayName: 'ジョン・スミス',
    givenName: 'ジョン',
    surname: 'スミス',
    department: 'Sales',
    officeLocation: 'Tokyo',
    preferredLanguage: 'ja-JP',
  },
  {
    nickname: 'francois.dupont',
    displayName: 'François Dupont',
    givenName: 'François',
    surname: 'Dupont',
    jobTitle: 'Chef de projet',
    department: 'Operations',
    officeLocation: 'Paris',
    preferredLanguage: 'fr-FR',
  },
  {
    nickname: 'zoe.muller',
    displayName: 'Zoë Müller',
    givenName: 'Zoë',
    surname: 'Müller',
    jobTitle: 'Controller',
    department: 'Finance',
    officeLocation: 'Zürich',
    preferredLanguage: 'de-CH',
    extensionAttribute1: 'zoe.mueller@contoso-mail.example',
  },
  {
    nickname: 'soren.ostergaard',
    displayName: 'Søren Østergaard',
    givenName: 'Søren',
    surname: 'Østergaard',
    jobTitle: 'Logistics Lead',
    department: 'Operations',
    officeLocation: 'Aarhus',
    preferredLanguage: 'da-DK',
  },
  {
    nickname: 'lukasz.zolkiewski',
    displayName: 'Łukasz Żółkiewski',
    givenName: 'Łukasz',
    surname: 'Żółkiewski',
    jobTitle: 'Developer',
    department: 'R&D',
    officeLocation: 'Kraków',
    preferredLanguage: 'pl-PL',
  },
  {
    nickname: 'angela.nunez',
    displayName: 'Ángela Núñez',
    givenName: 'Ángela',
    surname: 'Núñez',
    jobTitle: 'Analista',
    department: 'Finance',
    officeLocation: 'Madrid',
    preferredLanguage: 'es-ES',
  },
  {
    nickname: 'fatima.alzahra',
    displayName: 'فاطمة الزهراء',
    givenName: 'فاطمة',
    surname: 'الزهراء',
    jobTitle: 'Regional Manager',
    department: 'Sales',
    officeLocation: 'Dubai',
    preferredLanguage: 'ar-AE',
  },
  {
    nickname: 'xss.tester',
    displayName: '<script>alert(1)</script>',
    givenName: '<b>Bold</b>',
    surname: '"Quote\' & Amp',
    jobTitle: 'Security Tester',
    department: 'IT',
  },
  { nickname: 'mallory', displayName: 'Mallory \u202Enimda labolG', givenName: 'Mallory', surname: '\u202Enimda', jobTitle: 'Intern', department: 'IT' },
  {
    nickname: 'kai.nakamura',
    displayName: 'Kai Nakamura (Fabrikam)',
    givenName: 'Kai',
    surname: 'Nakamura',
    userType: 'Guest',
    mail: 'kai.nakamura@fabrikam.example',
  },
  {
    nickname: 'brianj',
    displayName: 'Brian Johnson (former)',
    givenName: 'Brian',
    surname: 'Johnson',
    jobTitle: 'Sales Rep',
    department: 'Sales',
    accountEnabled: false,
  },
  {
    nickname: 'ravik',
    displayName: 'Ravi Kumar',
    givenName: 'Ravi',
    surname: 'Kumar',
    jobTitle: 'Shop Floor Supervisor',
    department: 'Manufacturing',
    mail: null,
    extensionAttribute1: 'ravi.kumar@contoso-mail.example',
  },
];

const SEEDED_AT = Date.UTC(2023, 3, 12, 9, 30, 0);

function userPrincipalName(user: SeedUser): string {
  if (user.userType === 'Guest' && user.mail) {
    return `${user.mail.replace('@', '_')}#EXT#@${DEMO_TENANT_DOMAIN}`;
  }
  return `${user.nickname}@${DEMO_TENANT_DOMAIN}`;
}

function seedUser(user: SeedUser, index: number): User {
  const upn = userPrincipalName(user);
  const extensionAttributes: Record<string, string | null> = {};
  for (let n = 1; n <= 15; n += 1) extensionAttributes[`extensionAttribute${n}`] = null;
  if (user.extensionAttribute1) extensionAttributes.extensionAttribute1 = user.extensionAttribute1;
  return {
    id: userId(user.nickname),
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.surname,
    userPrincipalName: upn,
    mail: user.mail === undefined ? `${user.nickname}@${DEMO_TENANT_DOMAIN}` : user.mail,
    mailNickname: user.nickname,
    jobTitle: user.jobTitle ?? null,
    department: user.department ?? null,
    officeLocation: user.officeLocation ?? null,
    preferredLanguage: user.preferredLanguage ?? 'en-US',
    businessPhones: user.userType === 'Guest' ? [] : [`+1 425 555 01${String(index).padStart(2, '0')}`],
    mobilePhone: null,
    accountEnabled: user.accountEnabled ?? true,
    userType: user.userType ?? 'Member',
    employeeId: user.userType === 'Guest' ? null : `E${1001 + index}`,
    createdDateTime: graphDateTime(SEEDED_AT + index * 86_400_000),
    onPremisesSamAccountName: null,
    onPremisesExtensionAttributes: extensionAttributes,
  };
}

interface SeedGroup {
  key: keyof typeof DEMO_GROUP_IDS;
  displayName: string;
  description: string;
  kind: 'security' | 'microsoft365';
  mailNickname: string;
  members: string[];
}

const u = (nickname: string): string => userId(nickname);

const SEED_GROUPS: SeedGroup[] = [
  {
    key: 'emailSecurityUsers',
    displayName: 'Email Security Users',
    description: 'People who use the Trend Micro End User Console',
    kind: 'security',
    mailNickname: 'EmailSecurityUsers',
    members: [u('adele'), u('alexw'), u('johannal'), u('jonis'), u('zoe.muller'), u('taro.yamada'), groupId('helpdesk')],
  },
  {
    key: 'itAdmins',
    displayName: 'IT Admins',
    description: 'IT administrators',
    kind: 'security',
    mailNickname: 'ITAdmins',
    members: [u('admin'), u('allanD'), u('adele'), u('meganb')],
  },
  {
    key: 'helpdesk',
    displayName: 'Helpdesk',
    description: 'First-line support',
    kind: 'security',
    mailNickname: 'Helpdesk',
    members: [u('allanD'), u('jo.brown'), u('mallory')],
  },
  {
    key: 'finance',
    displayName: 'Finance',
    description: 'Finance department',
    kind: 'security',
    mailNickname: 'Finance',
    members: [u('emilyb'), u('pradeepg'), u('zoe.muller'), u('angela.nunez')],
  },
  {
    key: 'contractors',
    displayName: 'Contractors',
    description: 'External contractors and guests',
    kind: 'security',
    mailNickname: 'Contractors',
    members: [u('kai.nakamura'), u('xss.tester')],
  },
  {
    key: 'japanOffice',
    displayName: '日本オフィス (Japan Office)',
    description: '東京・大阪オフィスのメンバー',
    kind: 'security',
    mailNickname: 'JapanOffice',
    members: [u('taro.yamada'), u('hanako.sato'), u('john.smith.jp')],
  },
  {
    key: 'rdPrototypeLab',
    displayName: 'R&D <Prototype> Lab',
    description: 'Markup in a name: <b>must</b> render as text',
    kind: 'security',
    mailNickname: 'RDPrototypeLab',
    members: [u('gradya'), u('henriettam'), u('irvins'), u('lukasz.zolkiewski')],
  },
  {
    key: 'allCompany',
    displayName: 'All Company',
    description: 'This is the default group for everyone in the network',
    kind: 'microsoft365',
    mailNickname: 'allcompany',
    members: SEED_USERS.filter((user) => user.userType !== 'Guest').map((user) => u(user.nickname)),
  },
  {
    key: 'salesAndMarketing',
    displayName: 'Sales and Marketing',
    description: 'Marketing campaigns and sales',
    kind: 'microsoft365',
    mailNickname: 'SalesAndMarketing',
    members: [u('miriamg'), u('christiec'), u('alexw'), u('jordanm'), u('isaiahl'), u('josee.tremblay')],
  },
  {
    key: 'mark8ProjectTeam',
    displayName: 'Mark 8 Project Team',
    description: "Welcome to the team that we've assembled to launch our product.",
    kind: 'microsoft365',
    mailNickname: 'Mark8ProjectTeam',
    members: [u('adele'), u('lidiah'), u('johannal'), u('leeg')],
  },
  {
    key: 'digitalInitiativePr',
    displayName: 'Digital Initiative Public Relations',
    description: 'Marketing campaigns for the digital initiative',
    kind: 'microsoft365',
    mailNickname: 'DigitalInitiativePublicRelations',
    members: [u('meganb'), u('miriamg')],
  },
  {
    key: 'usSales',
    displayName: 'U.S. Sales',
    description: 'U.S. sales team',
    kind: 'microsoft365',
    mailNickname: 'USSales',
    members: [u('isaiahl'), u('brianj'), u('christiec')],
  },
  {
    key: 'equipeParis',
    displayName: 'Équipe Paris',
    description: 'Bureau de Paris',
    kind: 'microsoft365',
    mailNickname: 'EquipeParis',
    members: [u('francois.dupont'), u('josee.tremblay')],
  },
  {
    key: 'retail',
    displayName: 'Retail',
    description: 'Retail stores',
    kind: 'microsoft365',
    mailNickname: 'Retail',
    members: [u('adele'), u('lynner'), u('ravik')],
  },
  {
    key: 'leadership',
    displayName: 'Leadership',
    description: 'Executive leadership',
    kind: 'microsoft365',
    mailNickname: 'Leadership',
    members: [u('pattif'), u('irvins'), u('miriamg'), u('nestorw'), u('fatima.alzahra')],
  },
];

function seedGroup(group: SeedGroup, index: number): Group {
  const microsoft365 = group.kind === 'microsoft365';
  return {
    id: DEMO_GROUP_IDS[group.key],
    deletedDateTime: null,
    classification: null,
    createdDateTime: graphDateTime(SEEDED_AT + index * 3_600_000),
    description: group.description,
    displayName: group.displayName,
    groupTypes: microsoft365 ? ['Unified'] : [],
    mail: microsoft365 ? `${group.mailNickname}@${DEMO_TENANT_DOMAIN}` : null,
    mailEnabled: microsoft365,
    mailNickname: group.mailNickname,
    securityEnabled: !microsoft365,
    visibility: microsoft365 ? 'Public' : null,
    isAssignableToRole: null,
    membershipRule: null,
    onPremisesSyncEnabled: null,
  };
}

function seedApplications(tenantId: string): Pick<DirectoryState, 'applications' | 'servicePrincipals' | 'appRoleAssignments'> {
  const wiki = newApplication({
    id: DEMO_EXISTING_SAML_APP.applicationId,
    appId: DEMO_EXISTING_SAML_APP.appId,
    displayName: 'Fabrikam Wiki',
    createdMs: SEEDED_AT,
    publisherDomain: DEMO_TENANT_DOMAIN,
    applicationTemplateId: NON_GALLERY_TEMPLATE_ID,
    scopeId: stableGuid('contoso/scope/fabrikam-wiki'),
  });
  wiki.identifierUris = [DEMO_EXISTING_SAML_APP.identifierUri];
  if (wiki.web) wiki.web.redirectUris = ['https://wiki.fabrikam.example/saml/acs'];
  const wikiSp = newServicePrincipal({
    id: DEMO_EXISTING_SAML_APP.servicePrincipalId,
    application: wiki,
    tenantId,
    tags: [CUSTOM_SSO_TAG, INTEGRATED_APP_TAG],
  });
  wikiSp.preferredSingleSignOnMode = 'saml';

  const expenses = newApplication({
    id: DEMO_EXISTING_OIDC_APP.applicationId,
    appId: DEMO_EXISTING_OIDC_APP.appId,
    displayName: 'Contoso Expenses',
    createdMs: SEEDED_AT,
    publisherDomain: DEMO_TENANT_DOMAIN,
    applicationTemplateId: null,
    scopeId: stableGuid('contoso/scope/contoso-expenses'),
  });
  expenses.identifierUris = [`api://${DEMO_EXISTING_OIDC_APP.appId}`];
  if (expenses.web) expenses.web.redirectUris = ['https://expenses.contoso.example/signin-oidc'];
  const expensesSp = newServicePrincipal({
    id: DEMO_EXISTING_OIDC_APP.servicePrincipalId,
    application: expenses,
    tenantId,
    tags: [INTEGRATED_APP_TAG],
  });

  const wikiAssignment: AppRoleAssignment = {
    id: 'seedWikiAllCompanyAssignment0000000000000a',
    deletedDateTime: null,
    appRoleId: USER_APP_ROLE_ID,
    createdDateTime: graphDateTime(SEEDED_AT),
    principalDisplayName: 'All Company',
    principalId: DEMO_GROUP_IDS.allCompany,
    principalType: 'Group',
    resourceDisplayName: 'Fabrikam Wiki',
    resourceId: DEMO_EXISTING_SAML_APP.servicePrincipalId,
  };
  return { applications: [wiki, expenses], servicePrincipals: [wikiSp, expensesSp], appRoleAssignments: [wikiAssignment] };
}

export function seedDirectory(tenantId: string = DEMO_TENANT_ID, options: SeedOptions = {}): DirectoryState {
  const base = seedApplications(tenantId);
  const checkApps = seedCheckApps(options.checkApps ?? [], tenantId, options.now ?? Date.now());
  const directoryRoles: DirectoryState['directoryRoles'] = {};
  for (const user of SEED_USERS) if (user.role) directoryRoles[userId(user.nickname)] = user.role;
  const groupMembers: DirectoryState['groupMembers'] = {};
  for (const group of SEED_GROUPS) groupMembers[DEMO_GROUP_IDS[group.key]] = [...group.members];

  return {
    schemaVersion: DIRECTORY_STATE_VERSION,
    tenant: {
      id: tenantId,
      displayName: DEMO_TENANT_NAME,
      createdDateTime: graphDateTime(SEEDED_AT),
      hasEntraIdP1: true,
      verifiedDomains: [
        {
          capabilities: 'Email, OfficeCommunicationsOnline',
          isDefault: true,
          isInitial: true,
          name: DEMO_TENANT_DOMAIN,
          type: 'Managed',
        },
      ],
    },
    users: SEED_USERS.map(seedUser),
    groups: SEED_GROUPS.map(seedGroup),
    groupMembers,
    directoryRoles,
    applications: [...base.applications, ...checkApps.applications],
    servicePrincipals: [...base.servicePrincipals, ...checkApps.servicePrincipals],
    appRoleAssignments: [...base.appRoleAssignments, ...checkApps.appRoleAssignments],
    claimsPolicies: checkApps.claimsPolicies,
    createdAt: {},
  };
}
