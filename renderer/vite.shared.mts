// The renderer's Vite settings shared by the desktop build (electron.vite.config.ts) and the
// browser build (renderer/vite.config.mts), so both ship the same app.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { metaContentSecurityPolicy } from '../main/security/csp';

export const rendererRoot = resolve(import.meta.dirname);

/**
 * index.html carries the app's one CSP (main/security/csp.ts) in a <meta> tag, written here so it
 * is the same policy main sends as a header. The dev server alone needs an inline script (React
 * Refresh's preamble) and a websocket (hot reload) to itself; builds keep the strict policy.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'readout:csp-meta',
    transformIndexHtml: (_html, context) => {
      const served = context.server?.resolvedUrls?.local[0];
      const dev = context.server
        ? new URL(served ?? `http://${context.server.config.server.host ?? 'localhost'}:${context.server.config.server.port ?? 5173}/`)
        : undefined;
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy(dev) },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export const rendererViteConfig = {
  root: rendererRoot,
  // Relative asset URLs: the build works from file:// in Electron and from any static server path.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  // The parsing Worker (import-formats/parse.worker.ts) loads mammoth on demand: ES modules split.
  worker: { format: 'es' as const },
  build: { target: 'chrome130', sourcemap: true },
} satisfies UserConfig;
