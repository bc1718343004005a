import { defineConfig } from 'vitest/config';

// Unit, property and conformance tests live beside the code; Playwright's specs live in tests/e2e.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'playground/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    testTimeout: 30_000,
    // fast-check's seed: fixed for `npm test`, random for `npm run fuzz`.
    setupFiles: ['tests/unit/fastCheckSeed.ts'],
    // One worker process runs many files (no test stubs globals or mocks modules): a third faster than
    // a fresh process per file, which matters for CI time (issue 2: well inside 15 minutes).
    isolate: false,
  },
});
