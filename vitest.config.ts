import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The default reporter for people, plus the plain "N passed, N failed" line CI reads.
    reporters: ['default', './test/support/summary-line-reporter.ts'],
  },
});
