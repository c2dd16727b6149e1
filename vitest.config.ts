// One test run for everything: unit, database (both dialects) and end-to-end tests. The JSON report is
// what .ci/run counts.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // vitest's default (cores − 1) is one worker on a 2-core machine; the tests spend much of their time
    // waiting for the processes they start and for the PostgreSQL server (PGlite runs in processes of
    // its own), so a worker per core keeps both cores busy.
    maxWorkers: Math.max(availableParallelism(), 2),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});
