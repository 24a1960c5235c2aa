// Issue 5: support staff's links. Presets land in the wizard marked as preset; bad ones are shown
// as text with the parameter named and leave the field at its default; script text never runs;
// the share page's link reproduces its presets in a fresh browser; a link's tenant decides where
// sign-in goes and whether Apply may run; presets survive the sign-in redirect and a reload.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { certificateStep, claimsStep, heading, nameStep, peopleStep, recordDialogs, regionStep, SIGN_IN } from './fixtures/wizard';
import { DEMO_ADMIN_UPN, DEMO_TENANT_DOMAIN, DEMO_TENANT_ID } from '../src/demo-tenant/seed';
import { DEFAULT_APP_NAME } from '../src/setup/answers-schema';
import type { DemoTenant } from '../src/demo-tenant/tenant';
import { adele, seededJournal, seedJournal } from './fixtures/seeded';

const PEOPLE = [{ search: 'Adele', option: /Adele Vance/ }];
const PRESET = 'Preset by the link you were sent';
const OTHER_TENANT_ID = '9f8e7d6c-5b4a-4321-8fed-cba987654321';
const US = /^North America, Latin America and Asia Pacific /;

/** Signs in from wherever the page is (the start page), through the fake authority's redirect flow. */
async function signInHere(page: Page): Promise<void> {
  await page.getByRole('button', { name: SIGN_IN }).click();
  await expect(page.getByTestId('admin-name')).toBeVisible();
}

async function toRegionStep(page: Page): Promise<void> {
  await nameStep(page);
  await peopleStep(page, PEOPLE);
  await heading(page, 'Region and unique identifier');
}

/**
 * The journal a walk to the review (Adele, us, tenant-check, the defaults) leaves, seeded before the
 * link is opened (e2e/fixtures/seeded.ts): the tenant tests are about the link, the sign-in and
 * whether Apply may run, so after signing in they land on the review.
 */
async function seedReview(page: Page, tenant: DemoTenant): Promise<void> {
  await seedJournal(page, seededJournal('review', { principals: [adele(tenant)], region: 'us', cmpId: 'tenant-check', emails: [DEMO_ADMIN_UPN] }));
}

function problem(page: Page, parameter: string) {
  return page.getByTestId(`preset-problem-${parameter}`);
}

test.describe('presets from a link', () => {
  test('opening /?region=eu and signing in lands with Europe and Africa preselected, marked as preset, and the previews on tmes.trendmicro.eu', async ({
    page,
    context,
    authority,
  }) => {
    await page.goto('/?region=eu');
    // Before sign-in the admin sees what the link suggests.
    await expect(page.getByTestId('preset-summary')).toContainText('Region: Europe and Africa');
    await expect(page.getByTestId('preset-problems')).toHaveCount(0);
    await signInHere(page);
    // No tenant in the link: the configured multi-tenant authority.
    expect(authority.authorizeRequests[0]).toMatchObject({ tenant: 'organizations', outcome: 'code' });
    // MSAL's own parameters on the way back are not "problems".
    await expect(page.getByTestId('preset-problems')).toHaveCount(0);

    await toRegionStep(page);
    const europe = page.getByRole('radio', { name: /^Europe and Africa / });
    await expect(europe).toBeChecked();
    await expect(page.getByTestId('preset-mark-region')).toHaveText(PRESET);
    await expect(page.getByTestId('preview-identifier')).toHaveText('https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin');
    await page.getByRole('textbox', { name: /Unique identifier/ }).fill('contoso-eu');
    await expect(page.getByTestId('preview-reply-url')).toHaveText('https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-eu');
    // The identifier was not preset: no mark there.
    await expect(page.getByTestId('preset-mark-cmpId')).toHaveCount(0);

    // "Share a setup link" from the region step: one click copies the current answers as a link.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy a setup link' }).click();
    await expect(page.getByTestId('share-status')).toHaveText('Link copied.');
    const shared = await page.getByTestId('share-link').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);
    const url = new URL(shared);
    expect(url.origin + url.pathname).toBe(new URL('/', page.url()).href);
    expect(Object.fromEntries(url.searchParams)).toEqual({ region: 'eu', cmpId: 'contoso-eu', appName: DEFAULT_APP_NAME });

    // A preset is a suggestion: choosing another region takes the mark away, and Next confirms.
    await page.getByRole('radio', { name: US }).check();
    await expect(page.getByTestId('preset-mark-region')).toHaveCount(0);
    await europe.check();
    await expect(page.getByTestId('preset-mark-region')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Claims');
  });

  test('presets survive the sign-in redirect and a reload, even after the address lost its query string; a later link replaces them', async ({ page }) => {
    await page.goto('/?region=jp&cmpId=tokyo-1&appName=Tokyo%20EUC&notify=it@contoso.com');
    // The address without the query string: the presets come from this tab's sessionStorage.
    await page.goto('/');
    await expect(page.getByTestId('preset-summary')).toContainText('Region: Japan');
    await signInHere(page);
    await heading(page, 'Application name');
    // The address never carried the link again: the presets came from this tab's sessionStorage
    // (the step's own `?step=` may be there by now).
    expect([...new URL(page.url()).searchParams.keys()].filter((key) => key !== 'step')).toEqual([]);
    await expect(page.getByRole('textbox', { name: 'Application name' })).toHaveValue('Tokyo EUC');
    await expect(page.getByTestId('preset-mark-appName')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Application name' })).toHaveValue('Tokyo EUC');
    await expect(page.getByTestId('preset-mark-appName')).toBeVisible();

    await toRegionStep(page);
    await page.reload();
    await heading(page, 'Region and unique identifier');
    await expect(page.getByRole('radio', { name: /^Japan / })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('tokyo-1');
    await expect(page.getByTestId('preset-mark-region')).toBeVisible();
    await expect(page.getByTestId('preset-mark-cmpId')).toBeVisible();
    await expect(page.getByTestId('preview-reply-url')).toHaveText('https://euc.tmems-jp.trendmicro.com/uiserver/euc/ssoAssert?cmpID=tokyo-1');
    await page.getByRole('button', { name: 'Next' }).click();
    await claimsStep(page, {});
    await heading(page, 'Signing certificate');
    await expect(page.getByRole('textbox', { name: /Notification e-mail addresses/ })).toHaveValue('it@contoso.com');
    await expect(page.getByTestId('preset-mark-notify')).toBeVisible();
    const stored = await page.evaluate(() => sessionStorage.getItem('tmes-sso-wizard.presets'));
    expect(JSON.parse(stored!)).toEqual({ version: 1, query: 'region=jp&cmpId=tokyo-1&appName=Tokyo+EUC&notify=it%40contoso.com' });

    // A later link with different presets replaces the stored ones; what the admin confirmed stays.
    await page.goto('/?region=sg');
    await heading(page, 'Signing certificate');
    await expect(page.getByTestId('preset-mark-notify')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: /Notification e-mail addresses/ })).toHaveValue(DEMO_ADMIN_UPN);
    await page.getByRole('button', { name: '3. Region and unique identifier' }).click();
    await expect(page.getByRole('radio', { name: /^Japan / })).toBeChecked();
    await expect(page.getByTestId('preset-mark-region')).toHaveCount(0);
  });
});

test.describe('bad presets are ignored with a message naming the parameter', () => {
  test('an unknown region: no region is chosen', async ({ page }) => {
    await page.goto('/?region=mars');
    await expect(problem(page, 'region')).toContainText('region');
    await expect(problem(page, 'region')).toContainText('not one of us, eu, anz, jp, sg, in, uae');
    await signInHere(page);
    await expect(problem(page, 'region')).toContainText('not one of us, eu, anz, jp, sg, in, uae');
    await toRegionStep(page);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByTestId('preset-mark-region')).toHaveCount(0);
  });

  test('illegal characters in cmpId: the identifier stays empty, and the rest of the link still applies', async ({ page }) => {
    await page.goto('/?cmpId=bad%20id!&region=anz');
    await expect(problem(page, 'cmpId')).toContainText('cmpId');
    await expect(problem(page, 'cmpId')).toContainText('A space is not allowed');
    await signInHere(page);
    await toRegionStep(page);
    await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('');
    await expect(page.getByRole('radio', { name: /^Australia and New Zealand / })).toBeChecked();
    await expect(problem(page, 'cmpId')).toBeVisible();
  });

  test('an over-long value: the application name stays at its default', async ({ page }) => {
    await page.goto(`/?appName=${'x'.repeat(600)}`);
    await expect(problem(page, 'appName')).toContainText('"appName" is 600 characters long, so it was ignored');
    await signInHere(page);
    await heading(page, 'Application name');
    await expect(page.getByRole('textbox', { name: 'Application name' })).toHaveValue(DEFAULT_APP_NAME);
    await expect(page.getByTestId('preset-mark-appName')).toHaveCount(0);
    await expect(problem(page, 'appName')).toBeVisible();
  });

  test('a repeated parameter: no region is chosen', async ({ page }) => {
    await page.goto('/?region=eu&region=jp');
    await expect(problem(page, 'region')).toContainText('The link gives "region" 2 times, so it was ignored');
    await signInHere(page);
    await toRegionStep(page);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByTestId('preset-mark-region')).toHaveCount(0);
  });

  for (const payload of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
    test(`script text in every parameter never runs and never becomes an element: ${payload}`, async ({ page, authority }) => {
      const dialogs = recordDialogs(page);
      const value = encodeURIComponent(payload);
      const parameters = ['region', 'appName', 'cmpId', 'claim', 'groupClaim', 'notify', 'tenant', 'check'];
      await page.goto(`/?${parameters.map((p) => `${p}=${value}`).join('&')}`);

      const refused = ['region', 'cmpId', 'claim', 'groupClaim', 'notify', 'tenant', 'check'];
      const assertInert = async () => {
        for (const parameter of refused) await expect(problem(page, parameter)).toContainText(`("${parameter}")`);
        await expect(page.locator('img[src="x"]')).toHaveCount(0);
        await expect(page.locator('img')).toHaveCount(0);
        expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('alert(1)')).length)).toBe(0);
        expect(dialogs).toEqual([]);
      };
      await assertInert();
      // The notify message quotes the value: as text.
      if (payload.includes('img')) await expect(problem(page, 'notify')).toContainText(`'${payload}' contains a space`);
      // The application name rules allow these characters: it is preset, shown only as text.
      await expect(page.getByTestId('preset-summary')).toContainText(`Application name: ${payload}`);

      await signInHere(page);
      // The refused tenant changed nothing: the configured authority.
      expect(authority.authorizeRequests[0]?.tenant).toBe('organizations');
      await assertInert();
      await heading(page, 'Application name');
      await expect(page.getByRole('textbox', { name: 'Application name' })).toHaveValue(payload);
      await toRegionStep(page);
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
      await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('');
      await regionStep(page, 'us', 'safe-1');
      await heading(page, 'Claims');
      await expect(page.getByRole('radio', { name: /Entra's default claim/ })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'No group claim' })).toBeChecked();
      await claimsStep(page, {});
      await heading(page, 'Signing certificate');
      await expect(page.getByRole('textbox', { name: /Notification e-mail addresses/ })).toHaveValue(DEMO_ADMIN_UPN);
      await assertInert();
      // No tenant was named: Review does not refuse.
      await page.getByRole('button', { name: 'Next' }).click();
      await heading(page, 'Review');
      await expect(page.getByTestId('tenant-refusal')).toHaveCount(0);
      await assertInert();
    });
  }
});

/** Support staff's browser: not signed in anywhere, nothing routed but the app; every other request is recorded and aborted. */
async function supportStaffPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const outside: string[] = [];
  const appOrigin = new URL(baseURL).origin;
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === appOrigin) return route.continue();
    outside.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, outside, errors };
}

test.describe('share a setup link', () => {
  test('the start page links to the share page, which needs no sign-in', async ({ page, authority }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Support staff: build a setup link' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Build a setup link' })).toBeVisible();
    expect(new URL(page.url()).search).toBe('?share=1');
    await expect(page.getByRole('button', { name: SIGN_IN })).toHaveCount(0);
    expect(authority.log).toEqual([]);
  });

  test('the share page left open warns nothing in the console (the preloaded config.json is taken)', async ({ page }) => {
    await page.goto('/?share=1');
    await expect(page.getByRole('heading', { level: 1, name: 'Build a setup link' })).toBeVisible();
    // The browser warns about a preload left unused a few seconds after load; the fixture's guard
    // fails the test on any console warning.
    await page.waitForTimeout(5_000);
  });

  test('the share page builds a link that, opened in a fresh context, reproduces the presets', async ({ browser, baseURL, page, authority }) => {
    const staff = await supportStaffPage(browser, baseURL!);
    const share = staff.page;
    await share.goto('/?share=1');
    await expect(share.getByRole('heading', { level: 1, name: 'Build a setup link' })).toBeVisible();

    // The same rules as the wizard, each field with its own error; no link while one is wrong.
    await share.getByRole('combobox', { name: 'Region' }).selectOption('eu');
    await share.getByRole('textbox', { name: /Unique identifier/ }).fill('bad id');
    await share.getByRole('textbox', { name: 'Tenant' }).fill('not a tenant');
    await share.getByRole('textbox', { name: /notification addresses/ }).fill('bob@');
    await expect(share.getByText('A space is not allowed: use letters, digits, - and _.')).toBeVisible();
    await expect(share.getByText(/It is neither a directory ID \(GUID\) nor a domain/)).toBeVisible();
    await expect(share.getByText("'bob@' is not a valid e-mail address.")).toBeVisible();
    await expect(share.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    await expect(share.getByTestId('share-link')).toHaveValue('');

    await share.getByRole('textbox', { name: /Unique identifier/ }).fill('contoso-eu');
    await share.getByRole('textbox', { name: 'Application name' }).fill('Contoso EUC');
    await share.getByRole('textbox', { name: 'Tenant' }).fill(DEMO_TENANT_ID);
    await share.getByRole('combobox', { name: 'Identity claim' }).selectOption('custom');
    await share.getByRole('textbox', { name: 'Identity claim name' }).fill('euc_mail');
    await share.getByRole('combobox', { name: 'Source attribute' }).selectOption('userprincipalname');
    await share.getByRole('combobox', { name: 'Group claim' }).selectOption('custom');
    await share.getByRole('textbox', { name: 'Group claim name' }).fill('euc_group');
    await share.getByRole('textbox', { name: /notification addresses/ }).fill('it@contoso.com, security@contoso.com');
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByTestId('share-status')).toHaveText('Link copied.');
    const link = await share.getByTestId('share-link').inputValue();
    expect(await share.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(staff.outside).toEqual([]);
    expect(staff.errors).toEqual([]);
    await staff.context.close();

    // The admin's browser: the fixture's fresh context, never on the share page.
    const url = new URL(link);
    expect(url.origin).toBe(new URL(baseURL!).origin);
    await page.goto(url.pathname + url.search);
    await expect(page.getByTestId('preset-summary')).toContainText('Unique identifier: contoso-eu');
    await expect(page.getByTestId('preset-tenant')).toContainText(`This link is for tenant ${DEMO_TENANT_ID}`);
    await signInHere(page);
    expect(authority.authorizeRequests[0]?.tenant).toBe(DEMO_TENANT_ID);

    await heading(page, 'Application name');
    await expect(page.getByRole('textbox', { name: 'Application name' })).toHaveValue('Contoso EUC');
    await expect(page.getByTestId('preset-mark-appName')).toBeVisible();
    await toRegionStep(page);
    await expect(page.getByRole('radio', { name: /^Europe and Africa / })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('contoso-eu');
    await expect(page.getByTestId('preset-mark-region')).toBeVisible();
    await expect(page.getByTestId('preset-mark-cmpId')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Claims');
    await expect(page.getByRole('radio', { name: /another user attribute/ })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Claim name', exact: true })).toHaveValue('euc_mail');
    await expect(page.getByRole('combobox', { name: 'Source attribute' })).toHaveValue('userprincipalname');
    await expect(page.getByRole('radio', { name: /custom name/ })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Group claim name' })).toHaveValue('euc_group');
    await expect(page.getByTestId('preset-mark-claim')).toBeVisible();
    await expect(page.getByTestId('preset-mark-groupClaim')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Signing certificate');
    await expect(page.getByRole('textbox', { name: /Notification e-mail addresses/ })).toHaveValue('it@contoso.com, security@contoso.com');
    await expect(page.getByTestId('preset-mark-notify')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Review');
    await expect(page.getByTestId('changes')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();
  });
});

test.describe('a link for one tenant', () => {
  test('tenant=<another tenant id>: sign-in goes to that tenant, and Apply is refused for the demo tenant', async ({ page, authority, tenant }) => {
    await seedReview(page, tenant);
    await page.goto(`/?tenant=${OTHER_TENANT_ID}`);
    await expect(page.getByTestId('preset-tenant')).toContainText(`This link is for tenant ${OTHER_TENANT_ID}`);
    await signInHere(page);
    expect(authority.authorizeRequests[0]).toMatchObject({ tenant: OTHER_TENANT_ID, inIframe: false, outcome: 'code' });
    await expect(page.getByTestId('tenant-id')).toHaveText(DEMO_TENANT_ID);
    await expect(page.getByTestId('preset-tenant')).toContainText(`You are signed in to tenant ${DEMO_TENANT_ID}, a different one`);

    await heading(page, 'Review');
    await expect(page.getByTestId('changes')).toBeVisible();
    await expect(page.getByTestId('tenant-refusal')).toContainText('Apply is refused: wrong tenant');
    await expect(page.getByTestId('tenant-refusal')).toContainText(
      `The link you were sent is for tenant ${OTHER_TENANT_ID}, but you are signed in to tenant ${DEMO_TENANT_ID}.`,
    );
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeDisabled();
  });

  test('tenant=<the demo tenant id>: sign-in goes to that tenant, and Apply is allowed', async ({ page, authority, tenant }) => {
    await seedReview(page, tenant);
    await page.goto(`/?tenant=${DEMO_TENANT_ID.toUpperCase()}`);
    await signInHere(page);
    expect(authority.authorizeRequests[0]).toMatchObject({ tenant: DEMO_TENANT_ID, outcome: 'code' });
    await expect(page.getByTestId('preset-tenant')).toContainText('You are signed in to that tenant.');
    await heading(page, 'Review');
    await expect(page.getByTestId('changes')).toBeVisible();
    await expect(page.getByTestId('tenant-refusal')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();
  });

  test("tenant=<a verified domain>: compared with the tenant's verified domains from GET /organization", async ({ page, authority, tenant }) => {
    await seedReview(page, tenant);
    await page.goto(`/?tenant=${DEMO_TENANT_DOMAIN.toUpperCase()}`);
    await signInHere(page);
    expect(authority.authorizeRequests[0]).toMatchObject({ tenant: DEMO_TENANT_DOMAIN, outcome: 'code' });
    await expect(page.getByTestId('preset-tenant')).toContainText('You are signed in to that tenant.');
    expect(tenant.log.some((entry) => entry.method === 'GET' && /\/organization\b/.test(entry.path))).toBe(true);
    await heading(page, 'Review');
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();
  });
});

test.describe('a link for one tenant, on the demo tenant', () => {
  test.use({ appMode: 'demo' });

  test('a domain that is not one of the demo tenant’s verified domains refuses Apply', async ({ page }) => {
    await page.goto('/?tenant=fabrikam.onmicrosoft.com&region=in');
    await expect(page.getByTestId('preset-tenant')).toContainText('This link is for tenant fabrikam.onmicrosoft.com');
    await signInHere(page);
    await expect(page.getByTestId('preset-tenant')).toContainText(`You are signed in to tenant ${DEMO_TENANT_DOMAIN} (${DEMO_TENANT_ID}), a different one`);
    await toRegionStep(page);
    await expect(page.getByRole('radio', { name: /^India / })).toBeChecked();
    await regionStep(page, 'in', 'demo-1');
    await claimsStep(page, {});
    await certificateStep(page);
    await heading(page, 'Review');
    await expect(page.getByTestId('tenant-refusal')).toContainText(`you are signed in to tenant ${DEMO_TENANT_DOMAIN} (${DEMO_TENANT_ID})`);
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeDisabled();
  });
});
