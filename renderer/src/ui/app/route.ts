// The app's places, kept in the URL hash so reload and the back button keep the user where they were.
// This module is the only one that reads or writes the hash: everything else asks for a typed Route.
import { useSyncExternalStore } from 'react';

/**
 * Where in an open issue to land (carried after "?" in the issue's URL):
 * - find: a search result's text, marked by the find bar; block is the block to land on
 *   (-1 for the title, null for the first match);
 * - highlight: a jump from the Notes view or a note's search result;
 * - event: an event's search result, whose row and paragraph are brought into view.
 */
export type IssueLanding =
  { kind: 'find'; find: string; block: number | null } | { kind: 'highlight'; highlightId: string } | { kind: 'event'; eventId: string };

export type Route =
  | { view: 'library' }
  | { view: 'issue'; issueId: string; landing?: IssueLanding }
  | { view: 'settings' }
  | { view: 'notes' }
  | { view: 'timeline' }
  | { view: 'trash' }
  | { view: 'trends' }
  | { view: 'official'; personId: string }
  | { view: 'search'; query: string }
  | { view: 'print'; spec: string };

function landingFrom(parameters: URLSearchParams): IssueLanding | undefined {
  const find = parameters.get('find');
  if (find) {
    const block = parameters.get('block');
    return { kind: 'find', find, block: block === null || !/^-?\d+$/.test(block) ? null : Number(block) };
  }
  const highlightId = parameters.get('highlight');
  if (highlightId) return { kind: 'highlight', highlightId };
  const eventId = parameters.get('event');
  if (eventId) return { kind: 'event', eventId };
  return undefined;
}

function landingParameters(landing: IssueLanding): URLSearchParams {
  switch (landing.kind) {
    case 'find': {
      const parameters = new URLSearchParams({ find: landing.find });
      if (landing.block !== null) parameters.set('block', String(landing.block));
      return parameters;
    }
    case 'highlight':
      return new URLSearchParams({ highlight: landing.highlightId });
    case 'event':
      return new URLSearchParams({ event: landing.eventId });
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parameters = new URLSearchParams(query);
  const [head, ...rest] = path.split('/');
  if (head === 'search') return { view: 'search', query: parameters.get('q') ?? '' };
  if (head === 'issue' && rest[0]) {
    const landing = landingFrom(parameters);
    const issueId = decodeURIComponent(rest[0]);
    return landing ? { view: 'issue', issueId, landing } : { view: 'issue', issueId };
  }
  if (head === 'settings') return { view: 'settings' };
  if (head === 'notes') return { view: 'notes' };
  if (head === 'timeline') return { view: 'timeline' };
  if (head === 'trash') return { view: 'trash' };
  if (head === 'trends') return { view: 'trends' };
  if (head === 'official' && rest[0]) return { view: 'official', personId: decodeURIComponent(rest[0]) };
  if (head === 'print' && rest[0]) return { view: 'print', spec: rest[0] };
  return { view: 'library' };
}

export function hrefFor(route: Route): string {
  switch (route.view) {
    case 'issue': {
      const base = `#/issue/${encodeURIComponent(route.issueId)}`;
      return route.landing ? `${base}?${landingParameters(route.landing)}` : base;
    }
    case 'settings':
      return '#/settings';
    case 'notes':
      return '#/notes';
    case 'timeline':
      return '#/timeline';
    case 'trash':
      return '#/trash';
    case 'trends':
      return '#/trends';
    case 'official':
      return `#/official/${encodeURIComponent(route.personId)}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query })}`;
    case 'print':
      return `#/print/${route.spec}`;
    default:
      return '#/library';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/**
 * Puts a route in the address without a navigation (no history entry, no route change seen by
 * useRoute): the find bar keeps its text there, so a reload finds the same text.
 */
export function recordRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', hrefFor(route));
}

/** The route now, for code outside React (commands deciding whether they apply). */
export function currentRoute(): Route {
  return parseRoute(window.location.hash);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
