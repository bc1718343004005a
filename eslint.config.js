// @ts-check
// Flat config: ESLint's and typescript-eslint's recommended rules for TS/JS, eslint-plugin-astro for
// .astro files. Formatting belongs to Prettier, types to tsc and `astro check`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      '.lighthouse/',
      '.bench/',
      'test-results/',
      'playwright-report/',
      'public/',
      '**/*.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // TypeScript already resolves every identifier (tsc, astro check); ESLint's copy only knows
      // globals it is told about and would flag `process` or `document` without a globals list.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Vitest runs test files in shared worker processes (vitest.config.ts, `isolate: false`): a test
    // that stubbed a global or mocked a module would leak into the files after it.
    files: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'vi',
          property: 'stubGlobal',
          message: 'Test files share processes: pass the dependency in.',
        },
        { object: 'vi', property: 'mock', message: 'Test files share processes: pass the dependency in.' },
        { object: 'vi', property: 'doMock', message: 'Test files share processes: pass the dependency in.' },
      ],
    },
  },
);
