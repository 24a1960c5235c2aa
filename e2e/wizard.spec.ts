// Issue 3: the whole procedure in real Chromium, signed in through the fake authority, applied to
// the demo tenant, and checked from the tenant's own state, the downloaded certificate and the
// summary, for every region and claim variant.
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/test';
import { certificateStep, claimsStep, regionStep, reviewAndApply, signIn, walkWizard, type WalkOptions } from './fixtures/wizard';
import { adele, salesAndMarketing, startAt } from './fixtures/seeded';
import { DEMO_ADMIN_USER_ID, DEMO_GROUP_IDS, DEMO_TENANT_ID } from '../src/demo-tenant/seed';
import { text } from './fixtures/i18n';
import { regionInfo } from '../src/setup/regions';
import type { DemoTenant } from '../src/demo-tenant/tenant';
import type { Region } from '../src/setup/types';

const APP_NAME = 'Trend Micro Email Security End User Console';

function configuredApp(tenant: DemoTenant) {
  const state = tenant.state;
  const apps = Object.values(state.applications).filter((app) => app.displayName === APP_NAME);
  const sp = Object.values(state.servicePrincipals).find((candidate) => candidate.appId === apps[0]?.appId);
  return { state, apps, sp };
}

interface Variant {
  title: string;
  region: Region;
  /**
   * 'full': from the start page, every step by hand. 'from-region': signed in on the region step
   * with the name and the two people confirmed (e2e/fixtures/seeded.ts), then region, claims,
   * certificate, review and apply by hand. Three full walks cover the name and people steps and
   * every claims path (default claims, a custom identity claim with a renamed group claim, the group
   * claim under its default name); every region still has its own region step, preview, claims,
   * apply, tenant state, download and summary.
   */
  walk: 'full' | 'from-region';
  customClaim?: WalkOptions['customClaim'];
  groupClaim?: WalkOptions['groupClaim'];
}

const VARIANTS: Variant[] = [
  { title: 'default claims', region: 'us', walk: 'full' },
  {
    title: 'custom identity claim and renamed group claim',
    region: 'eu',
    walk: 'full',
    customClaim: { name: 'euc_mail', source: 'userprincipalname' },
    groupClaim: { name: 'euc_group' },
  },
  { title: 'group claim under the default name', region: 'anz', walk: 'full', groupClaim: 'default-name' },
  { title: 'custom identity claim only', region: 'jp', walk: 'from-region', customClaim: { name: 'euc_email', source: 'extensionattribute1' } },
  { title: 'default claims', region: 'sg', walk: 'from-region' },
  { title: 'group claim under the default name', region: 'in', walk: 'from-region', groupClaim: 'default-name' },
  {
    title: 'custom identity claim and group claim',
    region: 'uae',
    walk: 'from-region',
    customClaim: { name: 'mailbox', source: 'mail' },
    groupClaim: 'default-name',
  },
];

for (const variant of VARIANTS) {
  test(`${text('en', `region.regions.${variant.region}`)}, ${variant.title}: the tenant ends configured exactly as the summary says`, async ({
    page,
    tenant,
  }) => {
    test.slow(); // a walk, an apply and a download
    const cmpId = `e2e-${variant.region}_1`;
    const claims = { ...(variant.customClaim ? { customClaim: variant.customClaim } : {}), ...(variant.groupClaim ? { groupClaim: variant.groupClaim } : {}) };
    const emails = 'it@contoso.com, security@contoso.com';
    if (variant.walk === 'full') {
      await signIn(page);
      await walkWizard(page, {
        region: variant.region,
        cmpId,
        people: [
          { search: 'Adele', option: /Adele Vance/ },
          { search: 'Sales', option: /Sales and Marketing/ },
        ],
        ...claims,
        emails,
      });
    } else {
      await startAt(page, 'region', { principals: [adele(tenant), salesAndMarketing(tenant)] });
      await regionStep(page, variant.region, cmpId);
      await claimsStep(page, claims);
      await certificateStep(page, emails);
      await reviewAndApply(page);
    }

    // The tenant's own state, not the UI.
    const { domain } = regionInfo(variant.region);
    const identifier = `https://euc.${domain}/uiserver/euc/ssoLogin`;
    const replyUrl = `https://euc.${domain}/uiserver/euc/ssoAssert?cmpID=${cmpId}`;
    const { state, apps, sp } = configuredApp(tenant);
    expect(apps).toHaveLength(1);
    const app = apps[0]!;
    expect(app.identifierUris).toEqual([identifier]);
    expect(app.web?.redirectUris).toEqual([replyUrl]);
    expect(sp?.preferredSingleSignOnMode).toBe('saml');
    const userRole = sp?.appRoles?.find((role) => role.displayName === 'User');
    const assignments = Object.values(state.appRoleAssignments).filter((a) => a.resourceId === sp?.id);
    expect(assignments.map((a) => a.principalId).sort()).toEqual([DEMO_ADMIN_USER_ID, DEMO_GROUP_IDS.salesAndMarketing].sort());
    expect(assignments.every((a) => a.appRoleId === userRole?.id)).toBe(true);
    expect(sp?.notificationEmailAddresses).toEqual(['it@contoso.com', 'security@contoso.com']);
    const policy = state.claimsPolicies[sp!.id!]?.current;
    if (variant.customClaim) {
      expect(policy?.includeBasicClaimSet).toBe(true);
      expect(policy?.claims).toEqual([
        expect.objectContaining({
          name: variant.customClaim.name,
          configurations: [expect.objectContaining({ attribute: expect.objectContaining({ id: variant.customClaim.source, source: 'user' }) })],
        }),
      ]);
    } else {
      expect(policy).toBeUndefined();
    }
    expect(app.groupMembershipClaims ?? null).toBe(variant.groupClaim ? 'SecurityGroup' : null);
    const verifyKeys = (sp?.keyCredentials ?? []).filter((key) => key.usage === 'Verify');
    expect(verifyKeys).toHaveLength(1);
    const thumbprint = sp?.preferredTokenSigningKeyThumbprint;
    expect(thumbprint).toMatch(/^[0-9A-F]{40}$/);

    // The downloaded certificate parses as X.509 and its SHA-1 is the active thumbprint.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download certificate (Base64)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.cer$/);
    const pem = await readFile((await download.path())!, 'utf8');
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{64}\n)*[A-Za-z0-9+/=]{1,64}\n-----END CERTIFICATE-----\n$/);
    const certificate = new X509Certificate(pem);
    expect(certificate.fingerprint.replaceAll(':', '')).toBe(thumbprint);

    // Every summary value, for this region and this tenant.
    const summary = (id: string) => page.getByTestId(`summary-${id}`);
    await expect(summary('loginUrl')).toHaveText(`https://login.microsoftonline.com/${DEMO_TENANT_ID}/saml2`);
    await expect(summary('logoutUrl')).toHaveText(`https://login.microsoftonline.com/${DEMO_TENANT_ID}/saml2`);
    await expect(summary('entraIdentifier')).toHaveText(`https://sts.windows.net/${DEMO_TENANT_ID}/`);
    await expect(summary('identifier')).toHaveText(identifier);
    await expect(summary('replyUrl')).toHaveText(replyUrl);
    await expect(summary('cmpId')).toHaveText(cmpId);
    await expect(summary('identityClaimName')).toHaveText(variant.customClaim?.name ?? 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress');
    if (variant.groupClaim === undefined) await expect(summary('groupClaimName')).toHaveCount(0);
    else if (variant.groupClaim === 'default-name')
      await expect(summary('groupClaimName')).toHaveText('http://schemas.microsoft.com/ws/2008/06/identity/claims/groups');
    else {
      await expect(summary('groupClaimName')).toContainText(variant.groupClaim.name);
      await expect(page.getByText(`Not done by the wizard: rename the group claim to "${variant.groupClaim.name}"`)).toBeVisible();
    }
    await expect(summary('federationMetadataUrl')).toHaveText(
      `https://login.microsoftonline.com/${DEMO_TENANT_ID}/federationmetadata/2007-06/federationmetadata.xml?appid=${app.appId}`,
    );
    await expect(summary('certificateThumbprint')).toHaveText(thumbprint!);
  });
}
