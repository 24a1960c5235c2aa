// Gzipped sizes of a build, from its files and Vite's manifest (.vite/manifest.json):
// - first screen: the entry chunk of index.html with everything it imports statically, and its
//   CSS. The start page imports nothing else before it is interactive (main.tsx loads MSAL, the
//   demo tenant, the presets' rules and the wizard on demand); `npm run bench` checks that claim
//   in a browser.
// - real-tenant mode: every chunk either page (index.html, redirect.html) can ever load, except
//   the demo tenant's (dynamic imports of src/demo-tenant/**, which only demo mode makes).
// - demo tenant: the chunks only demo mode loads, and its service worker (public/mockServiceWorker.js).
// - per language: what one admin downloads. Catalogues of one language that load on demand (a
//   dynamic chunk whose source ends in `.<language>.ts`) count only for that language; the budget
//   holds for each language (docs/decisions/017-size-budget-per-language.md).
// gzip at zlib's default level (6), kB = 1000 bytes, as Vite's own build report.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS_KB = { firstScreen: 130, realTenantAllChunks: 400 };
/** What `npm test` enforces: issue 7's targets themselves, the whole wizard counted per language. */
export const TEST_BUDGETS_KB = { ...BUDGETS_KB };
export const LANGUAGES = ['en', 'ja'];

const DEMO_TENANT_SOURCES = 'src/demo-tenant/';
const SERVICE_WORKER = 'mockServiceWorker.js';

export function gzipKb(path) {
  return gzipSync(readFileSync(path)).length / 1000;
}

function readManifest(outDir) {
  const path = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest (vite.config.ts) first.`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Manifest keys reachable from `roots`, following static imports, and dynamic ones `follow` allows. */
function reachable(manifest, roots, follow) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const key = queue.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    const chunk = manifest[key];
    queue.push(...(chunk.imports ?? []));
    queue.push(...(chunk.dynamicImports ?? []).filter(follow));
  }
  return seen;
}

/** Every file (JS and CSS) of these chunks, once. */
function filesOf(manifest, keys) {
  const files = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files].sort();
}

function total(outDir, files) {
  return files.reduce((sum, file) => sum + gzipKb(join(outDir, file)), 0);
}

export function bundleSizes(outDir) {
  const manifest = readManifest(outDir);
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const isDemoTenant = (key) => key.startsWith(DEMO_TENANT_SOURCES);

  const firstScreenFiles = filesOf(
    manifest,
    reachable(manifest, ['index.html'], () => false),
  );
  const realTenantKeys = reachable(manifest, entries, (key) => !isDemoTenant(key));
  const realTenantFiles = filesOf(manifest, realTenantKeys);
  const demoRoots = Object.keys(manifest).filter(isDemoTenant);
  const demoOnlyKeys = [...reachable(manifest, demoRoots, () => true)].filter((key) => !realTenantKeys.has(key));
  const demoOnlyFiles = filesOf(manifest, demoOnlyKeys);
  const serviceWorker = existsSync(join(outDir, SERVICE_WORKER)) ? [SERVICE_WORKER] : [];
  const languageOf = (key) => (manifest[key].isDynamicEntry ? /\.([a-z]{2})\.ts$/.exec(key)?.[1] : undefined);
  const perLanguage = Object.fromEntries(
    LANGUAGES.map((language) => {
      const keys = [...realTenantKeys].filter((key) => (languageOf(key) ?? language) === language);
      const files = filesOf(manifest, keys);
      return [language, { files, kB: total(outDir, files) }];
    }),
  );

  return {
    firstScreen: { files: firstScreenFiles, kB: total(outDir, firstScreenFiles) },
    realTenantAllChunks: { files: realTenantFiles, kB: total(outDir, realTenantFiles) },
    /** The whole wizard as an admin using one language downloads it (real-tenant mode). */
    perLanguage,
    demoTenantOnly: { files: [...demoOnlyFiles, ...serviceWorker], kB: total(outDir, [...demoOnlyFiles, ...serviceWorker]) },
  };
}
