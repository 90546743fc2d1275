// The "Notes" view: every highlight and issue note across the library, newest first, filtered
// by category, tag, issue and date, each with a jump back to its place in the issue. Built for
// thousands: the data loads a first screenful before the rest (useNotesData), only the titles of
// annotated issues are read, and the list is virtualised (NotesList).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTags } from '../../../data/repositories/tags';
import { useServices } from '../../app/services';
import { useCategories, type ShownCategory } from '../highlights/useCategories';
import '../highlights/highlights.css';
import { requestExport } from '../export/export-request';
import { FilterSelect } from '../highlights/FilterSelect';
import { CollectionFilter, inCollection, useCollectionMembers } from '../collections/CollectionFilter';
import { BulkTagBar } from './BulkTagBar';
import { HighlightCard, IssueNoteCard } from './NoteCards';
import { NotesList } from './NotesList';
import { saysPhrase } from '../../../domain/lexicon/says-phrase';
import { annotatedIssueIds, noNotesFilters, shownNotes, type NotesFilters, type NotesRow } from './notes-rows';
import { useNotesData } from './useNotesData';
import './notes.css';

export function NotesView() {
  const { t, i18n } = useTranslation('highlights');
  const { t: tExport } = useTranslation('export');
  const { db } = useServices();
  const data = useNotesData(db);
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const categories = useCategories();
  const [filters, setFilters] = useState<NotesFilters>(noNotesFilters);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkMessage, setBulkMessage] = useState('');
  const set = (key: keyof NotesFilters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));
  const toggle = (id: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  // The Collection filter keeps to its issues' highlights and notes before the other filters.
  const [collectionId, setCollectionId] = useState('');
  const members = useCollectionMembers(collectionId);
  const highlights = useMemo(() => data && inCollection(data.highlights, members), [data, members]);
  const issueNotes = useMemo(() => data && inCollection(data.issueNotes, members), [data, members]);
  const titles = data?.titles;
  const lexicon = useLiveQuery(() => db.lexicon.toArray(), [db]);
  const phraseOptions = useMemo(
    () => (lexicon ?? []).filter((entry) => entry.enabled).map((entry) => ({ id: entry.id, name: entry.phrase })),
    [lexicon],
  );
  const chosenPhrase = lexicon?.find((entry) => entry.id === filters.phrase) ?? null;
  const says = useMemo(() => (chosenPhrase ? saysPhrase(chosenPhrase.phrase, chosenPhrase.variants) : undefined), [chosenPhrase]);
  const shown = useMemo(() => shownNotes(highlights ?? [], issueNotes ?? [], filters, says), [highlights, issueNotes, filters, says]);
  const tagById = new Map(tags.map((record) => [record.id, record]));
  const categoryById = new Map<string, ShownCategory>(categories.map((category) => [category.id, category]));
  // Only what is shown can be acted on: a selection hidden by a filter stays out of a bulk action.
  const selectedShown = shown.highlights.filter((highlight) => selected.has(highlight.id)).map((highlight) => highlight.id);
  const shownIssueIds = useMemo(
    () => [...new Set([...shown.highlights.map((h) => h.issueId), ...shown.issueNotes.map((n) => n.issueId)])],
    [shown],
  );
  // The issues to filter by: those with a highlight or a note, by title.
  const issueOptions = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return annotatedIssueIds(highlights ?? [], issueNotes ?? [])
      .map((id) => ({ id, name: titles?.get(id) ?? '' }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [highlights, issueNotes, titles, i18n.language]);
  // Thousands of options: built again only when they or the choice change, not on every tick of a checkbox.
  const issueFilter = useMemo(
    () => (
      <FilterSelect
        label={t('filter.issue')}
        value={filters.issueId}
        options={issueOptions}
        onChange={(issueId) => setFilters((current) => ({ ...current, issueId }))}
      />
    ),
    [t, filters.issueId, issueOptions],
  );
  const { category, tagId, from, to } = filters;
  // The brief of exactly what this view shows: its issues, with its filters.
  const exportShown = () =>
    requestExport({
      label: tExport('notesScope', { count: shownIssueIds.length }),
      scope: { kind: 'issues', issueIds: shownIssueIds },
      filters: {
        categories: category ? [category] : undefined,
        tags: tagId && tagById.get(tagId) ? [tagById.get(tagId)!.name] : undefined,
        from: from || undefined,
        to: to || undefined,
        phrases: chosenPhrase ? [chosenPhrase.phrase] : undefined,
      },
    });
  const complete = data?.complete ?? false;

  const renderRow = (row: NotesRow) =>
    row.kind === 'issueNote' ? (
      <IssueNoteCard note={row.note} title={titles?.get(row.note.issueId)} />
    ) : (
      <HighlightCard
        highlight={row.highlight}
        title={titles?.get(row.highlight.issueId)}
        category={categoryById.get(row.highlight.categoryId)}
        tagById={tagById}
        selected={selected.has(row.highlight.id)}
        onToggle={toggle}
      />
    );

  return (
    <section className="notes-view" aria-labelledby="notes-heading">
      <div className="notes-view__top">
        <header className="view-header">
          <h1 id="notes-heading">{t('notes.title')}</h1>
        </header>
        <div className="notes-view__filters">
          <FilterSelect label={t('filter.category')} value={filters.category} options={categories} onChange={set('category')} />
          <FilterSelect label={t('filter.tag')} value={filters.tagId} options={tags} onChange={set('tagId')} />
          {issueFilter}
          <FilterSelect label={t('filter.phrase')} value={filters.phrase} options={phraseOptions} onChange={set('phrase')} />
          <CollectionFilter value={collectionId} onChange={setCollectionId} />
          <label>
            {t('filter.from')}
            <input type="date" value={filters.from} onChange={(event) => set('from')(event.target.value)} />
          </label>
          <label>
            {t('filter.to')}
            <input type="date" value={filters.to} onChange={(event) => set('to')(event.target.value)} />
          </label>
        </div>
        <p className="notes-view__summary">
          {complete ? t('notes.count', { count: shown.rows.length }) : t('notes.loading')}
          {/* The export takes the whole filter, so it waits for the whole list. */}
          {complete && shownIssueIds.length > 0 && (
            <button type="button" onClick={exportShown}>
              {tExport('fromNotes')}
            </button>
          )}
        </p>
        {selectedShown.length > 0 && (
          <BulkTagBar
            selectedIds={selectedShown}
            tags={tags}
            onDone={(message) => {
              setSelected(new Set());
              setBulkMessage(message);
            }}
          />
        )}
        <p role="status" className="notes-view__status">
          {bulkMessage}
        </p>
        {complete && shown.rows.length === 0 && <p className="empty-state">{t('notes.empty')}</p>}
      </div>
      <NotesList label={t('notes.results')} rows={shown.rows} renderRow={renderRow} />
    </section>
  );
}
