import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Adapter tests spawn built bundles; two forks match the two cores CI has.
    pool: 'forks',
    maxWorkers: 2,
  },
});
