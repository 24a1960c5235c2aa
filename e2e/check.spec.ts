// Issue 6: check and repair an existing setup. Against a demo tenant seeded with broken Trend Micro
// EUC apps: each break is reported as the expected finding, the repair goes through review and
// apply and writes exactly that, and a second check is all green. A correct app checks green with
// zero writes, and the report downloads as JSON.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CLOUD_APPLICATION_ADMIN_USER, CONSENT_DECLINED, expect, test as base } from './fixtures/test';
import { expectNoViolations } from './fixtures/page-checks';
import { heading, signIn } from './fixtures/wizard';
import { DemoTenant } from '../src/demo-tenant/tenant';
import { DEMO_CHECK_APPS, DEMO_GROUP_IDS, DEMO_TENANT_ID, type DemoCheckAppKey } from '../src/demo-tenant/seed';
import type { CheckReport, FindingId } from '../src/setup/check';

/** The shared fixtures, with the tenant seeded with the check apps a test names. */
const test = base.extend<{ checkApps: DemoCheckAppKey[] }>({
  checkApps: [[], { option: true }],
  tenant: async ({ checkApps }, provide) => {
    await provide(new DemoTenant({ checkApps }));
  },
});

// Signed in without the redirect (e2e/fixtures/session.ts) unless a test is about signing in,
// consent or another user.
test.use({ session: 'restored' });

const FINDING_IDS: FindingId[] = [
  'samlMode',
  'identifier',
  'replyUrl',
  'assignments',
  'identityClaim',
  'groupClaim',
  'signingCertificate',
  'notificationEmails',
];

/** The choice at the top of the signed-in area, with the keyboard: arrow to the tab, Enter selects it. */
async function openCheck(page: Page): Promise<void> {
  const setup = page.getByRole('tab', { name: 'Set up a new app' });
  await expect(setup).toHaveAttribute('aria-selected', 'true');
  await setup.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Check an existing setup' })).toHaveAttribute('aria-selected', 'true');
  await heading(page, 'Check an existing setup');
}

async function pickApp(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: `Check ${displayName}` }).click();
  await heading(page, `Check: ${displayName}`);
}

async function expectStatuses(page: Page, failing: Partial<Record<FindingId, 'fail' | 'warning' | 'confirm'>>): Promise<void> {
  for (const id of FINDING_IDS) await expect(page.getByTestId(`finding-${id}`)).toHaveAttribute('data-status', failing[id] ?? 'pass');
}

async function allGreen(page: Page): Promise<void> {
  await expect(page.getByTestId('check-counts')).toHaveText('8 passed, 0 warnings, 0 failed');
  await expectStatuses(page, {});
  await expect(page.getByText('Everything the End User Console needs is configured. Nothing needs repair.')).toBeVisible();
}

/**
 * The correct app sends group IDs; Graph cannot read the claim's name, so that one item is to be
 * confirmed in the portal: never "passed", never repaired.
 */
async function correctButGroupClaimNameToConfirm(page: Page): Promise<void> {
  await expect(page.getByTestId('check-counts')).toHaveText('7 passed, 1 to confirm in the portal, 0 warnings, 0 failed');
  await expectStatuses(page, { groupClaim: 'confirm' });
  await expect(page.getByTestId('finding-groupClaim')).toContainText('Confirm in the portal');
  await expect(page.getByText('Everything Graph can read is configured. Confirm what it cannot read (below) in the portal.')).toBeVisible();
}

/** Review → Apply → "Repair applied"; returns the operation ids the review showed. */
async function repair(page: Page, before?: (page: Page) => Promise<void>): Promise<string[]> {
  await page.getByRole('button', { name: /^Repair \d+ items?…$/ }).click();
  await heading(page, 'Review the repair');
  if (before) await before(page);
  // The setup's review: what changes per blade, the exact requests behind a disclosure.
  await expect(page.getByTestId('changes')).toBeVisible();
  await page.getByTestId('graph-requests').locator('summary').click();
  const planned = page.getByRole('list', { name: 'Planned Graph operations' }).getByRole('listitem');
  await expect(planned.first()).toBeVisible();
  const ids = (await planned.evaluateAll((items) => items.map((item) => item.getAttribute('data-testid') ?? ''))).map((id) => id.replace(/^planned-/, ''));
  const apply = page.getByRole('button', { name: 'Apply the repair' });
  // A change that can break sign-in (a live certificate or reply URL replaced) waits for the admin's confirmation.
  if ((await page.getByTestId('breaking-changes').count()) > 0) {
    await expect(apply).toBeDisabled();
    await page.getByRole('checkbox', { name: /^I understand that these changes can break sign-in/ }).check();
  }
  await apply.click();
  await heading(page, 'Repair applied');
  return ids;
}

async function checkAgain(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: 'Check again' }).click();
  await heading(page, `Check: ${displayName}`);
}

interface Scenario {
  key: Exclude<DemoCheckAppKey, 'correct'>;
  /** Opened from a support link instead of the picker. */
  link?: string;
  /** Corrections on "Compared with" before the check shows the break. */
  compare?: (page: Page) => Promise<void>;
  review?: (page: Page) => Promise<void>;
  operations: string[];
  /** The reason the first broken finding (or `reasonOf`) gives. */
  reason: string | RegExp;
  reasonOf?: FindingId;
}

const SCENARIOS: Scenario[] = [
  {
    key: 'wrongRegionHost',
    // Support knows the account is in Europe; no app has Europe's identifier, so the admin picks it.
    link: '/?check=1&region=eu&cmpId=contoso-eu',
    operations: ['application-urls'],
    reasonOf: 'replyUrl',
    reason:
      'The host is euc.tmes.trendmicro.com (North America, Latin America and Asia Pacific), not euc.tmes.trendmicro.eu (Europe and Africa). The cmpID is right.',
  },
  {
    key: 'missingCmpId',
    compare: async (page) => {
      await page.getByRole('textbox', { name: 'Unique identifier (cmpID)' }).fill('contoso-in');
      await page.getByRole('button', { name: 'Compare with these values' }).click();
    },
    operations: ['application-urls'],
    reason: 'The cmpID is missing.',
  },
  {
    key: 'noActiveCertificate',
    operations: ['add-certificate', 'activate-certificate'],
    reason: 'No certificate is active: the app has no preferred signing thumbprint.',
  },
  { key: 'expiredCertificate', operations: ['add-certificate', 'activate-certificate'], reason: /^Expired on [A-Z][a-z]+ \d{1,2}, \d{4}, 1[12] days ago/ }, // dates as the admin's language writes them
  { key: 'expiringCertificate', operations: ['add-certificate', 'activate-certificate'], reason: /^Expires on [A-Z][a-z]+ \d{1,2}, \d{4}, in 2[45] days/ },
  {
    key: 'noAssignments',
    review: async (page) => {
      const picker = page.getByRole('combobox', { name: 'Users and groups' });
      await picker.click();
      await picker.pressSequentially('Email Sec', { delay: 20 });
      await page.getByRole('option', { name: /Email Security Users/ }).click();
    },
    operations: ['assign:'],
    reason: 'Assignment is required and nobody is assigned, so nobody can sign in.',
  },
  {
    key: 'claimNameDiffers',
    // The link names the app's region, so the check opens on that app at once.
    link: '/?check=1&region=us&cmpId=contoso-us&claim=euc_mail',
    operations: ['claims-policy'],
    reason: 'No claim is named "euc_mail"; the app sends "euc_email" instead.',
  },
];

for (const scenario of SCENARIOS) {
  const app = DEMO_CHECK_APPS[scenario.key];
  test.describe(`${scenario.key}`, () => {
    test.use({ checkApps: [scenario.key] });

    test(`${app.broken.map((b) => `${b.id} ${b.status}s`).join(' and ')}; the repair writes exactly that; a second check is all green`, async ({
      page,
      tenant,
    }) => {
      test.slow(); // sign-in, a check, a repair and a second check
      if (scenario.link) {
        await signIn(page, scenario.link);
        await expect(page.getByRole('tab', { name: 'Check an existing setup' })).toHaveAttribute('aria-selected', 'true');
        if (scenario.key === 'wrongRegionHost') {
          await expect(page.getByTestId('link-no-app')).toContainText('No app in this tenant has the identifier for Europe and Africa');
          await pickApp(page, app.displayName);
        } else {
          await heading(page, `Check: ${app.displayName}`);
        }
      } else {
        await signIn(page);
        await openCheck(page);
        await expect(page.getByRole('list', { name: 'Apps with a Trend Micro EUC identifier' })).toBeVisible();
        await pickApp(page, app.displayName);
      }
      if (scenario.compare) await scenario.compare(page);

      const broken = Object.fromEntries(app.broken.map((b) => [b.id, b.status]));
      await expectStatuses(page, broken);
      const first = app.broken[0]!.id;
      await expect(page.getByTestId(`finding-${scenario.reasonOf ?? first}-reason`)).toHaveText(scenario.reason);
      // The status is in words, not colour alone.
      await expect(page.getByTestId(`finding-${first}`)).toContainText(app.broken[0]!.status === 'fail' ? 'Fail' : 'Warning');
      if (first === 'identifier' || first === 'replyUrl') {
        await expect(page.getByTestId(`finding-replyUrl-expected`)).toHaveText(
          `https://euc.${scenario.key === 'wrongRegionHost' ? 'tmes.trendmicro.eu' : 'tmes-in.trendmicro.com'}/uiserver/euc/ssoAssert?cmpID=${app.expected.cmpId}`,
        );
        await expect(page.getByTestId(`finding-replyUrl-actual`)).toHaveText(app.replyUrl);
      }
      expect(tenant.writes()).toEqual([]);

      const planned = await repair(page, scenario.review);
      expect(planned.map((id) => id.replace(/:.*/, ':'))).toEqual(scenario.operations);
      const writes = tenant.writes();
      expect(writes).toHaveLength(scenario.operations.length);
      const ids = [app.applicationId, app.servicePrincipalId];
      expect(writes.every((write) => ids.some((id) => write.path.includes(id)))).toBe(true);

      if (scenario.operations.includes('add-certificate')) {
        const rollover = page.getByTestId('rollover');
        await expect(rollover).toContainText('New signing certificate: put it on the Trend Micro console');
        await expect(page.getByTestId('remove-old-certificate')).toHaveCount(0);
        await page.getByRole('checkbox', { name: 'The Trend Micro console has the new certificate' }).check();
        await expect(page.getByTestId('remove-old-certificate')).toContainText('Delete Certificate');
        const sp = tenant.state.servicePrincipals.find((s) => s.id === app.servicePrincipalId)!;
        expect(sp.keyCredentials?.filter((key) => key.usage === 'Verify')).toHaveLength(2);
      }

      await checkAgain(page, app.displayName);
      await allGreen(page);
      expect(tenant.writes()).toHaveLength(scenario.operations.length);
    });
  });
}

test.describe('after a repair', () => {
  test.use({ checkApps: ['expiringCertificate'] });

  // Issue 14: the summary is complete on every path, a repair included.
  test('shows the full summary: the new certificate (thumbprint, expiry with time zone, download), the groups with IDs, the values and Test sign-in', async ({
    page,
    tenant,
  }) => {
    test.slow(); // sign-in, a check and a repair
    const app = DEMO_CHECK_APPS.expiringCertificate;
    await signIn(page);
    await openCheck(page);
    await pickApp(page, app.displayName);
    await repair(page);
    const summary = page.getByTestId('repair-summary');
    await expect(summary.getByRole('heading', { name: 'Summary' })).toBeVisible();
    const sp = tenant.state.servicePrincipals.find((s) => s.id === app.servicePrincipalId)!;
    const thumbprint = sp.preferredTokenSigningKeyThumbprint!;
    await expect(summary.getByTestId('summary-certificateThumbprint')).toHaveText(thumbprint);
    await expect(summary.getByTestId('summary-certificateExpiry')).toHaveText(/\d{4} at \d{1,2}:\d{2} [AP]M (GMT|UTC)/);
    await expect(summary.getByRole('button', { name: 'Download certificate (Base64)' })).toBeVisible();
    await expect(summary.getByTestId('summary-replyUrl')).toHaveText(app.replyUrl);
    await expect(summary.getByTestId('summary-headline')).toHaveText('Single sign-on is configured in Microsoft Entra ID.');
    await expect(summary.getByTestId('summary-principals')).toContainText('Email Security Users');
    await expect(summary.getByTestId(`summary-principal-${DEMO_GROUP_IDS.emailSecurityUsers}`)).toHaveText(DEMO_GROUP_IDS.emailSecurityUsers);
    await expect(summary.getByTestId('summary-test-sign-in')).toHaveAttribute(
      'href',
      `https://launcher.myapps.microsoft.com/api/signin/${app.appId}?tenantId=${DEMO_TENANT_ID}`,
    );
    await expect(summary.getByTestId('summary-no-certificate')).toHaveCount(0);
  });
});

test.describe('a repair refused for a permission the token lacks', () => {
  test.use({ checkApps: ['samlModeUnset'], session: 'redirect' });

  test('offers consent for that permission; after it the repair continues and writes once', async ({ page, tenant, authority }) => {
    test.slow(); // sign-in, a check, a consent round trip and a repair
    const app = DEMO_CHECK_APPS.samlModeUnset;
    authority.withholdScopes(['Application.ReadWrite.All']);
    await signIn(page);
    await openCheck(page);
    await pickApp(page, app.displayName);
    await page.getByRole('button', { name: /^Repair \d+ items?…$/ }).click();
    await heading(page, 'Review the repair');
    await page.getByRole('button', { name: 'Apply the repair' }).click();
    await expect(page.getByTestId('repair-saml-mode')).toHaveAttribute('data-state', 'failed');
    const prompt = page.getByTestId('consent-prompt');
    await expect(prompt).toContainText('Application.ReadWrite.All');
    expect(tenant.writes()).toEqual([]);

    const before = authority.authorizeRequests.length;
    await prompt.getByRole('button', { name: 'Grant consent' }).click();
    await heading(page, 'Repair applied');
    expect(authority.authorizeRequests.slice(before).map((request) => request.prompt)).toEqual(['consent']);
    expect(tenant.writes()).toHaveLength(1);
    await checkAgain(page, app.displayName);
    await allGreen(page);
  });
});

test.describe('a repair whose consent the authority refuses', () => {
  test.use({ checkApps: ['samlModeUnset'], session: 'redirect' });

  // Issue 13: one redirect per attempt, then the reason and a button; never a loop.
  test('redirects once, stops with AADSTS65004 and writes nothing; the button asks exactly once more', async ({ page, tenant, authority }) => {
    test.slow(); // sign-in, a check, two redirects and a repair
    const app = DEMO_CHECK_APPS.samlModeUnset;
    authority.requireConsentFor(['Application.ReadWrite.All']);
    authority.refuseConsent(CONSENT_DECLINED);
    await signIn(page);
    await openCheck(page);
    await pickApp(page, app.displayName);
    await page.getByRole('button', { name: /^Repair \d+ items?…$/ }).click();
    await heading(page, 'Review the repair');
    const before = authority.interactiveAuthorizes().length;
    await page.getByRole('button', { name: 'Apply the repair' }).click();
    const row = page.getByTestId('repair-saml-mode');
    await expect(row).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
    await expect(row).toContainText('AADSTS65004');
    await expect(row.getByTestId('interaction-refused')).toContainText('Consent was declined');
    await page.waitForTimeout(4000); // a loop redirected every two seconds
    expect(authority.interactiveAuthorizes().length - before).toBe(1);
    expect(tenant.writes()).toEqual([]);

    authority.refuseConsent(null);
    await row.getByRole('button', { name: 'Ask Microsoft again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Repair applied' })).toBeVisible({ timeout: 30_000 });
    expect(authority.interactiveAuthorizes().length - before).toBe(2);
    expect(tenant.writes()).toHaveLength(1);
  });
});

test.describe('a Cloud Application Administrator', () => {
  test.use({ checkApps: ['correct'], session: 'redirect' });

  // Issue 13: reading the custom claims policy needs Application Administrator or Global Reader.
  // Before, Graph's 403 on it failed the whole check ("Could not read your tenant").
  test('gets every other item checked, and the identity claim says which role reads the claims policy', async ({ page, tenant, authority }) => {
    test.slow(); // sign-in and a check with a refused read
    authority.setUser(CLOUD_APPLICATION_ADMIN_USER);
    await signIn(page, '/', CLOUD_APPLICATION_ADMIN_USER);
    await openCheck(page);
    await pickApp(page, 'Trend Micro EUC (Dubai)');
    await expectStatuses(page, { identityClaim: 'warning', groupClaim: 'confirm' });
    await expect(page.getByTestId('finding-identityClaim-reason')).toHaveText(
      'Could not be read: reading the custom claims policy needs the Application Administrator or Global Reader role.',
    );
    await expect(page.getByTestId('check-counts')).toHaveText('6 passed, 1 to confirm in the portal, 1 warning, 0 failed');
    // Nothing the plan could repair: the claims policy is the admin's (and a role's) to deal with.
    await expect(page.getByRole('button', { name: /^Repair/ })).toHaveCount(0);
    expect(tenant.writes()).toEqual([]);
  });
});

test.describe('a correct app', () => {
  test.use({ checkApps: ['correct', 'missingCmpId', 'expiredCertificate'] });

  test('checks all green with zero writes; the report copies as text and downloads as JSON', async ({ page, context, tenant }) => {
    test.slow(); // two checks, a search, a copy and a download
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page);
    await openCheck(page);
    // Trend Micro EUC apps are listed first, by name, with their region.
    const listed = page.getByRole('list', { name: 'Apps with a Trend Micro EUC identifier' }).getByRole('listitem');
    await expect(listed).toHaveCount(3);
    await expect(listed.nth(1)).toContainText('Trend Micro EUC (Dubai)');
    await expect(listed.nth(1)).toContainText('Trend Micro EUC, Middle East (UAE)');
    // Search by name finds other enterprise apps too.
    await page.getByRole('searchbox', { name: 'Search enterprise applications by name' }).fill('Fab');
    await expect(page.getByRole('button', { name: 'Check Fabrikam Wiki' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search enterprise applications by name' }).fill('');

    await pickApp(page, 'Trend Micro EUC (Dubai)');
    await correctButGroupClaimNameToConfirm(page);
    await expect(page.getByRole('button', { name: /^Repair/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Copy report as text' }).click();
    await expect(page.getByTestId('check-announcement')).toHaveText('Report copied to the clipboard.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('[PASS] Single sign-on mode is SAML');
    expect(text).toContain('[CONFIRM IN THE PORTAL] Group claim');
    expect(text).toContain('7 passed, 1 to confirm in the portal, 0 warnings, 0 failed');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download report (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Trend Micro EUC \(Dubai\) check \d{4}-\d\d-\d\d\.json$/);
    const report = JSON.parse(await readFile((await download.path())!, 'utf8')) as CheckReport;
    expect(report.app.applicationId).toBe(DEMO_CHECK_APPS.correct.applicationId);
    expect(report.counts).toEqual({ pass: 7, confirm: 1, warning: 0, fail: 0 });
    expect(report.findings.map((finding) => finding.id)).toEqual(FINDING_IDS);

    await checkAgain(page, 'Trend Micro EUC (Dubai)');
    await correctButGroupClaimNameToConfirm(page);
    expect(tenant.writes()).toEqual([]);
  });

  test('a broken app shows the failing finding with expected and actual side by side, and the report says it in text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page);
    await openCheck(page);
    await pickApp(page, 'Trend Micro EUC (Singapore)');
    await expect(page.getByTestId('check-counts')).toHaveText('7 passed, 0 warnings, 1 failed');
    await expect(page.getByTestId('finding-signingCertificate-expected')).toHaveText('an active certificate valid for more than 60 days');
    // The active certificate's thumbprint and the date it ended, in the page's date format.
    await expect(page.getByTestId('finding-signingCertificate-actual')).toHaveText(/^[0-9A-F]{40}, ends .*\d{4}/);
    await page.getByRole('button', { name: 'Copy report as text' }).click();
    await expect(page.getByTestId('check-announcement')).toHaveText('Report copied to the clipboard.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/\[FAIL\] Active signing certificate: Expired on/);
    expect(text).toContain('  expected: an active certificate valid for more than 60 days');
  });
});

test.describe('accessibility', () => {
  test.use({ checkApps: ['expiringCertificate', 'noAssignments'] });

  test('the picker, a report with a warning, the repair review with its inputs, and the applied repair have no axe violations', async ({ page }) => {
    test.slow();
    await signIn(page);
    await openCheck(page);
    await expect(page.getByRole('list', { name: 'Apps with a Trend Micro EUC identifier' })).toBeVisible();
    await expectNoViolations(page, 'the picker');
    await pickApp(page, DEMO_CHECK_APPS.noAssignments.displayName);
    await expect(page.getByTestId('finding-assignments')).toHaveAttribute('data-status', 'fail');
    await expectNoViolations(page, 'a report with a failure');
    await page.getByRole('button', { name: /^Repair/ }).click();
    await heading(page, 'Review the repair');
    await expect(page.getByRole('combobox', { name: 'Users and groups' })).toBeVisible();
    await expectNoViolations(page, 'the repair review asking for users and groups');
    await page.getByRole('button', { name: 'Back to the check' }).click();
    await page.getByRole('button', { name: 'Check another app' }).click();
    await pickApp(page, DEMO_CHECK_APPS.expiringCertificate.displayName);
    await expect(page.getByTestId('finding-signingCertificate')).toHaveAttribute('data-status', 'warning');
    await expectNoViolations(page, 'a report with a warning');
    await repair(page);
    await page.getByRole('checkbox', { name: 'The Trend Micro console has the new certificate' }).check();
    await expectNoViolations(page, 'the applied repair with the certificate rollover');
  });
});

test.describe('what Graph cannot read', () => {
  test.use({ checkApps: ['correct'] });

  test('a custom group claim name is "confirm in the portal", with the steps, never passed', async ({ page, tenant }) => {
    test.slow(); // sign-in and a check or two on a shared machine
    await signIn(page);
    await openCheck(page);
    await pickApp(page, DEMO_CHECK_APPS.correct.displayName);
    await page.getByRole('combobox', { name: 'Group claim' }).selectOption('custom');
    await page.getByRole('textbox', { name: 'Group claim name' }).fill('euc_group');
    await page.getByRole('button', { name: 'Compare with these values' }).click();
    const finding = page.getByTestId('finding-groupClaim');
    await expect(finding).toHaveAttribute('data-status', 'confirm');
    await expect(finding).toContainText('Confirm in the portal');
    await expect(page.getByTestId('finding-groupClaim-reason')).toHaveText(
      'Group IDs are sent (security groups); Microsoft Graph cannot read the claim\'s name: confirm it is "euc_group" under Attributes & Claims.',
    );
    await expect(page.getByTestId('finding-groupClaim-expected')).toHaveText('security groups, named euc_group');
    await expect(finding).toContainText('must be named euc_group');
    await expect(page.getByTestId('check-counts')).toHaveText('7 passed, 1 to confirm in the portal, 0 warnings, 0 failed');
    await expect(page.getByRole('button', { name: /^Repair/ })).toHaveCount(0);
    expect(tenant.writes()).toEqual([]);
  });
});

test.describe('a repair that needs the unique identifier', () => {
  test.use({ checkApps: ['missingCmpId'] });

  test('asks for it on the report, then the review plans the reply URL with Apply enabled', async ({ page, tenant }) => {
    test.slow(); // sign-in and a check or two on a shared machine
    const app = DEMO_CHECK_APPS.missingCmpId;
    await signIn(page);
    await openCheck(page);
    await pickApp(page, app.displayName);
    await expect(page.getByTestId('finding-replyUrl')).toHaveAttribute('data-status', 'fail');
    await page.getByRole('button', { name: /^Repair \d+ items?…$/ }).click();
    // Still on the report: the unique identifier is asked for where the admin is.
    await heading(page, `Check: ${app.displayName}`);
    const field = page.getByRole('textbox', { name: 'Unique identifier (cmpID) from the Trend Micro console' });
    await expect(field).toBeFocused();
    await page.getByRole('button', { name: 'Continue to the repair' }).click();
    await expect(page.getByTestId('repair-cmpid')).toContainText('Enter a unique identifier');
    await field.fill('  contoso-in ');
    await page.getByRole('button', { name: 'Continue to the repair' }).click();
    await heading(page, 'Review the repair');
    await expect(page.getByText('The reply URL needs the unique identifier')).toHaveCount(0);
    await expect(page.getByTestId('change-replyUrl-after')).toContainText('cmpID=contoso-in');
    await page.getByTestId('graph-requests').locator('summary').click();
    await expect(page.getByRole('list', { name: 'Planned Graph operations' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByTestId('planned-application-urls')).toBeVisible();
    // The live reply URL changes: Apply waits for the confirmation, as on the setup's review.
    await expect(page.getByTestId('change-replyUrl')).toHaveAttribute('data-breaking', 'true');
    await expect(page.getByRole('button', { name: 'Apply the repair' })).toBeDisabled();
    await page.getByRole('checkbox', { name: /^I understand that these changes can break sign-in/ }).check();
    await expect(page.getByRole('button', { name: 'Apply the repair' })).toBeEnabled();
    expect(tenant.writes()).toEqual([]);
    await page.getByRole('button', { name: 'Apply the repair' }).click();
    await heading(page, 'Repair applied');
    const written = tenant.state.applications.find((a) => a.id === app.applicationId)!;
    expect(written.web?.redirectUris).toEqual(['https://euc.tmes-in.trendmicro.com/uiserver/euc/ssoAssert?cmpID=contoso-in']);
  });
});

test.describe('at 360 px', () => {
  test.use({ checkApps: ['correct', 'missingCmpId'] });

  /** The check's card: nothing in it is wider than it (no horizontal scrolling, nothing cut off). */
  async function fitsItsCard(page: Page, where: string): Promise<void> {
    const overflow = await page
      .locator('main section')
      .first()
      .evaluate((card) => {
        const right = card.getBoundingClientRect().right + 1;
        const wider = [...card.querySelectorAll<HTMLElement>('*')]
          .filter((element) => element.getBoundingClientRect().right > right)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
        // Text can run out of a box that itself fits (a long URL without a break opportunity).
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          if (range.getBoundingClientRect().right > right) wider.push(`text: ${(node.textContent ?? '').slice(0, 60)}`);
        }
        return { scrollWidth: card.scrollWidth, clientWidth: card.clientWidth, wider: wider.slice(0, 5) };
      });
    expect(overflow.scrollWidth, `${where}: ${JSON.stringify(overflow.wider)}`).toBeLessThanOrEqual(overflow.clientWidth);
    expect(overflow.wider, where).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: the page`).toBeLessThanOrEqual(360);
  }

  test('the report, a finding to confirm and the unique identifier question fit the card', async ({ page }) => {
    test.slow(); // sign-in and a check or two on a shared machine
    await signIn(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await openCheck(page);
    await pickApp(page, DEMO_CHECK_APPS.correct.displayName);
    await expect(page.getByTestId('finding-groupClaim')).toHaveAttribute('data-status', 'confirm');
    await fitsItsCard(page, 'a report with a finding to confirm');
    await page.getByRole('button', { name: 'Check another app' }).click();
    await pickApp(page, DEMO_CHECK_APPS.missingCmpId.displayName);
    await page.getByRole('button', { name: /^Repair \d+ items?…$/ }).click();
    await expect(page.getByTestId('repair-cmpid')).toBeVisible();
    await fitsItsCard(page, 'a report asking for the unique identifier');
  });
});
