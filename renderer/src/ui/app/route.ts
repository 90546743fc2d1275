// The app's places, kept in the URL hash so reload and the back button keep the user where they were.
import { useSyncExternalStore } from 'react';

export type Route = { view: 'library' } | { view: 'issue'; issueId: string } | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  if (head === 'issue' && rest[0]) return { view: 'issue', issueId: decodeURIComponent(rest[0]) };
  if (head === 'settings') return { view: 'settings' };
  return { view: 'library' };
}

export function hrefFor(route: Route): string {
  switch (route.view) {
    case 'issue':
      return `#/issue/${encodeURIComponent(route.issueId)}`;
    case 'settings':
      return '#/settings';
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
