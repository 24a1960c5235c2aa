// Moves files with `git mv` and rewrites every relative import specifier and every path written in
// the repository's text (comments, docs, configs) to follow them (docs/decisions/019-layers.md).
//
//   node scripts/relayout.mjs <mapping.json>                 move, then rewrite
//   node scripts/relayout.mjs <mapping.json> --rewrite-only  the files have moved already (a branch
//                                                            merged after the move still names old paths)
//
// The mapping is a JSON object { "old/path.ts": "new/path.ts", ... }, paths from the repository root.
// An import is resolved against the tree as it was (or, with --rewrite-only, against the old names
// of files that now live at their new names), mapped, and written relative to the importer's new place.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';

const [mappingFile, flag] = process.argv.slice(2);
if (!mappingFile) {
  console.error('usage: node scripts/relayout.mjs <mapping.json> [--rewrite-only]');
  process.exit(2);
}
const rewriteOnly = flag === '--rewrite-only';
const mapping = new Map(Object.entries(JSON.parse(readFileSync(mappingFile, 'utf8'))));
const reverse = new Map([...mapping].map(([from, to]) => [to, from]));

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });
const tracked = git('ls-files').split('\n').filter(Boolean);

// The tree before the move, whatever state the working copy is in.
const oldTree = new Set(tracked.map((file) => (rewriteOnly ? (reverse.get(file) ?? file) : file)));
const newPath = (file) => mapping.get(file) ?? file;

const CODE = /\.(ts|tsx|mjs|js|cjs)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '.json', '.css', '/index.ts', '/index.tsx'];
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\bssrLoadModule\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

function rewriteSpecifiers(oldFile, text) {
  return text.replace(SPECIFIER, (whole, lead, quote, specifier) => {
    const base = posix.normalize(posix.join(posix.dirname(oldFile), specifier));
    const suffix = EXTENSIONS.find((extension) => oldTree.has(base + extension));
    if (suffix === undefined) return whole;
    const target = base + suffix;
    if (!mapping.has(target) && !mapping.has(oldFile)) return whole;
    let next = posix.relative(posix.dirname(newPath(oldFile)), newPath(target));
    if (suffix !== '') next = next.slice(0, next.length - suffix.length);
    if (!next.startsWith('.')) next = `./${next}`;
    return `${lead}${quote}${next}${quote}`;
  });
}

// Paths written out in comments, docs and configs (a moved file named with or without its extension).
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathRules = [...mapping].map(([from, to]) => {
  const stem = (file) => file.replace(/\.(tsx?|mjs|js|json|css)$/, '');
  return { pattern: new RegExp(`(?<![\\w.-])${escape(stem(from))}(\\.(?:tsx?|mjs|js|json|css))?(?![\\w-]|\\.[A-Za-z])`, 'g'), to: stem(to) };
});
function rewritePaths(text) {
  let result = text;
  for (const { pattern, to } of pathRules) result = result.replace(pattern, (_, extension = '') => `${to}${extension}`);
  return result;
}

if (!rewriteOnly) {
  for (const [from, to] of mapping) {
    if (!existsSync(from)) throw new Error(`not found: ${from}`);
    execFileSync('mkdir', ['-p', dirname(to)]);
    git('mv', from, to);
  }
}

const TEXT = /\.(ts|tsx|mjs|js|cjs|json|md|html|yml|yaml|sh)$/;
let changed = 0;
for (const oldFile of oldTree) {
  const file = newPath(oldFile);
  // Not public/ (vendored), the lock file, or this script (its examples name old paths on purpose).
  if (
    !TEXT.test(file) ||
    file.startsWith('public/') ||
    file === 'package-lock.json' ||
    file === 'scripts/relayout.mjs' ||
    posix.normalize(file) === posix.normalize(mappingFile) ||
    !existsSync(file)
  )
    continue;
  const before = readFileSync(file, 'utf8');
  let after = CODE.test(file) ? rewriteSpecifiers(oldFile, before) : before;
  after = rewritePaths(after);
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
  }
}
console.log(`${rewriteOnly ? '' : `moved ${mapping.size} files, `}rewrote ${changed} files`);
