// Every comment that cites a file names one that exists: repo-relative paths under the top folders
// below, and bare Markdown names (a decision record, a Graph page), which must exist somewhere in
// the repository. Comments are found with TypeScript's own parser, so a URL in a string or a
// regular expression is never read as one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCANNED = ['src', 'e2e', 'scripts'];
const CITED_FOLDERS = ['src', 'docs', 'e2e', 'scripts'];
const SKIPPED = new Set(['node_modules', '.git', 'test-results', 'playwright-report', '.bench']);

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('dist')) return [];
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Each comment's text and where it starts. */
function commentsOf(path: string, text: string): { start: number; text: string }[] {
  if (path.endsWith('.css')) return [...text.matchAll(/\/\*[\s\S]*?\*\//g)].map((match) => ({ start: match.index, text: match[0] }));
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.(mjs|js)$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found = new Map<number, string>();
  // Every token, punctuation included, so a comment inside JSX braces is found before its `}`.
  const visit = (node: ts.Node) => {
    if (node.kind !== ts.SyntaxKind.JsxText) {
      // Those on the line of the token before count as its trailing comments, the rest as leading ones.
      const ranges = [...(ts.getTrailingCommentRanges(text, node.pos) ?? []), ...(ts.getLeadingCommentRanges(text, node.pos) ?? [])];
      for (const range of ranges) found.set(range.pos, text.slice(range.pos, range.end));
    }
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...found].map(([start, comment]) => ({ start, text: comment }));
}

const REPO_PATH = new RegExp(`(?<![\\w./-])((?:${CITED_FOLDERS.join('|')})/[\\w./@-]*)`, 'g');
const MARKDOWN_NAME = /(?<![\w./-])([\w.-]+\.md)\b/g;

/** A citation as written, less what only ends the sentence or points inside the file. */
function trimmed(path: string): string {
  return path.replace(/[.,:;)]+$/, '');
}

/** A file or folder, or a record cited by its number (docs/decisions/011 for 011-….md). */
function citedExists(root: string, cited: string): boolean {
  if (existsSync(join(root, cited))) return true;
  const [, folder = '', number = ''] = /^(.*)\/(\d{3})$/.exec(cited) ?? [];
  return number !== '' && existsSync(join(root, folder)) && readdirSync(join(root, folder)).some((name) => name.startsWith(`${number}-`));
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** `file:line cites path`, for each cited file that does not exist. */
function deadCitations(root: string): string[] {
  const allFiles = filesUnder(root);
  const markdownNames = new Set(allFiles.filter((path) => path.endsWith('.md')).map((path) => path.split(sep).pop()));
  const scanned = SCANNED.flatMap((folder) => filesUnder(join(root, folder))).filter((path) => /\.(ts|tsx|mjs|js|css)$/.test(path));
  const dead: string[] = [];
  for (const path of scanned) {
    const text = readFileSync(path, 'utf8');
    // Parsing is the slow part: only files that mention a path or a Markdown name anywhere.
    if (!new RegExp(REPO_PATH).test(text) && !new RegExp(MARKDOWN_NAME).test(text)) continue;
    const file = relative(root, path).split(sep).join('/');
    for (const comment of commentsOf(path, text)) {
      const cite = (offset: number, cited: string, exists: boolean) => {
        if (!exists) dead.push(`${file}:${lineAt(text, comment.start + offset)} cites ${cited}, which does not exist`);
      };
      for (const match of comment.text.matchAll(REPO_PATH)) {
        const cited = trimmed(match[1] ?? '');
        // A pattern (docs/graph/*.md, src/steps/<step>/) names a kind of file, not one file.
        if (cited.includes('*') || comment.text[match.index + match[0].length] === '<') continue;
        cite(match.index, cited, citedExists(root, cited));
      }
      for (const match of comment.text.matchAll(MARKDOWN_NAME)) {
        const name = match[1] ?? '';
        cite(match.index, name, markdownNames.has(name));
      }
    }
  }
  return dead;
}

describe('comments that cite a file', () => {
  // Parses a few hundred files: seconds on a loaded machine.
  it('cite one that exists (file:line, then the missing path)', { timeout: 60_000 }, () => {
    expect(deadCitations(ROOT)).toEqual([]);
  });
});
