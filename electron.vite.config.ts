// Builds the three parts of the desktop app with explicit inputs (there is no src/):
// main/ (Node, ESM), preload/ (CommonJS, as sandboxed preloads must be) and renderer/ (the web app).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './renderer/vite.shared.mts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled with its dependencies (zod), so the packaged app needs no node_modules.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererViteConfig,
    // electron-vite drops an absolute renderer root (the build then lands in out/renderer/renderer/); a relative one holds.
    root: 'renderer',
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
