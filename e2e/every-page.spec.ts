// Issue 8: every page the admin sees (start page → summary, then the check and the share page) in
// both languages and both themes: nothing overflows at a phone's width (and, in Japanese, at the
// desktop's), axe (WCAG 2.1 AA rules) finds nothing, and the Japanese pages really are Japanese.
//
// One walk per language does both the layout and the axe checks: a full walk through the wizard
// costs 20–40 s of a loaded 2-core machine, and the suite is CPU-bound, so only less work per test
// makes it faster (decision 027). Walking once and checking everything at each page costs the walk
// once instead of twice.
//
// English goes in the light theme and Japanese in the dark one. axe's rules see the theme (colour
// contrast) and the language (lang, names), and none depends on both at once: a Japanese walk in
// the light theme checks the same colours as the English one (decision 027).
//
// test.slow(): 180 s (three times the configured 60 s) for a walk that took 23–32 s alone on
// 2 cores, so a machine running two suites at once still has room.
import { expect, test } from './fixtures/test';
import { walkInLanguage, walkTheOtherPages } from './fixtures/localized-walk';
import { atEveryWidth, atWidth, DESKTOP, expectNoViolations, PHONE } from './fixtures/page-checks';

test.describe('in English, light theme', () => {
  test.use({ locale: 'en-US', colorScheme: 'light' });

  test('every page fits 360 px with nothing overflowing and has no axe violations', async ({ page, tenant }, testInfo) => {
    test.slow();
    // The walk's own steps run at a phone's width; each page is checked by axe at the desktop's.
    await page.setViewportSize({ width: PHONE, height: 900 });
    await walkInLanguage(
      page,
      'en',
      async (where) => {
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.style.colorScheme])).toEqual(['en', 'light']);
        await atWidth(page, DESKTOP);
        await expectNoViolations(page, `${where} (en, light)`);
        await atEveryWidth(page, testInfo, where, [PHONE]);
      },
      { slowApply: tenant },
    );

    // The check of the app just made (picker and report), and the share page.
    await walkTheOtherPages(page, 'en', (where) => atEveryWidth(page, testInfo, where, [PHONE]));
  });
});

test.describe('in Japanese, dark theme', () => {
  test.use({ locale: 'ja-JP', colorScheme: 'dark' });

  test('every page in Japanese fits 360 px and 1280 px with nothing overflowing and has no axe violations', async ({ page, tenant }, testInfo) => {
    test.slow();
    await walkInLanguage(
      page,
      'ja',
      async (where) => {
        // The language and theme really are the ones under test.
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.style.colorScheme])).toEqual(['ja', 'dark']);
        await atEveryWidth(page, testInfo, where, [PHONE, DESKTOP], async (width) => {
          if (width === DESKTOP) await expectNoViolations(page, `${where} (ja, dark)`);
        });
      },
      { slowApply: tenant },
    );
    // Dates and counts in Japanese: the certificate's expiry on the summary.
    // With its time zone (issue 14): "2028年4月30日 19:00 JST".
    await expect(page.getByTestId('summary-certificateExpiry')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2} \S+$/);

    // The other pages: checking the app just made (picker and report), and the share page.
    await walkTheOtherPages(page, 'ja', async (where) => {
      // Counts in Japanese on the report.
      if (where === 'check: the report') {
        await expect(page.getByTestId('check-counts')).toHaveText(/^合格 \d+ 件、(ポータルで確認 \d+ 件、)?警告 \d+ 件、不合格 \d+ 件$/);
      }
      await atEveryWidth(page, testInfo, where, [PHONE, DESKTOP]);
    });
  });
});
