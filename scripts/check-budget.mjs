// `npm run test:budget` (part of `npm test`, after the build): the bundle-size targets of issue 7
// against the built files. Sizes only: they are the same on every machine, times are not (those
// are in `npm run bench`). Usage: node scripts/check-budget.mjs [outDir, default dist]
import { LANGUAGES, TEST_BUDGETS_KB as BUDGETS_KB, bundleSizes } from './bundle-sizes.mjs';

const outDir = process.argv[2] ?? 'dist';
const sizes = bundleSizes(outDir);
const checks = [
  ['first screen (JS + CSS before the start page is interactive)', sizes.firstScreen.kB, BUDGETS_KB.firstScreen],
  ...LANGUAGES.map((language) => [
    `whole wizard in ${language}, every chunk an admin using it can load, real-tenant mode`,
    sizes.perLanguage[language].kB,
    BUDGETS_KB.realTenantAllChunks,
  ]),
];

let failed = 0;
for (const [label, kB, budget] of checks) {
  const ok = kB <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${kB.toFixed(1)} kB gzipped (budget ${budget} kB)`);
}
console.log(`info both languages' chunks together: ${sizes.realTenantAllChunks.kB.toFixed(1)} kB gzipped`);
console.log(`info demo tenant's own chunks (demo mode only, not in the budget): ${sizes.demoTenantOnly.kB.toFixed(1)} kB gzipped`);
if (failed > 0) {
  console.log(`First-screen files: ${sizes.firstScreen.files.join(', ')}`);
  console.log('See docs/decisions/007-performance.md for what keeps each figure down.');
}
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
