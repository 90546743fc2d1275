// The app's places, kept in the URL hash so reload and the back button keep the user where they were.
import { useSyncExternalStore } from 'react';

export type Route =
  | { view: 'library' }
  | { view: 'issue'; issueId: string }
  | { view: 'settings' }
  | { view: 'notes' }
  | { view: 'timeline' }
  | { view: 'official'; personId: string }
  | { view: 'search'; query: string }
  | { view: 'print'; spec: string };

export function parseRoute(hash: string): Route {
  // A "?…" part carries parameters (search: q; issue: find, block — see features/search/landing.ts).
  const [path = '', parameters = ''] = hash.replace(/^#\/?/, '').split('?');
  const [head, ...rest] = path.split('/');
  if (head === 'search') return { view: 'search', query: new URLSearchParams(parameters).get('q') ?? '' };
  if (head === 'issue' && rest[0]) return { view: 'issue', issueId: decodeURIComponent(rest[0]) };
  if (head === 'settings') return { view: 'settings' };
  if (head === 'notes') return { view: 'notes' };
  if (head === 'timeline') return { view: 'timeline' };
  if (head === 'official' && rest[0]) return { view: 'official', personId: decodeURIComponent(rest[0]) };
  if (head === 'print' && rest[0]) return { view: 'print', spec: rest[0] };
  return { view: 'library' };
}

export function hrefFor(route: Route): string {
  switch (route.view) {
    case 'issue':
      return `#/issue/${encodeURIComponent(route.issueId)}`;
    case 'settings':
      return '#/settings';
    case 'notes':
      return '#/notes';
    case 'timeline':
      return '#/timeline';
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

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
