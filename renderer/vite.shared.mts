// The renderer's Vite settings shared by the desktop build (electron.vite.config.ts) and the
// browser build (renderer/vite.config.mts), so both ship the same app.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

export const rendererRoot = resolve(import.meta.dirname);

/**
 * The dev server alone needs an inline script (React Refresh's preamble) and a websocket (hot
 * reload); index.html's CSP forbids both. Relax it only while serving; builds keep it strict.
 */
function devServerCsp(): Plugin {
  return {
    name: 'readout:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:* http://127.0.0.1:*"),
  };
}

export const rendererViteConfig = {
  root: rendererRoot,
  // Relative asset URLs: the build works from file:// in Electron and from any static server path.
  base: './',
  plugins: [react(), devServerCsp()],
  build: { target: 'chrome130', sourcemap: true },
} satisfies UserConfig;
