// Which server addresses a team may use: https, or plain http to this machine (loopback) for
// testing. Anything else is refused before a request is made, with the reason to show.
export type AddressProblem = 'empty' | 'malformed' | 'insecure' | 'hasCredentials';

export type CheckedAddress = { ok: true; server: string; origin: string } | { ok: false; problem: AddressProblem };

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkServerAddress(input: string): CheckedAddress {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (url.username || url.password) return { ok: false, problem: 'hasCredentials' };
  if (url.search || url.hash) return { ok: false, problem: 'malformed' };
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
  if (!secure) return { ok: false, problem: url.protocol === 'http:' ? 'insecure' : 'malformed' };
  return { ok: true, server: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin };
}

/** CouchDB's rule for database names. */
export function isDatabaseName(name: string): boolean {
  return /^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name);
}
