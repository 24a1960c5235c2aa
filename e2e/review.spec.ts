// Issue 14: the review says what changes in the portal's words, and an app already in production
// is not taken over silently. The demo tenant is seeded with the 'correct' check app, "Trend Micro
// EUC (Dubai)": the UAE identifier, cmpID contoso-uae, group claim SecurityGroup, notification
// address it-ops@contoso.onmicrosoft.com. A setup for the UAE with another cmpID must update it.
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures/test';
import { expectNoViolations } from './fixtures/page-checks';
import { heading, summaryAfterApply } from './fixtures/wizard';
import { DEFAULT_USER } from './fixtures/authority';
import { text, type TestLanguage } from './fixtures/i18n';
import { seededJournal, seedJournal } from './fixtures/seeded';
import { isRestored } from './fixtures/session';
import { DemoTenant } from '../src/demo-tenant/tenant';
import { DEMO_ADMIN_UPN, DEMO_ADMIN_USER_ID, DEMO_CHECK_APPS, DEMO_CHECK_NOTIFICATION_EMAIL, type DemoCheckAppKey } from '../src/demo-tenant/seed';
import type { Answers } from '../src/setup/types';

const test = base.extend<{ checkApps: DemoCheckAppKey[] }>({
  checkApps: [['correct'], { option: true }],
  tenant: async ({ checkApps }, provide) => {
    await provide(new DemoTenant({ checkApps }));
  },
});

// Signed in without the redirect (e2e/fixtures/session.ts) unless a test is about signing in,
// consent or another user.
test.use({ session: 'restored' });

const DUBAI = DEMO_CHECK_APPS.correct;
const OLD_REPLY_URL = 'https://euc.tmes-uae.trendmicro.com/uiserver/euc/ssoAssert?cmpID=contoso-uae';
const NEW_REPLY_URL = 'https://euc.tmes-uae.trendmicro.com/uiserver/euc/ssoAssert?cmpID=acme-uae';
const APP_NAME = 'Trend Micro Email Security End User Console';

const TAKEOVER: Answers = {
  appName: APP_NAME,
  principals: [{ id: DEMO_ADMIN_USER_ID, kind: 'user', displayName: 'Adele Vance', detail: DEMO_ADMIN_UPN }],
  region: 'uae',
  cmpId: 'acme-uae',
  identityClaim: { kind: 'default' },
  groupClaim: { kind: 'none' },
  certificate: { notificationEmails: [DEMO_ADMIN_UPN], validityYears: 3, commonName: 'Microsoft Azure Federated SSO Certificate' },
};

/** Opens the wizard on its Review step with these answers, as a reload would find them. */
async function openReviewWith(page: Page, answers: Answers, language: TestLanguage = 'en'): Promise<void> {
  await seedJournal(page, seededJournal('review', answers));
  await page.goto('/');
  if (!isRestored(page)) await page.getByRole('button', { name: text(language, 'app.start.signIn') }).click();
  await expect(page.getByTestId('admin-name')).toHaveText(DEFAULT_USER.name);
  await heading(page, text(language, 'review.title'));
  await expect(page.getByTestId('changes')).toBeVisible();
}

const apply = (page: Page) => page.getByRole('button', { name: 'Apply', exact: true });
const confirmation = (page: Page) => page.getByRole('checkbox', { name: /I understand that these changes can break sign-in/ });

function dubaiNow(tenant: DemoTenant) {
  const app = Object.values(tenant.state.applications).find((a) => a.id === DUBAI.applicationId)!;
  const sp = Object.values(tenant.state.servicePrincipals).find((s) => s.id === DUBAI.servicePrincipalId)!;
  return { app, sp };
}

/** Block elements inside a <p> (React warns about them in development; the production build would not say). */
async function blocksInsideParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('p')].flatMap((p) =>
      [...p.querySelectorAll('div, p, ul, ol, table, section, h1, h2, h3, pre')].map((el) => `${el.tagName} in <p>${p.textContent?.slice(0, 40) ?? ''}`),
    ),
  );
}

test('taking over the Dubai app: old and new values shown, Apply disabled until confirmed, kept address, group claim and name', async ({ page, tenant }) => {
  test.slow(); // an apply to an app in production, on a shared machine
  // TAKEOVER is what the walk (Adele, the UAE, acme-uae, the defaults) confirms: the review is the subject.
  await openReviewWith(page, TAKEOVER);

  await expect(page.getByText('Updating an existing app')).toBeVisible();
  await expect(page.getByText(/already has this region's identifier/)).toContainText(DUBAI.displayName);
  const replyUrl = page.getByTestId('change-replyUrl');
  await expect(page.getByTestId('change-replyUrl-now')).toHaveText(OLD_REPLY_URL);
  await expect(page.getByTestId('change-replyUrl-after')).toContainText(NEW_REPLY_URL);
  await expect(replyUrl).toHaveAttribute('data-breaking', 'true');
  await expect(page.getByTestId('change-replyUrl-after')).toContainText('Can break sign-in');
  await expect(page.getByTestId('breaking-changes')).toContainText('The Trend Micro SSO profile that uses cmpID=contoso-uae stops working');

  // Kept: the existing address (with the new one added), the group claim and the name.
  await expect(page.getByTestId('change-notificationEmails-now')).toContainText(DEMO_CHECK_NOTIFICATION_EMAIL);
  await expect(page.getByTestId('change-notificationEmails-after')).toContainText(`${DEMO_CHECK_NOTIFICATION_EMAIL}${DEMO_ADMIN_UPN}added`);
  await expect(page.getByTestId('change-groupClaim')).toBeHidden(); // unchanged, so folded away
  await page.getByTestId('unchanged-claims').locator('summary').click();
  await expect(page.getByTestId('change-groupClaim')).toContainText('Security groups (group IDs)');
  await expect(page.getByRole('radio', { name: /^Keep "/ })).toBeChecked();
  // The Graph requests are one click away, not in the way.
  await expect(page.getByRole('list', { name: 'Planned Graph operations' })).toBeHidden();

  await expect(apply(page)).toBeDisabled();
  await page.reload();
  await heading(page, 'Review');
  await expect(apply(page)).toBeDisabled();
  await confirmation(page).check();
  await expect(apply(page)).toBeEnabled();
  // The confirmation is part of the reviewed plan: a reload keeps it.
  await page.reload();
  await heading(page, 'Review');
  await expect(confirmation(page)).toBeChecked();
  await expect(apply(page)).toBeEnabled();
  expect(await blocksInsideParagraphs(page)).toEqual([]);

  await apply(page).click();
  await summaryAfterApply(page);
  const { app, sp } = dubaiNow(tenant);
  expect(app.web?.redirectUris).toEqual([NEW_REPLY_URL]);
  expect(app.groupMembershipClaims).toBe('SecurityGroup');
  expect(app.displayName).toBe(DUBAI.displayName);
  expect(sp.displayName).toBe(DUBAI.displayName);
  expect(sp.notificationEmailAddresses).toEqual([DEMO_CHECK_NOTIFICATION_EMAIL, DEMO_ADMIN_UPN]);
});

test('removing a kept address or the group claim is a breaking change that needs its own confirmation; rename writes both names', async ({ page, tenant }) => {
  test.slow(); // two reloads and an apply
  await openReviewWith(page, TAKEOVER);
  await confirmation(page).check();
  await expect(apply(page)).toBeEnabled();

  await page.getByRole('button', { name: `Remove ${DEMO_CHECK_NOTIFICATION_EMAIL}` }).click();
  // Another plan: the earlier confirmation no longer counts.
  await expect(confirmation(page)).not.toBeChecked();
  await expect(apply(page)).toBeDisabled();
  await expect(page.getByTestId('change-notificationEmails')).toHaveAttribute('data-breaking', 'true');
  await expect(page.getByTestId('breaking-changes')).toContainText(`Certificate expiry notices no longer go to ${DEMO_CHECK_NOTIFICATION_EMAIL}.`);

  await page.getByRole('checkbox', { name: 'Remove the existing group claim (Security groups (group IDs))' }).check();
  await expect(page.getByTestId('change-groupClaim')).toHaveAttribute('data-breaking', 'true');
  await page.getByRole('radio', { name: /^Rename it to "/ }).check();
  await expect(page.getByTestId('change-name-after')).toHaveText(APP_NAME);

  // The choices are part of the journal: a reload keeps them.
  await page.reload();
  await heading(page, 'Review');
  await expect(page.getByRole('radio', { name: /^Rename it to "/ })).toBeChecked();
  await expect(page.getByRole('button', { name: `Keep ${DEMO_CHECK_NOTIFICATION_EMAIL}` })).toBeVisible();

  await page.getByTestId('graph-requests').locator('summary').click();
  // Each name rides in the PATCH already planned for its object: no rename of its own.
  await expect(page.getByTestId('planned-application-urls')).toContainText(`/applications/${DUBAI.applicationId}`);
  await expect(page.getByTestId('planned-application-urls')).toContainText(`"displayName": "${APP_NAME}"`);
  await expect(page.getByTestId('planned-notification-emails')).toContainText(`/servicePrincipals/${DUBAI.servicePrincipalId}`);
  await expect(page.getByTestId('planned-notification-emails')).toContainText(`"displayName": "${APP_NAME}"`);
  await expect(page.getByTestId('planned-rename-application')).toHaveCount(0);
  await expect(page.getByTestId('planned-rename-service-principal')).toHaveCount(0);

  await confirmation(page).check();
  await apply(page).click();
  await summaryAfterApply(page);
  const { app, sp } = dubaiNow(tenant);
  expect(app.displayName).toBe(APP_NAME);
  expect(sp.displayName).toBe(APP_NAME);
  expect(app.groupMembershipClaims).toBe('None');
  expect(sp.notificationEmailAddresses).toEqual([DEMO_ADMIN_UPN]);
  // One PATCH per object.
  const patches = tenant.log.filter((entry) => entry.method === 'PATCH');
  expect(patches.filter((entry) => entry.path.endsWith(`/applications/${DUBAI.applicationId}`))).toHaveLength(1);
  expect(patches.filter((entry) => entry.path.endsWith(`/servicePrincipals/${DUBAI.servicePrincipalId}`))).toHaveLength(1);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const language of ['en', 'ja'] as const) {
    test(`the takeover review fits and has no axe violations (${language})`, async ({ page }) => {
      test.slow(); // axe over a long page
      if (language === 'ja') await page.addInitScript(() => localStorage.setItem('tmes-sso-wizard.language', 'ja'));
      await openReviewWith(page, TAKEOVER, language);
      await page.getByTestId('unchanged-claims').locator('summary').click();
      await page.getByTestId('graph-requests').locator('summary').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoViolations(page, `the takeover review at 360 px (${language})`);
    });
  }
});
