// ESLint with typescript-eslint: type-aware rules catch floating promises and unsafe `any` that a formatter
// or a faster linter without type information (Biome, oxlint) would miss, and `no-restricted-imports` enforces
// the one import direction core <- features <- app. Prettier formats; ESLint does not argue about layout.
import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import regexp from 'eslint-plugin-regexp';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noUiInCore = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*', 'i18next', 'react-i18next'],
      message: 'The core is pure: no React, router, query or i18n.',
    },
    {
      group: ['node:*', 'fs', 'path', 'url', 'os', 'child_process'],
      message: 'The core runs in the browser and in workers: no Node imports.',
    },
    {
      group: ['**/features/**', '**/app/**', '**/locales/**'],
      message: 'The core may import only the core.',
    },
  ],
};

/** One zone per feature: it may import itself, the core and shared UI, never a sibling feature or the app. */
const featuresDir = new URL('./src/features', import.meta.url);
const features = (existsSync(featuresDir) ? readdirSync(featuresDir, { withFileTypes: true }) : [])
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.flatMap((feature) => [
  {
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature never imports another feature; the app composes features, shared code lives in core or ui.',
  },
  {
    target: `./src/features/${feature}`,
    from: './src/app',
    message: 'Features do not import the app shell.',
  },
]);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'public',
      'schema',
      // Scratch space of the profiling scripts (git-ignored).
      'bench/.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Two type-aware checks that cost a fifth of the lint's time and guard against nothing this code has: it
      // declares no TypeScript enum, and assigns class instances only of their own class (measured with TIMING=1).
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Deprecated APIs are those of the libraries (React, the router, the query library, the DOM): checked where
      // the app calls them (below), not over the core, tests and tools, where it cost a fifth of the lint's time.
      '@typescript-eslint/no-deprecated': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Where React is used: the core may not import it (below), and the hooks rules run the React Compiler's
    // analysis on every function they see.
    files: ['src/{app,features,ui,testing}/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/{app,features,ui,storage}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-deprecated': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noUiInCore] },
  },
  {
    // The app's router in the browser gives React Router the path alone: the query string, the reader's state, is
    // read with `useUrlSearch` (src/ui/url-search.ts; why in src/app/HistoryRouter.tsx). Links are src/ui/Link.tsx.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              importNames: ['useSearchParams'],
              message: 'Read the query string with useUrlSearch (src/ui/url-search.ts).',
            },
            {
              name: 'react-router',
              importNames: ['Link'],
              message: "Use src/ui/Link.tsx: React Router's Link puts its prefetching code in every page.",
            },
          ],
        },
      ],
    },
  },
  {
    // The core (which reads untrusted text) must run in linear time on any input: no regular expression that can backtrack
    // super-linearly, checked statically rather than by timing tests on a noisy machine.
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            { target: './src/ui', from: './src/features', message: 'Shared UI does not depend on features.' },
            { target: './src/ui', from: './src/app', message: 'Shared UI does not depend on the app shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/testing/**', 'e2e/**', 'scripts/**', 'bench/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Type-aware linting is most of the lint's time (each file type-checked again). Left out where it finds the
    // least: the core's synchronous table tests (the compiler still checks them) and the benchmark's tools, run by
    // hand. Core tests that await keep it (a promise left floating there is a test that cannot fail).
    files: ['src/core/**/*.test.ts', 'bench/**/*.ts'],
    ignores: [
      'src/core/annotator/annotate.test.ts',
      'src/core/archive/library-query.test.ts',
      'src/core/translation/*.test.ts',
    ],
    ...tseslint.configs.disableTypeChecked,
  },
);
