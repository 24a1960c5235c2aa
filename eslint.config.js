import js from '@eslint/js';
import globals from 'globals';
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
);
