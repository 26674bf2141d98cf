import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Temporary files of this run (the tests', the emulator's, the spawned bundles') stay in the
// repository's ignored cache, one folder per run, removed when it ends (__tests__/setup/run.ts).
const RUN_TMP = join(dirname(fileURLToPath(import.meta.url)), '.cache', 'tmp', `run-${process.pid}`);
mkdirSync(RUN_TMP, { recursive: true });
process.env['TMPDIR'] = RUN_TMP;

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Removes this run's temporary folder; one line when the Packer tests will skip.
    globalSetup: ['__tests__/setup/run.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Adapter tests spawn built bundles; two forks match the two cores CI has.
    pool: 'forks',
    maxWorkers: 2,
  },
});
