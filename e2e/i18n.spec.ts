// Issue 8: the wizard in Japanese at phone and desktop widths with nothing overflowing; every string
// on screen through the translation layer (the pseudo-locale); the language and theme menus.
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { walkInLanguage, type WalkPage } from './fixtures/localized-walk';
import { rememberLanguage, text } from './fixtures/i18n';

const WIDTHS = [360, 1280] as const;

/** Lets layout settle (fonts, the picker's popover, Fluent's measurements) before measuring. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * What overflows: the page scrolling sideways, an element holding text that is wider than its box
 * where the box clips or scrolls it (inputs excepted: their text scrolls inside them by design), or
 * one that ends past the window's right edge.
 */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    const name = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('data-testid') ? ` data-testid=${element.getAttribute('data-testid')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 60)}"`;
    for (const element of document.querySelectorAll('header *, main *')) {
      if (!(element instanceof HTMLElement) || ['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(element.tagName)) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
      // Visually hidden text for screen readers is a 1 px clipped box by design; graphics (a
      // spinner's rotating parts) hold no text to overflow.
      if ((element.clientWidth <= 1 && element.clientHeight <= 1) || (element.textContent ?? '').trim() === '') continue;
      const clipsOrScrolls = ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
      if (clipsOrScrolls && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} is ${element.scrollWidth} px wide in a ${element.clientWidth} px box`);
      }
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1)
        problems.push(`${name(element)} ends at ${Math.round(box.right)} px, past the ${window.innerWidth} px window`);
    }
    return problems;
  });
}

async function atEveryWidth(page: Page, testInfo: TestInfo, where: WalkPage | string, also?: () => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    await testInfo.attach(`${where} at ${width} px`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    expect(await overflows(page), `overflow on "${where}" at ${width} px`).toEqual([]);
    await also?.();
  }
}

test.describe('in English', () => {
  test('the whole walk fits 360 px with nothing overflowing', async ({ page, tenant }) => {
    test.slow();
    tenant.faults.latencyMs = 400;
    await page.setViewportSize({ width: 360, height: 800 });
    const fits = async (where: string) => {
      await settled(page);
      expect(await overflows(page), `overflow on "${where}" at 360 px`).toEqual([]);
    };
    await walkInLanguage(page, 'en', fits);
    await page.getByRole('tab', { name: text('en', 'check.ui.modeCheck') }).click();
    await page
      .getByRole('list', { name: text('en', 'check.ui.trendMicroApps') })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByTestId('check-counts')).toBeVisible();
    await fits('check: the report');
    await page.goto('/?share=1&region=jp&cmpId=bad%20id');
    await expect(page.getByRole('heading', { level: 1, name: text('en', 'deepLink.sharePageTitle') })).toBeVisible();
    await fits('the share page');
  });
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the whole walk, at 360 px and 1280 px, with nothing overflowing and every page in Japanese', async ({ page, tenant }, testInfo) => {
    test.slow();
    tenant.faults.latencyMs = 400; // apply progress stays on screen long enough to photograph
    await walkInLanguage(page, 'ja', async (where) => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
      // Apply progress: measured at one width (it moves on by itself), photographed at both.
      await atEveryWidth(page, testInfo, where);
    });
    // Dates and counts in Japanese: the certificate's expiry on the summary.
    // With its time zone (issue 14): "2028年4月30日 19:00 JST".
    await expect(page.getByTestId('summary-certificateExpiry')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2} \S+$/);

    // The other pages: checking the app just made (picker and report), and the share page.
    await page.getByRole('tab', { name: text('ja', 'check.ui.modeCheck') }).click();
    await expect(page.getByRole('list', { name: text('ja', 'check.ui.trendMicroApps') })).toBeVisible();
    await atEveryWidth(page, testInfo, 'check: the app picker');
    await page
      .getByRole('list', { name: text('ja', 'check.ui.trendMicroApps') })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByTestId('check-counts')).toHaveText(/^合格 \d+ 件、(ポータルで確認 \d+ 件、)?警告 \d+ 件、不合格 \d+ 件$/);
    await atEveryWidth(page, testInfo, 'check: the report');
    await page.goto('/?share=1&region=jp&cmpId=bad%20id');
    await expect(page.getByRole('heading', { level: 1, name: text('ja', 'deepLink.sharePageTitle') })).toBeVisible();
    await atEveryWidth(page, testInfo, 'the share page');
  });
});

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
    tenant.faults.latencyMs = 400;
    await rememberLanguage(page, 'en-XA');
    await walkInLanguage(page, 'en-XA', async (where) => {
      expect(await untranslatedText(page), `text outside the translation layer on "${where}"`).toEqual([]);
    });
    // The check of the app just made: the picker and the report, findings included.
    await page.getByRole('tab', { name: text('en-XA', 'check.ui.modeCheck') }).click();
    await expect(page.getByRole('list', { name: text('en-XA', 'check.ui.trendMicroApps') })).toBeVisible();
    expect(await untranslatedText(page), 'text outside the translation layer on the check picker').toEqual([]);
    await page
      .getByRole('list', { name: text('en-XA', 'check.ui.trendMicroApps') })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByTestId('check-counts')).toBeVisible();
    expect(await untranslatedText(page), 'text outside the translation layer on the check report').toEqual([]);
    // Support staff's share page, with a field in error.
    await page.goto('/?share=1&region=jp&cmpId=bad%20id');
    await expect(page.getByRole('heading', { level: 1, name: text('en-XA', 'deepLink.sharePageTitle') })).toBeVisible();
    expect(await untranslatedText(page), 'text outside the translation layer on the share page').toEqual([]);
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
