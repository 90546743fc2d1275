// The Content-Security-Policy main adds to the app's responses. The renderer's index.html carries
// the same policy in a <meta> tag, because Chromium does not report file: responses to
// webRequest.onHeadersReceived; the header is what covers the dev server and anything served later.
import type { AppOrigin } from '../app-origin';

export function contentSecurityPolicy(origin: AppOrigin): string {
  const dev = origin.devUrl;
  // Under `electron-vite dev` only: the React refresh preamble is an inline module script, and
  // Vite's hot reload talks over a WebSocket to the dev server. A build gets neither.
  const devScript = dev ? " 'unsafe-inline'" : '';
  const devConnect = dev ? ` ${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${devScript}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${devConnect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The response headers with our policy in place of any the response brought (whatever its casing). */
export function withCsp(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}
