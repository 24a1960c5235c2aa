// Issue 9: names that come back from Graph with markup or a right-to-left override render as inert
// text everywhere the wizard shows them (picker, review, apply, summary), and never run.
import { expect, test } from './fixtures/test';
import { certificateStep, claimsStep, heading, nameStep, recordDialogs, regionStep, showGraphRequests, signIn, summaryAfterApply } from './fixtures/wizard';

// Signed in without the redirect (e2e/fixtures/session.ts): this file is not about signing in.
test.use({ session: 'restored' });

test('hostile display names from Graph render as text and never execute', async ({ page }) => {
  test.slow();
  const dialogs = recordDialogs(page);
  await signIn(page);
  await page.getByRole('textbox', { name: 'Application name' }).fill('<img src=x onerror=alert(2)> EUC');
  await nameStep(page);
  await heading(page, 'Users and groups');
  const picker = page.getByRole('combobox', { name: 'Users and groups' });
  for (const [search, option] of [
    ['<script', /<script>alert\(1\)<\/script>/],
    ['Mallory', /Mallory/],
  ] as const) {
    await picker.click();
    await picker.pressSequentially(search, { delay: 20 });
    await page.getByRole('option', { name: option }).click();
  }
  // In the picker every chosen name sits in its own <bdi>.
  await expect(page.locator('bdi', { hasText: 'Mallory' }).first()).toBeAttached();
  await page.getByRole('button', { name: 'Next' }).click();
  await regionStep(page, 'us', 'hostile-1');
  await claimsStep(page, {});
  await certificateStep(page, 'ops@contoso.com');
  await heading(page, 'Review');
  await showGraphRequests(page);
  const isolated = (name: string) => `\u2068${name}\u2069`;
  await expect(page.getByText(`Assign user "${isolated('<script>alert(1)</script>')}" to the app`)).toBeVisible();
  await expect(page.getByText(`Create the enterprise application "${isolated('<img src=x onerror=alert(2)> EUC')}"`).first()).toBeVisible();
  // The override mark inside Mallory's name is isolated, so it cannot reorder the title around it.
  await expect(page.getByText(`Assign user "${isolated('Mallory \u202Enimda labolG')}" to the app`)).toBeVisible();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await summaryAfterApply(page);

  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});
