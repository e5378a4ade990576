// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.tsbuild/',
      'public/',
      'test-results/',
      'playwright-report/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The motion-analysis core is pure: it imports nothing outside itself.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'Time comes in as a parameter (timestampMs).' },
        { name: 'performance', message: 'Time comes in as a parameter (timestampMs).' },
        { name: 'window', message: 'No DOM in the core.' },
        { name: 'document', message: 'No DOM in the core.' },
        { name: 'self', message: 'No worker globals in the core.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness comes in as a parameter.' },
      ],
    },
  },
  {
    files: ['src/core/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'src/core imports nothing outside src/core.' },
            { regex: '^[^.]', message: 'src/core imports no packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'src/core imports nothing outside src/core.' },
            { regex: '^[^.]', message: 'src/core imports no packages.' },
          ],
        },
      ],
    },
  },
  {
    // The UI renders state and sends intents; the platform layer owns comlink, idb and MediaPipe.
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'comlink', message: 'Only src/platform talks to the worker.' },
            { name: 'idb', message: 'Only src/platform/storage talks to IndexedDB.' },
            { name: '@mediapipe/tasks-vision', message: 'MediaPipe lives in workers/.' },
          ],
        },
      ],
    },
  },
  prettier,
);
