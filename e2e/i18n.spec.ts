// Issue 8: every string on screen through the translation layer (the pseudo-locale); the language
// and theme menus. Every page in English and Japanese at phone and desktop widths with nothing
// overflowing: e2e/every-page.spec.ts.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { walkInLanguage, walkTheOtherPages } from './fixtures/localized-walk';
import { rememberLanguage, text } from './fixtures/i18n';

/**
 * The pseudo-locale (en-XA) shows every catalogue string inside ⟦ ⟧. Visible text outside the
 * markers did not come through the translation layer, unless it is data the admin or Graph gave
 * (inside translate="no": names, URLs, ids, JSON) or punctuation between translated pieces.
 */
async function untranslatedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const value = node.nodeValue ?? '';
      if (!element || value.trim() === '') continue;
      // A textarea's text node is its initial value: the admin's input, not the page's words.
      if (element.closest('[translate="no"], script, style, textarea, [aria-hidden="true"], [data-tabster-dummy]')) continue;
      if (element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      let rest = value;
      for (let before = ''; before !== rest;) {
        before = rest;
        rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
      }
      // What may stand between translated pieces: spaces, punctuation, digits, the required-field mark.
      if (/^[\s\d.,:;·•*()[\]\-–—→/…%|+#]*$/.test(rest)) continue;
      found.push(`${rest.trim()} (in <${element.tagName.toLowerCase()}>: "${value.trim().slice(0, 80)}")`);
    }
    return found;
  });
}

test.describe('in the pseudo-locale', () => {
  test('every visible string on every page comes through the translation layer', async ({ page, tenant }) => {
    test.slow();
    await rememberLanguage(page, 'en-XA');
    await walkInLanguage(
      page,
      'en-XA',
      async (where) => {
        expect(await untranslatedText(page), `text outside the translation layer on "${where}"`).toEqual([]);
      },
      { slowApply: tenant },
    );
    // The check of the app just made (the picker and the report, findings included) and support
    // staff's share page, with a field in error.
    await walkTheOtherPages(page, 'en-XA', async (where) => {
      expect(await untranslatedText(page), `text outside the translation layer on "${where}"`).toEqual([]);
    });
  });
});

test.describe('the display settings', () => {
  test('the language follows the browser, switches from the header, is remembered, and re-words what is on screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: text('en', 'app.start.title') })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: text('en', 'app.start.signIn') }).click();
    await page.getByRole('textbox', { name: text('en', 'name.fieldLabel') }).fill('');
    await page.getByRole('button', { name: text('en', 'wizard.next'), exact: true }).click();
    await expect(page.getByText(text('en', 'validation.appNameRequired'))).toBeVisible();

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('heading', { level: 1, name: text('ja', 'name.title') })).toBeVisible();
    // The message already on screen is re-worded, not left in English.
    await expect(page.getByText(text('ja', 'validation.appNameRequired'))).toBeVisible();
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem('tmes-sso-wizard.language')])).toEqual(['ja', 'ja']);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: text('ja', 'name.title') })).toBeVisible();
    await page.getByRole('combobox', { name: '言語' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: text('en', 'name.title') })).toBeVisible();
  });

  test.describe('with a dark system theme', () => {
    test.use({ colorScheme: 'dark' });

    test('the theme follows the system unless chosen in the header, and the choice is remembered', async ({ page }) => {
      const background = () => page.evaluate(() => getComputedStyle(document.querySelector('main')!.parentElement!).backgroundColor);
      await page.goto('/');
      const theme = page.getByRole('combobox', { name: 'Theme' });
      await expect(theme).toHaveValue('system');
      const dark = await background();
      await theme.selectOption('light');
      await expect.poll(background).not.toBe(dark);
      const light = await background();
      expect(await page.evaluate(() => [document.documentElement.style.colorScheme, localStorage.getItem('tmes-sso-wizard.theme')])).toEqual([
        'light',
        'light',
      ]);
      await page.reload();
      await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
      expect(await background()).toBe(light);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
      await expect.poll(background).toBe(dark);
    });
  });
});
