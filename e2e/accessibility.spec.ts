// Issue 8: the whole walk with the keyboard alone. axe (WCAG 2.1 AA rules) on every page the admin
// sees, in both languages and both themes, runs in the same walks as the overflow checks:
// e2e/every-page.spec.ts.
import { expect, test } from './fixtures/test';
import { heading, summaryAfterApply } from './fixtures/wizard';

test('the whole walk works with the keyboard alone', async ({ page }) => {
  test.slow();
  await page.goto('/');
  const tabTo = async (name: RegExp | string, role: 'button' | 'textbox' | 'combobox' | 'radio' = 'button') => {
    const target = page.getByRole(role, { name, exact: typeof name === 'string' });
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${String(name)}`);
  };
  await tabTo('Sign in with Microsoft');
  await page.keyboard.press('Enter');
  await heading(page, 'Application name');
  await tabTo('Application name', 'textbox');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Users and groups' })).toBeFocused();
  await tabTo('Users and groups', 'combobox');
  await page.keyboard.type('Adele', { delay: 30 });
  await expect(page.getByRole('option', { name: /Adele Vance/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await tabTo('Next');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Region and unique identifier' })).toBeFocused();
  await tabTo(/^North America/, 'radio');
  await page.keyboard.press('ArrowDown'); // Europe and Africa
  await expect(page.getByRole('radio', { name: /^Europe and Africa/ })).toBeChecked();
  await tabTo('Generate');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue(/^tmes-[0-9a-z]{8}$/);
  await tabTo('Next');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeFocused();
  await tabTo('Next');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Signing certificate' })).toBeFocused();
  await tabTo('Next');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();
  await tabTo('Apply');
  await page.keyboard.press('Enter');
  await summaryAfterApply(page);
  await tabTo('Copy all');
  await expect(page.getByRole('button', { name: 'Copy all' })).toBeFocused();
});
