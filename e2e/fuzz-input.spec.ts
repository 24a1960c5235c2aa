// Issue 9: fuzzed hostile text at each entry point a browser test can reach. Directory names that
// Graph returns (fast-check strings seeded into the tenant) and text typed into the form fields are
// shown as the exact text, never as markup, and nothing they contain ever runs. (Deep-link
// parameters are fuzzed in src/setup/deep-link.test.ts.)
import fc from 'fast-check';
import { test as base, expect } from './fixtures/test';
import { recordDialogs, signIn } from './fixtures/wizard';
import { DemoTenant } from '../src/demo-tenant/tenant';
import { seedDirectory } from '../src/demo-tenant/seed';

const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{constructor}}', '\u202E', '&lt;b&gt;', "'; --"];
/** Seeded, so a failure reproduces: a prefix the picker finds, then markup and arbitrary text. */
const hostileNames = fc.sample(
  fc.tuple(fc.constantFrom(...MARKUP), fc.string({ maxLength: 12 }), fc.constantFrom(...MARKUP)).map(([a, b, c]) => `Fuzz ${a}${b}${c}`.trim()),
  { seed: 20261126, numRuns: 12 },
);

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  tenant: async ({}, provide) => {
    const state = seedDirectory();
    hostileNames.forEach((displayName, index) => {
      const id = `f0000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      state.users.push({
        id,
        displayName,
        userPrincipalName: `fuzz${index}@contoso.onmicrosoft.com`,
        mail: `fuzz${index}@contoso.onmicrosoft.com`,
        accountEnabled: true,
        userType: 'Member',
      });
    });
    await provide(new DemoTenant({ state }));
  },
});

// Signed in without the redirect (e2e/fixtures/session.ts): this file is not about signing in.
test.use({ session: 'restored' });

test('fuzzed directory names render as exactly that text and never run; markup typed into a field stays exactly as typed', async ({ page }) => {
  test.slow();
  const dialogs = recordDialogs(page);
  await signIn(page);
  const name = page.getByRole('textbox', { name: 'Application name' });
  for (const text of MARKUP) {
    await name.fill(text);
    await expect(name).toHaveValue(text);
  }
  await name.fill('EUC');
  await page.getByRole('button', { name: 'Next' }).click();
  const picker = page.getByRole('combobox', { name: 'Users and groups' });
  await picker.click();
  await picker.pressSequentially('Fuzz', { delay: 20 });
  const options = page.getByRole('listbox', { name: 'Users and groups' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const shown = await options.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  // Graph returns at most 10 per search; every one shown is one of the hostile names, verbatim.
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) expect(hostileNames.some((hostile) => text.includes(hostile))).toBe(true);
  expect(dialogs).toEqual([]);
  expect(await page.locator('main img, main svg[onload], main script').count()).toBe(0);
  expect(await page.locator('[onerror], [onload]').count()).toBe(0);
});
