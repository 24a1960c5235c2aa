// Issue 14: the summary is complete on every path. A re-run against an app already in production
// that writes nothing still shows the active certificate (thumbprint, expiry with its time zone,
// the Base64 download whose SHA-1 is the thumbprint), read from the service principal; the
// assigned groups with their object IDs; a Test sign-in link; and a headline that says when a step
// is left in the portal. A reload keeps all of it.
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures/test';
import { heading } from './fixtures/wizard';
import { principalOf, startAt } from './fixtures/seeded';
import { DemoTenant } from '../src/demo-tenant/tenant';
import { DEMO_CHECK_APPS, DEMO_CHECK_NOTIFICATION_EMAIL, DEMO_GROUP_IDS, DEMO_TENANT_ID } from '../src/demo-tenant/seed';
import { SEEDED_CERTIFICATES } from '../src/demo-tenant/certificates/seeded-certificates';
import type { GroupClaim } from '../src/setup/types';

/** The tenant already has the Dubai app in production (see src/demo-tenant/README.md). */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  tenant: async ({}, provide) => {
    await provide(new DemoTenant({ checkApps: ['correct'] }));
  },
});

// Signed in without the redirect (e2e/fixtures/session.ts): this file is not about signing in.
test.use({ session: 'restored' });

const APP = DEMO_CHECK_APPS.correct;
const THUMBPRINT = SEEDED_CERTIFICATES.correct.thumbprint;

/**
 * The same answers the Dubai app was set up with: the review has nothing to write. The tests are
 * about the summary, so they start on the review (e2e/fixtures/seeded.ts) with what the walk
 * (Email Security Users, the UAE, contoso-uae, the check's address) would have confirmed.
 */
async function rerun(page: Page, tenant: DemoTenant, groupClaim: GroupClaim): Promise<void> {
  await startAt(page, 'review', {
    principals: [principalOf(tenant, DEMO_GROUP_IDS.emailSecurityUsers)],
    region: 'uae',
    cmpId: 'contoso-uae',
    groupClaim,
    emails: [DEMO_CHECK_NOTIFICATION_EMAIL],
  });
}

async function expectCompleteSummary(page: Page): Promise<void> {
  const summary = (id: string) => page.getByTestId(`summary-${id}`);
  await expect(summary('certificateThumbprint')).toHaveText(THUMBPRINT);
  // Date, time and time zone, in the admin's language (the browser runs in Tokyo time here).
  await expect(summary('certificateExpiry')).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d [AP]M GMT\+9$/);
  await expect(summary('replyUrl')).toHaveText(APP.replyUrl);

  // The download is the certificate the thumbprint names.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download certificate (Base64)' }).click();
  const pem = await readFile((await (await downloading).path())!, 'utf8');
  expect(new X509Certificate(pem).fingerprint.replaceAll(':', '')).toBe(THUMBPRINT);

  // Assigned groups with names and object IDs, each copyable.
  const principals = page.getByTestId('summary-principals');
  await expect(principals).toContainText('Email Security Users (group)');
  await expect(page.getByTestId(`summary-principal-${DEMO_GROUP_IDS.emailSecurityUsers}`)).toHaveText(DEMO_GROUP_IDS.emailSecurityUsers);
  await page.getByRole('button', { name: 'Copy the object ID of Email Security Users' }).click();
  await expect(page.getByTestId('summary-announcement')).toHaveText('Email Security Users copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DEMO_GROUP_IDS.emailSecurityUsers);

  // Test sign-in: the app's User access URL, in a new tab that cannot reach back to the wizard.
  const link = page.getByRole('link', { name: 'Test sign-in (opens in a new tab)' });
  await expect(link).toHaveAttribute('href', `https://launcher.myapps.microsoft.com/api/signin/${APP.appId}?tenantId=${DEMO_TENANT_ID}`);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByText(/^Once the SSO profile is saved on the Trend Micro console, open this link as a user you assigned/)).toBeVisible();
  await expect(page.getByTestId('summary-no-certificate')).toHaveCount(0);
}

test.use({ timezoneId: 'Asia/Tokyo' });

test('a re-run that writes nothing: the certificate, the groups and a test sign-in link, from the tenant; a reload keeps them', async ({
  page,
  context,
  tenant,
}) => {
  test.slow(); // a sign-in, a summary read twice and a reload
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await rerun(page, tenant, { kind: 'default-name', groups: 'SecurityGroup' });
  await expect(page.getByText('Your tenant already matches every answer: nothing will be written.')).toBeVisible();
  await page.getByRole('button', { name: 'Continue to summary' }).click();
  await heading(page, 'Summary');
  expect(tenant.writes()).toEqual([]);
  await expect(page.getByTestId('summary-headline')).toHaveText('Single sign-on is configured in Microsoft Entra ID.');
  await expectCompleteSummary(page);

  // The certificate was read from the service principal, one object, with its public key.
  const reads = tenant.log.filter((entry) => entry.method === 'GET' && entry.path.endsWith(`/servicePrincipals/${APP.servicePrincipalId}`));
  expect(reads.map((entry) => entry.query)).toContain('$select=keyCredentials,preferredTokenSigningKeyThumbprint');

  await page.reload();
  // Signing in silently and loading the wizard again can take a while on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible({ timeout: 30_000 });
  await expectCompleteSummary(page);
  expect(tenant.writes()).toEqual([]);
});

test('a step left in the portal: the headline says "almost done", not "configured"', async ({ page, tenant }) => {
  await rerun(page, tenant, { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' });
  await page.getByRole('button', { name: /^(Apply|Continue to summary)$/ }).click();
  await heading(page, 'Summary');
  await expect(page.getByTestId('summary-headline')).toHaveText('Almost done: one step left in the Entra admin center.');
  await expect(page.getByTestId('summary-portal-step')).toContainText('rename the group claim to "euc_group"');
  await expect(page.getByTestId('summary-certificateThumbprint')).toHaveText(THUMBPRINT);
});
