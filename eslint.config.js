// Lint: TypeScript rules plus a hard ban on HTML from strings (page content is data, never markup).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const noHtmlFromStrings = {
  'no-unsanitized/method': 'error',
  'no-unsanitized/property': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'No HTML from strings: build nodes or use Preact.' },
    { property: 'outerHTML', message: 'No HTML from strings.' },
    { property: 'insertAdjacentHTML', message: 'No HTML from strings.' },
    { object: 'document', property: 'write', message: 'No document.write.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from strings.' },
    { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
    { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  ],
  'no-implied-eval': 'error',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'no-unsanitized': nounsanitized },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...noHtmlFromStrings,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Tests and fixture tooling may build documents from fixture HTML (never product code).
    files: ['tests/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: { 'no-restricted-properties': 'off', 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
);
