import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that load the whole machine (a real store fed millions of triples): they run alone, after the rest, so that
 * tests elsewhere with time limits (a query timeout, a 60 s test) do not starve beside them.
 */
const ALONE = ['test/**/*-scale-*.test.ts'];

export default defineConfig({
  // Vitest's cache (and, with --configLoader runner in package.json, the config itself) stays out of node_modules: npm
  // takes any change there for an install it did not make, and every `npx deai-kg` then re-reads the whole tree.
  cacheDir: '.cache/vitest',
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: keep the number of workers small.
    maxWorkers: 2,
    globalSetup: ['test/helpers/cache-dir-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ALONE], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
