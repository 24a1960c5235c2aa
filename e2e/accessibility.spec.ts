// Issue 8: axe (WCAG 2.1 AA rules) on every page the admin sees, in both languages and both themes,
// and the whole walk with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { heading, summaryAfterApply } from './fixtures/wizard';
import { walkInLanguage } from './fixtures/localized-walk';

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent's focus-trap helpers (tabster dummies) are aria-hidden but focusable by design.
    .exclude('[data-tabster-dummy]')
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

// Every page in each language and in each theme, in two walks: English in the light theme and
// Japanese in the dark one. axe's rules see the theme (colour contrast) and the language (lang,
// names), and no rule depends on both at once: a Japanese walk in the light theme checks the same
// colours as the English one. Four walks took 133 s of the suite's 911 s of test time (decision 027).
const WALKS = [
  { language: 'en', colorScheme: 'light' },
  { language: 'ja', colorScheme: 'dark' },
] as const;

for (const { language, colorScheme } of WALKS) {
  test.describe(`${language === 'en' ? 'English' : 'Japanese'}, ${colorScheme} theme`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'ja-JP', colorScheme });

    test('every step, the review, apply progress and the summary have no axe violations', async ({ page, tenant }) => {
      test.slow();
      tenant.faults.latencyMs = 400; // apply progress stays on screen long enough to check
      await walkInLanguage(page, language, async (where) => {
        // The language and theme really are the ones under test.
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.style.colorScheme])).toEqual([language, colorScheme]);
        await expectNoViolations(page, `${where} (${language}, ${colorScheme})`);
      });
    });
  });
}

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
