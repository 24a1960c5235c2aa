// Issue 7: typing in the people picker never blocks. Searches are debounced, at most one is in
// flight (a newer text cancels the older search), and an older text's answer never reaches the list.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { startAt } from './fixtures/seeded';

// Signed in without the redirect (e2e/fixtures/session.ts): this file is not about signing in.
test.use({ session: 'restored' });

/** The picker's one Graph read: a $batch of the users and groups queries. */
function isPickerSearch(request: Request): boolean {
  return request.method() === 'POST' && request.url().startsWith('https://graph.microsoft.com/v1.0/$batch');
}

/** The text a search asked for, read from its $batch body. */
function searchedText(request: Request): string {
  const body = request.postDataJSON() as { requests: { url: string }[] };
  const url = decodeURIComponent(body.requests[0]?.url ?? '');
  return /displayName:([^"]*)"/.exec(url)?.[1] ?? /startswith\(displayName,'([^']*)'\)/.exec(url)?.[1] ?? '';
}

function watchSearches(page: Page) {
  const watch = { sent: [] as string[], cancelled: [] as string[], inFlight: 0, maxInFlight: 0 };
  page.on('request', (request) => {
    if (!isPickerSearch(request)) return;
    watch.sent.push(searchedText(request));
    watch.inFlight++;
    watch.maxInFlight = Math.max(watch.maxInFlight, watch.inFlight);
  });
  page.on('requestfinished', (request) => {
    if (isPickerSearch(request)) watch.inFlight--;
  });
  page.on('requestfailed', (request) => {
    if (!isPickerSearch(request)) return;
    watch.inFlight--;
    watch.cancelled.push(searchedText(request));
  });
  return watch;
}

test('the people picker debounces typing, keeps one search in flight and discards answers to older text', async ({ page, tenant, guard }) => {
  // The picker is the subject: signed in on the people step with the name confirmed (e2e/fixtures/seeded.ts).
  await startAt(page, 'people', {});
  const picker = page.getByRole('combobox', { name: 'Users and groups' });
  const watch = watchSearches(page);

  // Typed faster than the debounce: fewer searches than keystrokes, the last one for the whole word.
  await picker.click();
  await picker.pressSequentially('Adele', { delay: 30 });
  await expect(page.getByRole('option', { name: /Adele Vance/ })).toBeVisible();
  expect(watch.sent.length).toBeLessThan('Adele'.length);
  expect(watch.sent.at(-1)).toBe('Adele');

  // A slow directory: "M" is still on its way when "Mir" is typed. The older search is cancelled
  // before the newer one is sent, and the list only ever shows matches for "Mir".
  await picker.fill('');
  await expect.poll(() => watch.inFlight).toBe(0);
  tenant.faults.latencyMs = 1500;
  const first = page.waitForRequest((request) => isPickerSearch(request) && searchedText(request) === 'M');
  await picker.pressSequentially('M');
  await first;
  await picker.pressSequentially('ir', { delay: 30 });
  const matches = page.getByRole('listbox').getByRole('option');
  await expect(matches.filter({ hasText: 'Miriam Graham' })).toBeVisible({ timeout: 10_000 });
  await expect(matches).toHaveCount(1);
  await expect(matches.filter({ hasText: 'Megan Bowen' })).toHaveCount(0);
  expect(watch.cancelled).toContain('M');
  expect(watch.sent.at(-1)).toBe('Mir');
  expect(watch.maxInFlight).toBe(1);

  // Let the tenant's delayed answers to cancelled searches drain before the page closes.
  tenant.faults.latencyMs = 0;
  await guard.settle();
});
