// Lint rules, including the dependency boundaries of ARCHITECTURE.md as errors:
// domain/ is pure (no React, Dexie, DOM bridge or other layers); data/ never reaches the UI or the
// platform; only platform/ may talk to the Electron bridge; main/ and the renderer share only
// preload/contract.ts.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noPlatformOrUi = [
  { group: ['**/ui/**', '**/platform/**', '**/data/**'], message: 'domain/ is pure: it may not import data, platform or UI code.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'domain/ is pure: no React.' },
            { name: 'react-dom', message: 'domain/ is pure: no React.' },
            { name: 'dexie', message: 'domain/ is pure: no Dexie.' },
            { name: 'dexie-react-hooks', message: 'domain/ is pure: no Dexie.' },
            { name: 'electron', message: 'domain/ is pure: no Electron.' },
          ],
          patterns: [...noPlatformOrUi, { group: ['**/preload/**'], message: 'domain/ may not reach the bridge.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'domain/ is pure: no window.' },
        { name: 'document', message: 'domain/ is pure: no DOM.' },
        { name: 'navigator', message: 'domain/ is pure: no DOM.' },
        { name: 'localStorage', message: 'domain/ is pure: no storage.' },
        { name: 'indexedDB', message: 'domain/ is pure: no storage.' },
        { name: 'fetch', message: 'domain/ is pure: no network.' },
      ],
    },
  },
  {
    files: ['renderer/src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'data/ does not render.' }],
          patterns: [{ group: ['**/ui/**', '**/platform/**', '**/preload/**'], message: 'data/ depends only on domain/.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='readout']", message: 'Only platform/ talks to the bridge.' },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)renderer/src/(?!i18n/locales/)',
              message: 'main shares only preload/contract.ts (and locale files) with the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', '*.{js,mjs,mts,ts}', 'renderer/*.mts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
