// Issue 4 in the browser: reloads at every step and at points of apply lose nothing and still end
// with one app; a second run writes nothing; a 403 stops apply with the role named.
import { expect, test } from './fixtures/test';
import {
  APPLY_TIMEOUT,
  certificateStep,
  claimsStep,
  heading,
  nameStep,
  peopleStep,
  regionStep,
  reviewAndApply,
  signIn,
  summaryAfterApply,
} from './fixtures/wizard';
import { ADMIN_APPROVAL_NEEDED, CONSENT_DECLINED, NO_ROLE_USER } from './fixtures/authority';
import { adele, startAt, type SeedAnswers } from './fixtures/seeded';
import type { DemoTenant } from '../src/demo-tenant/tenant';
import type { Region } from '../src/setup/types';
import type { Page } from '@playwright/test';

// Signed in without the redirect (e2e/fixtures/session.ts), as a reload after signing in finds the
// tab; consent still goes through the authority's redirects.
test.use({ session: 'restored' });

const APP_NAME = 'Trend Micro Email Security End User Console';
const appsNamed = (tenant: DemoTenant) => Object.values(tenant.state.applications).filter((app) => app.displayName === APP_NAME);
const PEOPLE = [{ search: 'Adele', option: /Adele Vance/ }];

/** Steps 1–5 with one person, no custom claims and one address, up to the Review page. */
async function toReview(page: Page, region: Region, cmpId: string): Promise<void> {
  await nameStep(page);
  await peopleStep(page, PEOPLE);
  await regionStep(page, region, cmpId);
  await claimsStep(page, {});
  await certificateStep(page, 'ops@contoso.com');
  await heading(page, 'Review');
}

/**
 * The answers `toReview` gives, for the tests about apply: they start on the Review page
 * (e2e/fixtures/seeded.ts) instead of walking there; the walk itself is the first test's subject.
 */
const reviewAnswers = (tenant: DemoTenant, region: Region, cmpId: string): SeedAnswers => ({
  principals: [adele(tenant)],
  region,
  cmpId,
  emails: ['ops@contoso.com'],
});

test('a reload at every step keeps the step and everything typed, valid or not', async ({ page }) => {
  test.slow(); // seven reloads
  await signIn(page);
  await page.getByRole('textbox', { name: 'Application name' }).fill('EUC SSO (reload)');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Application name' })).toHaveValue('EUC SSO (reload)');
  await nameStep(page);

  await peopleStep(page, PEOPLE);
  await heading(page, 'Region and unique identifier');
  await page.getByRole('radio', { name: /^Japan / }).check();
  await page.getByRole('textbox', { name: /Unique identifier/ }).fill('bad id!');
  await page.reload();
  await heading(page, 'Region and unique identifier');
  await expect(page.getByRole('radio', { name: /^Japan / })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('bad id!');
  await expect(page.getByText(/' ' is not allowed|A space is not allowed/)).toBeVisible();
  await regionStep(page, 'jp', 'reload-1');

  await page.getByRole('radio', { name: /another user attribute/ }).check();
  await page.getByRole('textbox', { name: 'Claim name', exact: true }).fill('euc_mail');
  await page.reload();
  await heading(page, 'Claims');
  await expect(page.getByRole('textbox', { name: 'Claim name', exact: true })).toHaveValue('euc_mail');
  await claimsStep(page, {});

  await page.getByRole('textbox', { name: /Notification e-mail addresses/ }).fill('ops@contoso.com, bob@');
  await page.reload();
  await heading(page, 'Signing certificate');
  await expect(page.getByRole('textbox', { name: /Notification e-mail addresses/ })).toHaveValue('ops@contoso.com, bob@');
  // Saved invalid, shown invalid again; the message goes as soon as the value is right.
  const badAddress = page.getByText("'bob@' is not a valid e-mail address.");
  await expect(badAddress).toBeVisible();
  await page.getByRole('textbox', { name: /Notification e-mail addresses/ }).fill('ops@contoso.com');
  await expect(badAddress).toHaveCount(0);
  await certificateStep(page, 'ops@contoso.com');

  await heading(page, 'Review');
  await page.reload();
  await reviewAndApply(page);
  await page.reload();
  await summaryAfterApply(page, { afterReload: true });
  await expect(page.getByTestId('summary-cmpId')).toHaveText('reload-1');
  await expect(page.getByTestId('summary-identityClaimName')).toHaveText('euc_mail');
});

for (const point of ['instantiate', 'saml-mode', 'add-certificate'] as const) {
  test(`a reload after "${point}" finished resumes apply and still makes exactly one app`, async ({ page, tenant }) => {
    test.slow(); // an apply at 600 ms a request, a replication lag and a reload
    tenant.faults.replicationLagMs = 3000; // slow enough to reload in the middle
    await startAt(page, 'review', reviewAnswers(tenant, 'eu', 'resume-1'));
    // Slow requests while the first run applies, so the reload lands in the middle of it.
    tenant.faults.latencyMs = 600;
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    // Polled inside the page, so the reload lands while the operations after this one still run.
    await page.waitForFunction((id) => document.querySelector<HTMLElement>(`[data-testid="operation-${id}"]`)?.dataset.state === 'done', point, {
      polling: 20,
      timeout: APPLY_TIMEOUT,
    });
    await page.reload();
    tenant.faults.latencyMs = 0;
    await summaryAfterApply(page, { afterReload: true });
    expect(appsNamed(tenant)).toHaveLength(1);
    const sp = Object.values(tenant.state.servicePrincipals).find((s) => s.appId === appsNamed(tenant)[0]?.appId);
    expect(sp?.preferredSingleSignOnMode).toBe('saml');
    expect(sp?.preferredTokenSigningKeyThumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect((sp?.keyCredentials ?? []).filter((key) => key.usage === 'Verify')).toHaveLength(1);
  });
}

test('a second run after success writes nothing', async ({ page, tenant }) => {
  test.slow(); // two applies and a walk
  // The first run starts at its review; the second is walked, as an admin starting over would.
  await startAt(page, 'review', reviewAnswers(tenant, 'sg', 'rerun-1'));
  await reviewAndApply(page);
  const writes = tenant.writes().length;
  expect(writes).toBeGreaterThan(0);
  await expect(page.getByTestId('summary-certificateThumbprint')).toHaveText(/^[0-9A-F]{40}$/);
  const thumbprint = (await page.getByTestId('summary-certificateThumbprint').textContent()) ?? '';
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard and start over' }).click();
  await toReview(page, 'sg', 'rerun-1');
  await expect(page.getByText('Your tenant already matches every answer: nothing will be written.')).toBeVisible();
  await page.getByRole('button', { name: 'Continue to summary' }).click();
  await summaryAfterApply(page);
  expect(tenant.writes()).toHaveLength(writes);
  expect(appsNamed(tenant)).toHaveLength(1);
  // One signing certificate, the first run's: the summary reads it from the service principal.
  const sp = Object.values(tenant.state.servicePrincipals).find((s) => s.appId === appsNamed(tenant)[0]?.appId);
  expect((sp?.keyCredentials ?? []).filter((key) => key.usage === 'Verify')).toHaveLength(1);
  await expect(page.getByTestId('summary-certificateThumbprint')).toHaveText(thumbprint);
});

test.describe('another user', () => {
  test.use({ session: 'redirect' }); // the worker's session is the default admin's

  test('without a directory role, apply stops at the first write with the role named, retrying nothing', async ({ page, tenant, authority }) => {
    test.slow(); // an apply with a refusal or a redirect: waits sized for a loaded machine
    authority.setUser(NO_ROLE_USER);
    await startAt(page, 'review', reviewAnswers(tenant, 'us', 'denied-1'), { user: NO_ROLE_USER });
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const instantiate = page.getByTestId('operation-instantiate');
    await expect(instantiate).toHaveAttribute('data-state', 'failed', { timeout: APPLY_TIMEOUT });
    await expect(instantiate).toContainText('Cloud Application Administrator');
    // The token carried every scope: the advice says the role is what is missing.
    await expect(instantiate).toContainText('Your token carries every permission this step needs');
    await expect(page.getByTestId('operation-saml-mode')).toHaveAttribute('data-state', 'pending');
    expect(tenant.writes()).toEqual([]);
    expect(tenant.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/instantiate'))).toHaveLength(1);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    // The token carried every scope: the refusal is the role's, so no consent is offered.
    await expect(page.getByTestId('consent-prompt')).toHaveCount(0);
  });
});

test('a 403 for a permission the token lacks offers consent; after it apply continues to one app', async ({ page, tenant, authority }) => {
  test.slow(); // an apply with a refusal or a redirect: waits sized for a loaded machine
  authority.withholdScopes(['Application.ReadWrite.All']);
  await startAt(page, 'review', reviewAnswers(tenant, 'eu', 'consent-1'));
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const instantiate = page.getByTestId('operation-instantiate');
  await expect(instantiate).toHaveAttribute('data-state', 'failed', { timeout: APPLY_TIMEOUT });
  const prompt = page.getByTestId('consent-prompt');
  await expect(prompt).toContainText('Application.ReadWrite.All');
  await expect(prompt).not.toContainText('AppRoleAssignment.ReadWrite.All');
  await expect(instantiate).not.toContainText('Your token carries every permission');
  await page.screenshot({ path: test.info().outputPath('consent.png'), fullPage: true });
  expect(tenant.writes()).toEqual([]);

  const before = authority.authorizeRequests.length;
  await prompt.getByRole('button', { name: 'Grant consent' }).click();
  await summaryAfterApply(page);
  const consentRequests = authority.authorizeRequests.slice(before);
  expect(consentRequests).toHaveLength(1);
  expect(consentRequests[0]?.prompt).toBe('consent');
  expect(consentRequests[0]?.scopes).toContain('Application.ReadWrite.All');
  expect(appsNamed(tenant)).toHaveLength(1);
  expect(tenant.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/instantiate') && entry.status < 300)).toHaveLength(1);
});

test('consent declined at the authority: the reason is shown, apply stops again with the button, and nothing loops', async ({ page, tenant, authority }) => {
  test.slow(); // an apply with a refusal or a redirect: waits sized for a loaded machine
  authority.withholdScopes(['Application.ReadWrite.All']);
  await startAt(page, 'review', reviewAnswers(tenant, 'sg', 'declined-1'));
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const prompt = page.getByTestId('consent-prompt');
  await expect(prompt).toContainText('Application.ReadWrite.All', { timeout: APPLY_TIMEOUT });

  authority.failNextAuthorize({ error: 'access_denied', description: 'AADSTS65004: User declined to consent to access the app.' });
  const before = authority.authorizeRequests.length;
  await prompt.getByRole('button', { name: 'Grant consent' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'AADSTS65004' })).toContainText('Consent was declined');
  await expect(page.getByTestId('operation-instantiate')).toHaveAttribute('data-state', 'failed', { timeout: APPLY_TIMEOUT });
  await expect(prompt.getByRole('button', { name: 'Grant consent' })).toBeVisible();
  // The run went once more on return and stopped at the same refusal: no second redirect of its own.
  await page.waitForTimeout(2000);
  expect(authority.authorizeRequests.length - before).toBe(1);
  expect(tenant.writes()).toEqual([]);
});

test('a permission that needs interactive consent mid-apply: one redirect, then apply finishes with one app', async ({ page, tenant, authority }) => {
  test.slow(); // an apply with a refusal or a redirect: waits sized for a loaded machine
  authority.requireConsentFor(['Application.ReadWrite.All']);
  await startAt(page, 'review', reviewAnswers(tenant, 'jp', 'interactive-1'));
  const before = authority.authorizeRequests.length;
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await summaryAfterApply(page);
  const interactive = authority.authorizeRequests.slice(before).filter((request) => request.prompt !== 'none');
  expect(interactive).toHaveLength(1);
  expect(interactive[0]?.scopes).toContain('Application.ReadWrite.All');
  expect(appsNamed(tenant)).toHaveLength(1);
});

test('two tabs applying at once make one app: the second is told to review again', async ({ context, tenant }) => {
  test.slow(); // two tabs applying at 300 ms a request
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await startAt(page, 'review', reviewAnswers(tenant, 'in', 'two-tabs'));
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();
  }
  // Slow requests while both apply, so that the second click comes while the first tab holds the lock.
  tenant.faults.latencyMs = 300;
  await Promise.all([first, second].map((page) => page.getByRole('button', { name: 'Apply', exact: true }).click()));
  // Whichever tab got the lock first applies; the other waited, and is told to review again.
  const stale = (page: typeof first) => page.getByText('Another tab created this app meanwhile');
  await expect(async () => {
    expect((await stale(first).count()) + (await stale(second).count())).toBe(1);
  }).toPass({ timeout: APPLY_TIMEOUT });
  const [winner, loser] = (await stale(first).count()) ? [second, first] : [first, second];
  await summaryAfterApply(winner);
  expect(appsNamed(tenant)).toHaveLength(1);
  tenant.faults.latencyMs = 0;
  await loser.getByRole('button', { name: 'Review again' }).click();
  await expect(loser.getByText(/already has this region's identifier/)).toBeVisible();
  await loser.getByRole('button', { name: /^(Apply|Continue to summary)$/ }).click();
  await summaryAfterApply(loser);
  expect(appsNamed(tenant)).toHaveLength(1);
});

// Issue 13: a refused interactive request is asked for once per apply attempt, never again on the
// page's own (docs/decisions/013-consent-never-loops.md). Before, the resumed apply asked silently,
// was refused, and redirected again: 58 redirects in two minutes.
for (const refusal of [CONSENT_DECLINED, ADMIN_APPROVAL_NEEDED]) {
  const code = /AADSTS\d+/.exec(refusal.description)?.[0] ?? '';
  test(`consent refused at the authority (${code}): one redirect, apply stops with the reason, the button asks exactly once more`, async ({
    page,
    tenant,
    authority,
  }) => {
    test.slow(); // two redirects, a wait for a loop and the new app's replication
    authority.requireConsentFor(['Application.ReadWrite.All']);
    authority.refuseConsent(refusal);
    await startAt(page, 'review', reviewAnswers(tenant, 'eu', `refused-${code}`));
    const before = authority.interactiveAuthorizes().length;
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const instantiate = page.getByTestId('operation-instantiate');
    await expect(instantiate).toHaveAttribute('data-state', 'failed', { timeout: APPLY_TIMEOUT });
    await expect(instantiate).toContainText(code);
    await expect(instantiate.getByTestId('interaction-refused')).toContainText(`Microsoft refused the sign-in this step needs (${code})`);
    // Long enough for a loop to show itself (it redirected every two seconds).
    await page.waitForTimeout(4000);
    expect(authority.interactiveAuthorizes().length - before).toBe(1);
    expect(authority.interactiveAuthorizes()[before]?.scopes).toContain('Application.ReadWrite.All');
    await expect(instantiate).toHaveAttribute('data-state', 'failed');
    expect(tenant.writes()).toEqual([]);

    // Only the admin's click asks again: exactly one more redirect, which this time is accepted.
    authority.refuseConsent(null);
    await instantiate.getByRole('button', { name: 'Ask Microsoft again' }).click();
    await summaryAfterApply(page);
    expect(authority.interactiveAuthorizes().length - before).toBe(2);
    expect(appsNamed(tenant)).toHaveLength(1);
  });
}
