// Where Readout's own pages live — the built renderer folder, or the dev server under
// `electron-vite dev` — and the two questions every guard asks of a URL: is it one of our pages,
// and may a request for it leave the renderer. One module so that navigation, IPC sender checks,
// permissions and the request filter can never disagree about what "our own" means.
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppOrigin {
  /** The dev server electron-vite started (ELECTRON_RENDERER_URL); undefined in a build. */
  devUrl: URL | undefined;
  /** The built renderer folder (out/renderer); every page of a build is a file inside it. */
  rendererDir: string;
}

/**
 * A packaged app trusts only its own files, whatever the environment says: ELECTRON_RENDERER_URL
 * would otherwise let anyone who can set a variable make Readout load and trust another server.
 */
export function createAppOrigin(
  rendererDir: string,
  { isPackaged, devUrl = process.env['ELECTRON_RENDERER_URL'] }: { isPackaged: boolean; devUrl?: string | undefined },
): AppOrigin {
  return { rendererDir, devUrl: devUrl && !isPackaged ? new URL(devUrl) : undefined };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A file: URL inside the renderer folder. path.relative keeps `..` tricks and Windows drive-letter case honest. */
function isRendererFile(origin: AppOrigin, url: URL): boolean {
  if (url.protocol !== 'file:') return false;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false; // file://host/... and other forms no page of ours uses
  }
  const rel = relative(origin.rendererDir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Same host and port as the dev server, over http(s) for pages and modules or ws(s) for Vite's hot reload. */
function isDevServer(origin: AppOrigin, url: URL): boolean {
  const dev = origin.devUrl;
  return dev !== undefined && url.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
}

/** Is this one of Readout's own pages (a navigation target, an IPC sender, a permission requester)? */
export function isAppPage(origin: AppOrigin, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (origin.devUrl) return parsed.origin === origin.devUrl.origin;
  return isRendererFile(origin, parsed);
}

/** Schemes that never reach the network: inline data, in-memory blobs, DevTools' own front end. */
const localSchemes = new Set(['data:', 'blob:', 'devtools:']);

/** May the renderer request this URL at all? Readout reads offline: nothing but its own files, ever. */
export function isAllowedRequest(origin: AppOrigin, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return localSchemes.has(parsed.protocol) || isRendererFile(origin, parsed) || isDevServer(origin, parsed);
}
