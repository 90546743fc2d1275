// The one origin besides the app's own that the renderer may reach: the team's CouchDB server,
// once the analyst set a team up (renderer data/sync/). Held here so that the request filter and
// the CSP header (session.ts) read the same value; null — no team — keeps Readout fully offline.
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An origin a team may use: https, or plain http to this machine for testing; nothing else, no path. */
export function isTeamOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin !== value) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
}

export interface TeamOrigin {
  current(): string | null;
  set(origin: string | null): void;
}

export function createTeamOrigin(): TeamOrigin {
  let origin: string | null = null;
  return {
    current: () => origin,
    set(value) {
      if (value !== null && !isTeamOrigin(value)) throw new TypeError(`Not a team origin: ${value}`);
      origin = value;
    },
  };
}

/** Is this URL on the team's server? */
export function isTeamRequest(team: TeamOrigin, url: string): boolean {
  const origin = team.current();
  if (!origin) return false;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
