// The library: every issue, sortable and filtered by collection or by a lexicon phrase (then
// sortable by how often each issue says it), in a virtualised list so 10,000 issues scroll smoothly.
// Arrow keys move between issues; Enter opens one; Space selects one, and Delete moves the
// focused issue (or, when it is selected, every selected one) to the Trash, with an Undo.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import { collectionIssueIds, listCollections, removeFromCollection } from '../../../data/repositories/collections';
import { issueCountsOfPhrase } from '../../../data/lexicon/phrase-counts';
import { AddToCollectionDialog } from '../collections/AddToCollectionDialog';
import { CollectionBar } from '../collections/CollectionBar';
import { useServices } from '../../app/services';
import { useMoveToTrash } from '../trash/TrashActions';
import { LibraryRow } from './LibraryRow';
import { PhraseFilter, useChosenPhrase } from './PhraseFilter';
import { SelectionBar } from './SelectionBar';
import { librarySorts, sortIssues, type LibrarySort } from './sort-issues';
import { useLibraryIssues } from './useLibraryIssues';

const ROW_HEIGHT = 76;

export function LibraryView() {
  const { t } = useTranslation();
  const { t: tKeeping } = useTranslation('keeping');
  const { db } = useServices();
  // Until every issue has loaded, the first screenful (the newest) shows, without a count.
  const { issues, complete } = useLibraryIssues(db);
  const [sort, setSort] = useState<LibrarySort>('published');
  // The collection shown (null: the whole library) and its members, live.
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  const [collectionId, setCollectionId] = useState<string | null>(null);
  const collection = collections.find((entry) => entry.id === collectionId) ?? null;
  const members = useLiveQuery(() => (collection ? collectionIssueIds(db, collection.id) : null), [db, collection?.id]);
  const [phraseId, setPhraseId] = useState<string | null>(null);
  const phrase = useChosenPhrase(phraseId);
  const phraseCounts = useLiveQuery(() => (phrase ? issueCountsOfPhrase(db, phrase.id) : null), [db, phrase?.id]);
  const shown = useMemo(
    () => issues?.filter((issue) => (!members || members.has(issue.id)) && (!phraseCounts || phraseCounts.has(issue.id))),
    [issues, members, phraseCounts],
  );
  const sorted = useMemo(() => (shown ? sortIssues(shown, sort, phraseCounts ?? undefined) : []), [shown, sort, phraseCounts]);
  // Choosing a phrase orders by its count; clearing it returns from that order to the default.
  const choosePhrase = (entryId: string | null) => {
    setPhraseId(entryId);
    if (entryId) setSort('phraseCount');
    else if (sort === 'phraseCount') setSort('published');
  };
  const sorts = phrase ? [...librarySorts, 'phraseCount' as const] : librarySorts;
  const [adding, setAdding] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const moveToTrash = useMoveToTrash();
  // TanStack Virtual returns fresh functions each render, so the React Compiler skips this component; that is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row may only exist after the virtualiser re-renders.
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] a`)?.focus());
  };

  const toggle = (issueId: string) =>
    setSelected((before) => {
      const after = new Set(before);
      if (!after.delete(issueId)) after.add(issueId);
      return after;
    });

  const trash = async (issueIds: readonly string[], focusIndex: number | null) => {
    const moved = await moveToTrash(issueIds);
    setSelected((before) => new Set([...before].filter((id) => !moved.includes(id))));
    // The focus stays where it was in the list: on the row that took the deleted one's place.
    if (focusIndex !== null && sorted.length > moved.length) focusRow(Math.min(focusIndex, sorted.length - moved.length - 1));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current || (event.target as HTMLElement).tagName === 'INPUT') return;
    const index = Number(current.dataset.index);
    const issue = sorted[index];
    if (!issue) return;
    if (event.key === 'Delete') {
      event.preventDefault();
      void trash(selected.has(issue.id) ? [...selected] : [issue.id], index);
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      toggle(issue.id);
      return;
    }
    const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const step = keys[event.key];
    if (step === undefined) return;
    event.preventDefault();
    focusRow(Math.max(0, Math.min(sorted.length - 1, index + step)));
  };

  return (
    <section className="library" aria-labelledby="library-heading">
      <header className="view-header">
        <h1 id="library-heading">{t('library.title')}</h1>
        <span className="view-header__count">
          {shown && complete
            ? phrase
              ? t('library.countWithPhrase', { count: shown.length, phrase: phrase.phrase })
              : t('library.count', { count: shown.length })
            : ''}
        </span>
        <PhraseFilter value={phrase?.id ?? null} onChange={choosePhrase} />
        <label className="view-header__control">
          {t('library.sortBy')}
          <select value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
            {sorts.map((option) => (
              <option key={option} value={option}>
                {t(`library.sort.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <CollectionBar collections={collections} chosen={collection} onChoose={setCollectionId} />
      {selected.size > 0 && (
        <SelectionBar
          count={selected.size}
          onTrash={() => void trash([...selected], null)}
          onAddToCollection={() => setAdding(true)}
          onRemoveFromCollection={
            collection ? () => void removeFromCollection(db, collection.id, [...selected]).then(() => setSelected(new Set())) : null
          }
          onClear={() => setSelected(new Set())}
        />
      )}
      {adding && <AddToCollectionDialog issueIds={[...selected]} onClose={() => setAdding(false)} />}
      {issues && issues.length === 0 ? (
        <p className="empty-state">{t('library.empty')}</p>
      ) : (
        <div ref={scroller} className="library__scroller" role="list" aria-label={t('library.listLabel')} onKeyDown={onKeyDown}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const issue = sorted[item.index];
              if (!issue) return null;
              return (
                <div
                  key={issue.id}
                  role="listitem"
                  aria-setsize={complete ? sorted.length : -1}
                  aria-posinset={item.index + 1}
                  data-index={item.index}
                  className="library__item"
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                >
                  <label className="library__select">
                    <input
                      type="checkbox"
                      checked={selected.has(issue.id)}
                      onChange={() => toggle(issue.id)}
                      aria-label={tKeeping('selection.select', { title: withoutBidiControls(issue.title) })}
                    />
                  </label>
                  <LibraryRow
                    issue={issue}
                    phrase={phrase && phraseCounts ? { text: phrase.phrase, count: phraseCounts.get(issue.id) ?? 0 } : null}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
