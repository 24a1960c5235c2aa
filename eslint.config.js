import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Nothing from a URL, a form or Graph is ever rendered as HTML.
const NO_HTML = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never HTML.' },
];

// Props whose value the admin reads or hears. Words there come from the translation layer
// (docs/decisions/008-translation-layer.md), never from a literal.
const READ_PROPS =
  '/^(label|aria-label|aria-description|aria-valuetext|aria-roledescription|title|alt|placeholder|hint|intro|nextLabel|validationMessage|fallbackLabel)$/';
const WORDS = '/[A-Za-z]/';
const READ_VALUE = `JSXAttribute[name.name=${READ_PROPS}]`;
const NO_LITERAL_WORDS_IN_READ_PROPS = [
  // label="Hello", label={'Hello'}, label={cond ? 'Hello' : x}, label={x ?? 'Hello'}, label={`Hello ${x}`}
  `${READ_VALUE} > Literal[value=${WORDS}]`,
  `${READ_VALUE} > JSXExpressionContainer > Literal[value=${WORDS}]`,
  `${READ_VALUE} > JSXExpressionContainer > ConditionalExpression > Literal[value=${WORDS}]`,
  `${READ_VALUE} > JSXExpressionContainer > LogicalExpression > Literal[value=${WORDS}]`,
  `${READ_VALUE} > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
].map((selector) => ({ selector, message: 'Words the admin reads go through t() (src/i18n).' }));

// The layers of src/ (README "How it works", docs/decisions/019-layers.md): what each folder may not
// import. Catalogues (*.en.ts, *.ja.ts) are data every layer may read (i18n/ reads the shell's, the
// check's reads setup/'s findings), so they are outside the zones; tests and harnesses import what they test.
const SRC = join(import.meta.dirname, 'src');
const STEPS = readdirSync(join(SRC, 'steps'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const CATALOGUES = [`${SRC}/**/*.en.ts`, `${SRC}/**/*.ja.ts`];
const PRODUCT = ['shell', 'wizard', 'steps', 'check', 'deep-link', 'ui', 'graph', 'auth', 'setup', 'i18n', 'testing'];
// main.tsx as a glob (`*.tsx` at the top of src/): a zone's `from` is all globs or none.
const from = (folder) => (folder === 'main.tsx' ? `${SRC}/*.tsx` : `${SRC}/${folder}/**`);
const zone = (target, forbidden, why) => ({ target: `${SRC}/${target}`, from: forbidden.map(from), except: CATALOGUES, message: why });
const LAYER_ZONES = [
  zone(
    'setup',
    ['shell', 'wizard', 'steps', 'check', 'deep-link', 'ui', 'graph', 'auth', 'i18n', 'demo-tenant', 'main.tsx'],
    'setup/ is the pure domain: it imports no other layer.',
  ),
  zone('graph', ['shell', 'wizard', 'steps', 'check', 'deep-link', 'ui', 'auth', 'i18n', 'demo-tenant', 'main.tsx'], 'graph/ imports setup/ only.'),
  zone('auth', ['shell', 'wizard', 'steps', 'check', 'deep-link', 'ui', 'graph', 'i18n', 'demo-tenant', 'main.tsx'], 'auth/ imports setup/ only.'),
  zone(
    'i18n',
    ['shell', 'wizard', 'steps', 'check', 'deep-link', 'ui', 'graph', 'auth', 'demo-tenant', 'main.tsx'],
    'i18n/ imports setup/ and catalogues only.',
  ),
  zone(
    'ui',
    ['shell', 'wizard', 'steps', 'check', 'deep-link', 'demo-tenant', 'main.tsx'],
    'ui/ is what both flows share: it imports neither flow nor the shell.',
  ),
  zone('deep-link', ['shell', 'wizard', 'steps', 'check', 'demo-tenant', 'main.tsx'], 'deep-link/ is used by both flows: it imports neither.'),
  zone('wizard', ['shell', 'steps', 'check', 'deep-link', 'demo-tenant', 'main.tsx'], 'wizard/ holds what the steps share; the shell mounts the steps.'),
  zone('check', ['shell', 'wizard', 'steps', 'demo-tenant', 'main.tsx'], 'check/ never imports the wizard or a step: shared parts live in ui/.'),
  zone('steps', ['shell', 'check', 'demo-tenant', 'main.tsx'], 'A step imports ui/, wizard/, deep-link/, graph/, setup/, i18n/: never check/ or the shell.'),
  ...STEPS.map((step) =>
    zone(
      `steps/${step}`,
      STEPS.filter((other) => other !== step).map((other) => `steps/${other}`),
      'A step never imports another step: what two steps share goes to ui/ or wizard/.',
    ),
  ),
  zone('shell', ['demo-tenant'], 'Only main.tsx (the demo bootstrap) imports the demo tenant.'),
  zone('demo-tenant', [...PRODUCT, 'main.tsx'], 'The demo tenant imports nothing of the product.'),
];
const GRAPH_CLIENT = { name: '@microsoft/microsoft-graph-client', message: 'Only graph/ calls Graph.' };
const MSAL = { group: ['@azure/msal-*'], message: 'Only auth/ talks to MSAL.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', '.bench'] },
  {
    // The React Compiler's rules too (purity, refs, no state set during render or in effects): they
    // catch writes during render that StrictMode and concurrent rendering would repeat.
    extends: [js.configs.recommended, ...tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML],
    },
  },
  {
    // Every user-facing string goes through the translation layer: no words written into the UI.
    files: ['src/**/*.tsx'],
    plugins: { react },
    rules: {
      // Text children, wrapped ({'Hello'}) or not (<Text>Hello</Text>); only separators may be literal.
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: ['·', ':', '(', ')', '/', '…'] }],
      'no-restricted-syntax': ['error', ...NO_HTML, ...NO_LITERAL_WORDS_IN_READ_PROPS],
    },
  },
  {
    // Layers: zones for each folder, no import cycles (the rule follows static imports only).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**', 'src/**/*.en.ts', 'src/**/*.ja.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.app.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
      'no-restricted-imports': ['error', { paths: [GRAPH_CLIENT], patterns: [MSAL] }],
    },
  },
  {
    files: ['src/graph/**/*.{ts,tsx}', 'src/demo-tenant/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MSAL] }] },
  },
  {
    files: ['src/auth/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [GRAPH_CLIENT] }] },
  },
  {
    // The pure domain: no React, no UI library, no Graph client, no MSAL, no translation runtime, no storage.
    files: ['src/setup/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [GRAPH_CLIENT],
          patterns: [
            MSAL,
            {
              group: ['react', 'react-*', 'react/*', '@fluentui/*', 'i18next', 'msw', 'msw/*'],
              message: 'setup/ is pure: no React, UI, translation runtime or mocks.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'document', 'window'].map((name) => ({
          name,
          message: 'setup/ is pure: no storage, network or DOM.',
        })),
      ],
    },
  },
);
