// Builds the benchmark page (tests/bench/page) into out/bench, served beside out/web so both
// share one origin and so one IndexedDB.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  logLevel: 'warn',
  // The import it measures parses in a Worker that loads mammoth on demand: ES modules split.
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, '../../out/bench'), emptyOutDir: true, target: 'chrome130' },
});
