// Readout's one Content-Security-Policy. Main adds it as a header to the app's responses, and the
// renderer build writes the same policy into index.html's <meta> tag (renderer/vite.shared.mts),
// because Chromium does not report file: responses to webRequest.onHeadersReceived. One list of
// directives, so the two can never drift apart again.
import type { AppOrigin } from '../app-origin';

/** Where the dev server runs, when one does; a build has none. */
type DevServer = Pick<URL, 'protocol' | 'host'> | undefined;

/** Directives a <meta> tag cannot carry (Chromium ignores them there and warns): header only. */
const headerOnly = new Set(['frame-ancestors']);

function directives(dev: DevServer, teamOrigin: string | null = null): string[] {
  // Under a dev server only: the React refresh preamble is an inline module script, and Vite's hot
  // reload talks over a WebSocket to the dev server. A build gets neither.
  const devScript = dev ? " 'unsafe-inline'" : '';
  const devConnect = dev ? ` ${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${devScript}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // With a team set up, its one server (main/security/team-origin.ts) and no other.
    `connect-src 'self'${devConnect}${teamOrigin ? ` ${teamOrigin}` : ''}`,
    // Parsing of imported files runs in a Worker built into the app (or started from a blob: URL).
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
}

/** The header main sets on every response of the app. */
export function contentSecurityPolicy(origin: Pick<AppOrigin, 'devUrl'>, teamOrigin: string | null = null): string {
  return directives(origin.devUrl, teamOrigin).join('; ');
}

/** The same policy for index.html's <meta http-equiv> tag: every directive a meta tag can carry. */
export function metaContentSecurityPolicy(dev?: DevServer): string {
  return directives(dev)
    .filter((directive) => !headerOnly.has(directive.split(' ')[0] ?? ''))
    .join('; ');
}

/** The response headers with our policy in place of any the response brought (whatever its casing). */
export function withCsp(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}
