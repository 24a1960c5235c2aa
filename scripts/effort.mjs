// `npm run effort` (also part of `npm run bench`): the admin's effort from a support link to the
// summary, counted in chromium on the built app in demo mode, for the seed's default path (the
// default name, one user, the link's region and identifier, Entra's default claims, the admin's own
// address for notices) and for the custom-claims path (a custom identity claim from another
// attribute and a group claim under a custom name).
//   node scripts/effort.mjs [--out DIR] [--port N] [--no-build]
// What counts is what the page receives, not what this script meant to do: a click is a pointer
// press (or a choice in a drop-down list), a typed value is a text field that received typing or
// a paste between focusing it and leaving it. Exits non-zero when the default path takes more than
// 12 clicks or 2 typed values (the hand procedure takes about 20 and 4).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { option, preview } from './script-tools.mjs';

export const EFFORT_LIMITS = { clicks: 12, typedValues: 2 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LINK = '?region=eu&cmpId=acme-eu';
// Apply runs at the demo tenant's own latency; a loaded machine needs the time.
const SUMMARY_TIMEOUT_MS = 120_000;

/** Counts, in the page, the clicks and typed values it receives; kept in sessionStorage across loads. */
function countInPage() {
  const KEY = 'effort.counts';
  const read = () => JSON.parse(sessionStorage.getItem(KEY) ?? '{"clicks":0,"typedValues":0}');
  const add = (what) => {
    const counts = read();
    counts[what] += 1;
    sessionStorage.setItem(KEY, JSON.stringify(counts));
  };
  let typedInto = null;
  document.addEventListener('pointerdown', (event) => event.isTrusted && add('clicks'), true);
  // A native drop-down list: opening it is a pointer press, choosing an option is another.
  document.addEventListener('change', (event) => event.target instanceof HTMLSelectElement && add('clicks'), true);
  document.addEventListener('focusin', () => (typedInto = null), true);
  document.addEventListener(
    'input',
    (event) => {
      const field = event.target;
      const text = field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && !['radio', 'checkbox'].includes(field.type));
      if (!text || typedInto === field) return;
      typedInto = field;
      add('typedValues');
    },
    true,
  );
}

async function counts(page) {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('effort.counts') ?? '{"clicks":0,"typedValues":0}'));
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible', timeout: SUMMARY_TIMEOUT_MS });
}

async function next(page) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** From the support link to the summary; `claims` does what the claims step needs beyond its defaults. */
async function walk(browser, url, claims) {
  const context = await browser.newContext();
  // The built app's own config.json says demo mode; nothing leaves the page's origin.
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
  await context.route(`${origin}/config.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ clientId: '' }) }),
  );
  await context.addInitScript(countInPage);
  const page = await context.newPage();
  try {
    await page.goto(`${url}${LINK}`);
    await page.getByRole('button', { name: 'Sign in to the demo tenant' }).click();
    await heading(page, 'Application name');
    await next(page);
    await heading(page, 'Users and groups');
    const picker = page.getByRole('combobox', { name: 'Users and groups' });
    await picker.click();
    await picker.pressSequentially('Adele', { delay: 20 });
    await page.getByRole('option', { name: /Adele Vance/ }).click();
    await next(page);
    await heading(page, 'Region and unique identifier');
    await next(page);
    await heading(page, 'Claims');
    await claims(page);
    await next(page);
    await heading(page, 'Signing certificate');
    await next(page);
    await heading(page, 'Review');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await heading(page, 'Summary');
    return await counts(page);
  } finally {
    await context.close();
  }
}

async function customClaims(page) {
  await page.getByRole('radio', { name: /another user attribute/ }).click();
  const claimName = page.getByRole('textbox', { name: 'Claim name', exact: true });
  await claimName.click();
  await claimName.pressSequentially('euc_mail', { delay: 10 });
  const source = page.getByRole('combobox', { name: 'Source attribute' });
  await source.click();
  await source.selectOption('userprincipalname');
  // The group claim's custom name starts as the seed's "euc_group": choosing the option suffices.
  await page.getByRole('radio', { name: /custom name/ }).click();
}

/** Both paths against the app served at `url` (demo mode). */
export async function countEffort(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    return {
      defaultPath: await walk(browser, url, async () => {}),
      customClaimsPath: await walk(browser, url, customClaims),
    };
  } finally {
    await browser.close();
  }
}

/** One line per path; whether the default path is within the limits. */
export function reportEffort({ defaultPath, customClaimsPath }, log = console.log) {
  const ok = defaultPath.clicks <= EFFORT_LIMITS.clicks && defaultPath.typedValues <= EFFORT_LIMITS.typedValues;
  log(
    `${ok ? 'ok  ' : 'MISS'} effort, default path from a support link to the summary: ${defaultPath.clicks} clicks, ${defaultPath.typedValues} typed values (target ≤ ${EFFORT_LIMITS.clicks} and ≤ ${EFFORT_LIMITS.typedValues})`,
  );
  log(`info effort, custom-claims path from a support link to the summary: ${customClaimsPath.clicks} clicks, ${customClaimsPath.typedValues} typed values`);
  return ok;
}

async function main() {
  const outDir = resolve(option('out', '.bench/dist'));
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`vite build failed (${built.status})`);
  }
  const server = await preview(outDir, Number(option('port', '4510')));
  let ok = false;
  try {
    ok = reportEffort(await countEffort(server.url));
  } finally {
    server.stop();
  }
  process.exit(ok ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
