// Browser mode: the same renderer served to any Chromium (npm run web) or built to out/web/
// (npm run build:web) for a static file server. The platform layer picks the browser
// implementation at run time when there is no Electron bridge.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererRoot, rendererViteConfig } from './vite.shared.mts';

export default defineConfig({
  ...rendererViteConfig,
  build: {
    ...rendererViteConfig.build,
    // READOUT_WEB_OUT lets parallel checkouts of the same tree build side by side.
    outDir: resolve(rendererRoot, '..', process.env.READOUT_WEB_OUT ?? 'out/web'),
    emptyOutDir: true,
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
});
