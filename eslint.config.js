// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer zones are absolute paths from here, so they hold whatever directory eslint runs from.
const root = import.meta.dirname;

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
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      // Type-aware rules: each file is checked with the tsconfig project that owns it.
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x resolves each import to a file, so the layer rules see where an import lands
      // whatever the folder depth, not how its path is spelled. Import cycles are not linted here:
      // import-x/no-cycle took two thirds of the lint time and skips type-only imports;
      // test/unit/lint/import-graph.test.ts checks the whole graph, types included, in a second.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: './src/core',
              from: './',
              except: ['./src/core', './node_modules'],
              message:
                'src/core imports nothing outside src/core: take the value as a parameter, or move the pure code into src/core.',
            },
            {
              target: './workers',
              from: './src',
              except: ['./core'],
              message:
                'workers/ imports src/core, its own files and packages only: move what both threads need into src/core.',
            },
            {
              target: './src/platform',
              from: './src/ui',
              message:
                'src/platform never imports src/ui: the UI calls the platform; move the shared shape into src/platform or src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    // The motion-analysis core is pure: no globals of any host, no packages (at every depth).
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^[^.]',
              message:
                'src/core imports no packages: write the pure code in src/core, or do the work in src/platform or workers/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The UI renders state and sends intents; the platform layer owns comlink, idb and MediaPipe,
    // and only src/platform starts the worker (the UI may name the worker's types).
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'comlink',
              message: 'Only src/platform talks to the worker: use the pose service.',
            },
            {
              name: 'idb',
              message: 'Only src/platform/storage talks to IndexedDB: use a repository.',
            },
            {
              name: 'zod',
              allowTypeImports: true,
              message:
                "Import z from src/platform/zod.ts (zod jitless: our CSP has no 'unsafe-eval').",
            },
          ],
          patterns: [
            {
              regex: '^@mediapipe/',
              message: 'MediaPipe lives in workers/: use the pose service from src/platform.',
            },
            {
              regex: '^(\\.\\./)+workers(/|$)',
              allowTypeImports: true,
              message:
                'src/ui takes only types from workers/ (`import type`): reach the worker through src/platform.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser code's zod is the jitless one of src/platform/zod.ts (the UI's rule is above).
    files: ['src/platform/**/*.ts', 'workers/**/*.ts'],
    ignores: ['src/platform/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message:
                "Import z from src/platform/zod.ts (zod jitless: our CSP has no 'unsafe-eval').",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
