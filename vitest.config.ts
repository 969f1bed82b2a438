import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that load the whole machine (a real store fed millions of triples): they run alone, after the rest, so that
 * tests elsewhere with time limits (a query timeout, a 60 s test) do not starve beside them.
 */
const ALONE = ['test/**/*-scale-*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: keep the number of workers small.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ALONE], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
