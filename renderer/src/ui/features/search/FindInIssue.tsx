// The reader's find bar: Ctrl/Cmd+F opens it, it marks every match in the open issue and moves
// through them with Enter / Shift+Enter or the "Previous match" / "Next match" buttons. A search
// result opens the issue with the bar filled in and the result's own match current and scrolled
// to (the place is in the URL, so a reload lands there again).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordRoute, useRoute } from '../../app/route';
import { parseQuery } from '../../../domain/search/query';
import { clearMatches, findInArticle, paintMatches, type DomMatch } from './dom-matches';

/** The event the "find in issue" command sends; the open reader's bar answers it. */
export const FIND_IN_ISSUE_EVENT = 'readout:find-in-issue';

export function FindInIssue() {
  const { t } = useTranslation('search');
  const route = useRoute();
  const landing = route.view === 'issue' && route.landing?.kind === 'find' ? route.landing : null;
  const [open, setOpen] = useState(landing !== null);
  const [value, setValue] = useState(landing?.find ?? '');
  const [matches, setMatches] = useState<DomMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);

  const show = useCallback((list: DomMatch[], index: number) => {
    setMatches(list);
    setCurrent(index);
    paintMatches(list, index);
    list[index]?.element.scrollIntoView({ block: 'center' });
  }, []);

  const search = useCallback(
    (text: string, block: number | null) => {
      const article = document.querySelector<HTMLElement>('article.reader');
      if (!article) return;
      const list = findInArticle(article, parseQuery(text).terms);
      const landed = block === null ? 0 : list.findIndex((match) => match.block === block);
      show(list, Math.max(0, landed));
    },
    [show],
  );

  // Landing from a search result (and after a reload): open with its text, on its block.
  const landingKey = landing ? `${landing.find}\u0000${landing.block}` : '';
  const [landedKey, setLandedKey] = useState('');
  if (landingKey && landingKey !== landedKey) {
    setLandedKey(landingKey);
    setOpen(true);
    setValue(landing!.find);
  }
  // Once the article is in the DOM: mark the matches and go to the landing block's.
  useEffect(() => {
    if (!landingKey) return;
    const [find = '', block = ''] = landingKey.split('\u0000');
    const frame = requestAnimationFrame(() => search(find, block === 'null' ? null : Number(block)));
    return () => cancelAnimationFrame(frame);
  }, [landingKey, search]);

  // A layout effect, so Ctrl+F works from the first frame the issue is painted.
  useLayoutEffect(() => {
    const onFind = () => {
      setOpen(true);
      requestAnimationFrame(() => input.current?.select());
    };
    window.addEventListener(FIND_IN_ISSUE_EVENT, onFind);
    return () => {
      window.removeEventListener(FIND_IN_ISSUE_EVENT, onFind);
      clearMatches();
    };
  }, []);

  useEffect(() => {
    if (open) input.current?.focus({ preventScroll: true });
  }, [open]);

  const move = (step: number) => {
    if (matches.length === 0) return;
    show(matches, (current + step + matches.length) % matches.length);
  };

  const onChange = (text: string) => {
    setValue(text);
    search(text, null);
    // Keep the place in the URL (without a navigation), so a reload finds the same text.
    if (route.view !== 'issue') return;
    const issueId = route.issueId;
    recordRoute(text ? { view: 'issue', issueId, landing: { kind: 'find', find: text, block: null } } : { view: 'issue', issueId });
  };

  const close = () => {
    setOpen(false);
    setMatches([]);
    clearMatches();
  };

  if (!open) return <div ref={bar} hidden />;
  return (
    <div ref={bar} className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        value={value}
        aria-keyshortcuts="Control+F"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            move(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span className="find-bar__position" role="status">
        {value.trim() === ''
          ? ''
          : matches.length === 0
            ? t('find.none')
            : t('find.position', { current: current + 1, total: matches.length })}
      </span>
      <button type="button" onClick={() => move(-1)} disabled={matches.length === 0} aria-keyshortcuts="Shift+Enter">
        {t('find.previous')}
      </button>
      <button type="button" onClick={() => move(1)} disabled={matches.length === 0} aria-keyshortcuts="Enter">
        {t('find.next')}
      </button>
      <button type="button" onClick={close} aria-label={t('find.close')}>
        ×
      </button>
    </div>
  );
}
