// The app bar's searchbox "Search": searches the whole library as one types (the results view
// follows the query in the URL); Ctrl/Cmd+Shift+F focuses it from anywhere.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warmUpSearch } from '../../../data/search/search-engine';
import { hrefFor, navigate, useRoute } from '../../app/route';
import { useServices } from '../../app/services';
import './search.css';

/** The event the "search the library" command sends; the searchbox answers by taking focus. */
export const FOCUS_SEARCH_EVENT = 'readout:focus-search';

export function SearchBox() {
  const { t } = useTranslation('search');
  const { db } = useServices();
  const route = useRoute();
  const routeQuery = route.view === 'search' ? route.query : null;
  const [value, setValue] = useState(routeQuery ?? '');
  const input = useRef<HTMLInputElement>(null);
  const typing = useRef<number | undefined>(undefined);

  // Back/forward or a reload on #/search?q=… shows that query in the box (adjusted while rendering).
  const [shownQuery, setShownQuery] = useState(routeQuery);
  if (routeQuery !== shownQuery) {
    setShownQuery(routeQuery);
    if (routeQuery !== null) setValue(routeQuery);
  }

  useEffect(() => {
    const onFocus = () => input.current?.select();
    window.addEventListener(FOCUS_SEARCH_EVENT, onFocus);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, onFocus);
  }, []);

  const show = (query: string, replace: boolean) => {
    window.clearTimeout(typing.current);
    if (query.trim() === '') return;
    if (replace && route.view === 'search') window.location.replace(hrefFor({ view: 'search', query }));
    else navigate({ view: 'search', query });
  };

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        show(value, route.view === 'search');
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('box.label')}
        placeholder={t('box.placeholder')}
        aria-keyshortcuts="Control+Shift+F"
        value={value}
        // Focus means a search is coming: read what every search needs meanwhile (not awaited).
        onFocus={() => void warmUpSearch(db)}
        onChange={(event) => {
          const query = event.target.value;
          setValue(query);
          window.clearTimeout(typing.current);
          typing.current = window.setTimeout(() => show(query, true), 250);
        }}
        onKeyDown={(event) => {
          // Down arrow moves from the box into the results.
          if (event.key === 'ArrowDown') {
            const first = document.querySelector<HTMLElement>('.search-results a');
            if (first) {
              event.preventDefault();
              first.focus();
            }
          }
        }}
      />
    </form>
  );
}
