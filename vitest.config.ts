import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // System tests spawn child processes and brokers; on a 2-core machine running too many
    // files at once makes timing-sensitive ones (presence, reconnects) slow, not wrong.
    maxWorkers: 2,
    pool: 'forks',
  },
});
