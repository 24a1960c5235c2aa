// Issue 14, "Browser conventions" and "Small traps": steps are history entries with their own
// address; Start over asks first; copy feedback moves nothing; pasted
// and typed values are shown trimmed.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { heading, nameStep, peopleStep, reviewAndApply, SIGN_IN, signIn } from './fixtures/wizard';
import { adele, startAt } from './fixtures/seeded';
import { DEMO_ADMIN_UPN } from '../src/demo-tenant/seed';
import type { DemoTenant } from '../src/demo-tenant/tenant';

// Signed in without the redirect (e2e/fixtures/session.ts), but for the link through the sign-in
// redirect.
test.use({ session: 'restored' });

const PEOPLE = [{ search: 'Adele', option: /Adele Vance/ }];
const REGION_TITLE = 'Region and unique identifier';

function stepInAddress(page: Page): string | null {
  return new URL(page.url()).searchParams.get('step');
}

async function toRegionStep(page: Page): Promise<void> {
  await nameStep(page);
  await peopleStep(page, PEOPLE);
  await heading(page, REGION_TITLE);
}

/** Signed in on the region step with the name and Adele confirmed, as after walking there (e2e/fixtures/seeded.ts). */
async function startAtRegionStep(page: Page, tenant: DemoTenant): Promise<void> {
  await startAt(page, 'region', { principals: [adele(tenant)] });
}

/** Where the element's top is on the page (not in the viewport: clicking may scroll). */
async function top(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

/** Puts `text` on the clipboard and pastes it into `field` with the keyboard, as an admin does. */
async function paste(page: Page, field: Locator, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.click();
  await field.press('ControlOrMeta+V');
}

test.describe('steps are history entries', () => {
  test('Back and Forward move between steps, each with its own address, and unsaved typing survives', async ({ page }) => {
    await signIn(page);
    await heading(page, 'Application name');
    expect(stepInAddress(page)).toBe('name');
    await toRegionStep(page);
    expect(stepInAddress(page)).toBe('region');
    // Typed, not confirmed: the journal keeps the draft across history moves.
    await page.getByRole('textbox', { name: /Unique identifier/ }).fill('draft-1');

    await page.goBack();
    await heading(page, 'Users and groups');
    expect(stepInAddress(page)).toBe('people');
    await expect(page.getByRole('main').getByText('Adele Vance', { exact: true })).toBeVisible();
    await page.goBack();
    await heading(page, 'Application name');
    expect(stepInAddress(page)).toBe('name');
    // Focus goes to the new step's heading, as on a click.
    await expect(page.getByRole('heading', { level: 1, name: 'Application name' })).toBeFocused();

    await page.goForward();
    await heading(page, 'Users and groups');
    await page.goForward();
    await heading(page, REGION_TITLE);
    await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('draft-1');
    // Still inside the wizard: Back from the first step's entry is the only way out.
    await expect(page.getByTestId('admin-name')).toBeVisible();
  });

  test('a step chosen in the step list is a history entry too', async ({ page, tenant }) => {
    await startAtRegionStep(page, tenant);
    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: '1. Application name' }).click();
    await heading(page, 'Application name');
    expect(stepInAddress(page)).toBe('name');
    await page.goBack();
    await heading(page, REGION_TITLE);
  });

  test('a reload on a step address shows that step with what was typed', async ({ page, tenant }) => {
    // Seeded one step early, so Back after the reload has the people step's entry to go to.
    await startAt(page, 'people', { principals: [adele(tenant)] });
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, REGION_TITLE);
    await page.getByRole('radio', { name: /^Japan / }).check();
    await page.getByRole('textbox', { name: /Unique identifier/ }).fill('reload-2');
    await page.reload();
    await heading(page, REGION_TITLE);
    expect(stepInAddress(page)).toBe('region');
    await expect(page.getByRole('radio', { name: /^Japan / })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('reload-2');
    // Back still works after the reload: the entries are the browser's.
    await page.goBack();
    await heading(page, 'Users and groups');
  });

  test('an address for a step not reachable yet shows the furthest reachable step', async ({ page }) => {
    await signIn(page);
    await nameStep(page);
    await heading(page, 'Users and groups');
    await page.goto(page.url().replace('step=people', 'step=summary'));
    await heading(page, 'Users and groups');
    expect(stepInAddress(page)).toBe('people');
    await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toHaveCount(0);
  });

  test.describe('through the sign-in redirect', () => {
    test.use({ session: 'redirect' });

    test('a support link still presets, through the sign-in redirect, a reload and history moves', async ({ page }) => {
      await page.goto('/?region=eu&cmpId=contoso-eu');
      await expect(page.getByTestId('preset-summary')).toContainText('Region: Europe and Africa');
      await page.getByRole('button', { name: SIGN_IN }).click();
      await expect(page.getByTestId('admin-name')).toBeVisible();
      await toRegionStep(page);
      await expect(page.getByRole('radio', { name: /^Europe and Africa / })).toBeChecked();
      await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('contoso-eu');
      await expect(page.getByTestId('preset-mark-region')).toBeVisible();
      await page.reload();
      await heading(page, REGION_TITLE);
      await expect(page.getByRole('radio', { name: /^Europe and Africa / })).toBeChecked();
      await page.goBack();
      await page.goForward();
      await heading(page, REGION_TITLE);
      await expect(page.getByTestId('preset-mark-cmpId')).toBeVisible();
    });
  });
});

test('Start over asks first: Cancel keeps everything, confirming clears the answers', async ({ page, tenant }) => {
  test.slow(); // an apply
  // The dialog is the subject: it starts at the review (e2e/fixtures/seeded.ts) and applies.
  await startAt(page, 'review', { principals: [adele(tenant)], region: 'sg', cmpId: 'start-over-1', emails: [DEMO_ADMIN_UPN] });
  await reviewAndApply(page);
  const replyUrl = page.getByTestId('summary-replyUrl');
  await expect(replyUrl).toContainText('cmpID=start-over-1');

  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('start-over-discards')).toContainText('unique identifier start-over-1');
  await expect(dialog.getByTestId('start-over-discards')).toContainText('the record of the last apply');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await heading(page, 'Summary');
  await expect(replyUrl).toContainText('cmpID=start-over-1');

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard and start over' }).click();
  await heading(page, 'Application name');
  expect(stepInAddress(page)).toBe('name');
  await expect(page.getByRole('button', { name: '8. Summary' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '2. Users and groups' })).toBeDisabled();
});

test.describe('copy feedback', () => {
  test('"Link copied." appears beside the button and nothing below it moves (region step)', async ({ page, context, tenant }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await startAtRegionStep(page, tenant);
    await page.getByRole('radio', { name: /^Singapore / }).check();
    await page.getByRole('textbox', { name: /Unique identifier/ }).fill('copy-1');
    const button = page.getByRole('button', { name: 'Copy a setup link' });
    const status = page.getByTestId('share-status');
    const below = page.getByRole('button', { name: 'Next' });
    const before = { below: await top(below), button: await top(button) };
    await button.click();
    await expect(status).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId('share-link').inputValue());
    // Beside the button: on its line.
    const [statusBox, buttonBox] = [await status.boundingBox(), await button.boundingBox()];
    expect(statusBox!.x).toBeGreaterThan(buttonBox!.x + buttonBox!.width - 1);
    expect(Math.abs(statusBox!.y + statusBox!.height / 2 - (buttonBox!.y + buttonBox!.height / 2))).toBeLessThan(buttonBox!.height);
    expect(await top(button)).toBe(before.button);
    expect(await top(below)).toBe(before.below);
  });

  // The longest message is the one that used to wrap below the button and push the page down.
  for (const { width, outcome } of [
    { width: 1280, outcome: 'copied' },
    { width: 360, outcome: 'refused' },
  ] as const) {
    test(`the share page's copy status moves nothing at ${width} px (${outcome})`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      if (outcome === 'refused') {
        await context.addInitScript(() => {
          navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        });
      }
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?share=1&region=jp&cmpId=copy-2');
      const copy = page.getByRole('button', { name: 'Copy link' });
      await expect(copy).toBeEnabled();
      const back = page.getByRole('link', { name: 'Back to the wizard' });
      const before = await top(back);
      await copy.click();
      await expect(page.getByTestId('share-status')).toHaveText(
        outcome === 'copied' ? 'Link copied.' : 'Could not copy the link: select it and copy it by hand.',
      );
      expect(await top(back)).toBe(before);
    });
  }
});

test.describe('small traps', () => {
  test('a pasted identifier, name or address is shown trimmed, and a typed one once the field is left', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page);
    await heading(page, 'Application name');
    const name = page.getByRole('textbox', { name: 'Application name' });
    await name.fill('');
    await paste(page, name, '  Trend Micro EUC (Paris)\n');
    await expect(name).toHaveValue('Trend Micro EUC (Paris)');
    await name.fill('Trend Micro EUC (Lyon)   ');
    await name.press('Tab');
    await expect(name).toHaveValue('Trend Micro EUC (Lyon)');
    await expect(page.getByText('Remove the space at the start or end of the name.')).toHaveCount(0);
    await name.press('Enter');

    await peopleStep(page, PEOPLE);
    await heading(page, REGION_TITLE);
    await page.getByRole('radio', { name: /^Europe and Africa / }).check();
    const cmpId = page.getByRole('textbox', { name: /Unique identifier/ });
    await paste(page, cmpId, ' \tcontoso-paris \n');
    await expect(cmpId).toHaveValue('contoso-paris');
    await expect(page.getByTestId('preview-reply-url')).toHaveText('https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-paris');
    await page.getByRole('button', { name: 'Next' }).click();

    await heading(page, 'Claims');
    await page.getByRole('radio', { name: /another user attribute/ }).check();
    const claimName = page.getByRole('textbox', { name: 'Claim name', exact: true });
    await paste(page, claimName, ' euc_mail ');
    await expect(claimName).toHaveValue('euc_mail');
    await page.getByRole('button', { name: 'Next' }).click();

    await heading(page, 'Signing certificate');
    const emails = page.getByRole('textbox', { name: /Notification e-mail addresses/ });
    await emails.fill('');
    await paste(page, emails, '\n ops@contoso.com  ');
    await expect(emails).toHaveValue('ops@contoso.com');
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Review');
  });
});
