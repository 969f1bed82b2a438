// Builds the viewer into dist/viewer with relative URLs, so the site works under any base path.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Not node_modules/.vite: a folder npm did not write there makes every `npx deai-kg` re-read the whole tree.
  cacheDir: fileURLToPath(new URL('../.cache/vite', import.meta.url)),
  resolve: { alias: { 'deai-kg': fileURLToPath(new URL('../src/browser.ts', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../dist/viewer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
