// The library: every issue, sortable, in a virtualised list so 10,000 issues scroll smoothly.
// Arrow keys move between issues; Enter opens one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listIssues } from '../../../data/repositories/issues';
import { useServices } from '../../app/services';
import { LibraryRow } from './LibraryRow';
import { librarySorts, sortIssues, type LibrarySort } from './sort-issues';

const ROW_HEIGHT = 76;

export function LibraryView() {
  const { t } = useTranslation();
  const { db } = useServices();
  const issues = useLiveQuery(() => listIssues(db), [db]);
  const [sort, setSort] = useState<LibrarySort>('published');
  const sorted = useMemo(() => (issues ? sortIssues(issues, sort) : []), [issues, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, so the React Compiler skips this component; that is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const step = keys[event.key];
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (step === undefined || !current) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(sorted.length - 1, Number(current.dataset.index) + step));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    // The row may only exist after the virtualiser re-renders.
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus());
  };

  return (
    <section className="library" aria-labelledby="library-heading">
      <header className="view-header">
        <h1 id="library-heading">{t('library.title')}</h1>
        <span className="view-header__count">{issues ? t('library.count', { count: issues.length }) : ''}</span>
        <label className="view-header__control">
          {t('library.sortBy')}
          <select value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
            {librarySorts.map((option) => (
              <option key={option} value={option}>
                {t(`library.sort.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {issues && issues.length === 0 ? (
        <p className="empty-state">{t('library.empty')}</p>
      ) : (
        <div ref={scroller} className="library__scroller" role="list" aria-label={t('library.listLabel')} onKeyDown={moveFocus}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const issue = sorted[item.index];
              if (!issue) return null;
              return (
                <div
                  key={issue.id}
                  role="listitem"
                  aria-setsize={sorted.length}
                  aria-posinset={item.index + 1}
                  data-index={item.index}
                  className="library__item"
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                >
                  <LibraryRow issue={issue} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
