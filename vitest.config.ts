import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vitest's cache (and, with --configLoader runner in package.json, the config itself) stays out of node_modules: npm
  // takes any change there for an install it did not make, and every `npx deai-kg` then re-reads the whole tree.
  cacheDir: '.cache/vitest',
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: keep the number of workers small.
    maxWorkers: 2,
    globalSetup: ['test/helpers/cache-dir-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
