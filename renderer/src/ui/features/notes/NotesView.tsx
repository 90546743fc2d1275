// The "Notes" view: every highlight and issue note across the library, newest first, filtered
// by category, tag, issue and date, each with a jump back to its place in the issue.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAllHighlights } from '../../../data/repositories/highlights';
import { listTags } from '../../../data/repositories/tags';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../format';
import { useCategories } from '../highlights/useCategories';
import '../highlights/highlights.css';
import { requestExport } from '../export/export-request';
import { FilterSelect } from '../highlights/FilterSelect';
import { BulkTagBar } from './BulkTagBar';

export function NotesView() {
  const { t, i18n } = useTranslation('highlights');
  const { t: tExport } = useTranslation('export');
  const { db } = useServices();
  const highlights = useLiveQuery(() => listAllHighlights(db), [db]) ?? [];
  const issueNotes = useLiveQuery(() => db.issueNotes.orderBy('updatedAt').reverse().toArray(), [db]) ?? [];
  const issues = useLiveQuery(() => db.issues.toArray(), [db]) ?? [];
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const categories = useCategories();
  const [category, setCategory] = useState('');
  const [tag, setTag] = useState('');
  const [issueId, setIssueId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkMessage, setBulkMessage] = useState('');
  const toggle = (id: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const tagById = new Map(tags.map((record) => [record.id, record]));
  const inDates = (iso: string) => (!from || iso.slice(0, 10) >= from) && (!to || iso.slice(0, 10) <= to);
  const shownHighlights = highlights.filter(
    (highlight) =>
      (!category || highlight.categoryId === category) &&
      (!tag || highlight.tagIds.includes(tag)) &&
      (!issueId || highlight.issueId === issueId) &&
      inDates(highlight.createdAt),
  );
  const shownNotes = category || tag ? [] : issueNotes.filter((note) => (!issueId || note.issueId === issueId) && inDates(note.updatedAt));
  // Only what is shown can be acted on: a selection hidden by a filter stays out of a bulk action.
  const selectedShown = shownHighlights.filter((highlight) => selected.has(highlight.id)).map((highlight) => highlight.id);
  const shownIssueIds = [...new Set([...shownHighlights.map((h) => h.issueId), ...shownNotes.map((n) => n.issueId)])];
  // The brief of exactly what this view shows: its issues, with its filters.
  const exportShown = () =>
    requestExport({
      label: tExport('notesScope', { count: shownIssueIds.length }),
      scope: { kind: 'issues', issueIds: shownIssueIds },
      filters: {
        categories: category ? [category] : undefined,
        tags: tag && tagById.get(tag) ? [tagById.get(tag)!.name] : undefined,
        from: from || undefined,
        to: to || undefined,
      },
    });
  const annotatedIssues = issues.filter(
    (issue) => highlights.some((h) => h.issueId === issue.id) || issueNotes.some((n) => n.issueId === issue.id),
  );

  return (
    <section className="notes-view" aria-labelledby="notes-heading">
      <header className="view-header">
        <h1 id="notes-heading">{t('notes.title')}</h1>
      </header>
      <div className="notes-view__filters">
        <FilterSelect label={t('filter.category')} value={category} options={categories} onChange={setCategory} />
        <FilterSelect label={t('filter.tag')} value={tag} options={tags} onChange={setTag} />
        <FilterSelect
          label={t('filter.issue')}
          value={issueId}
          options={annotatedIssues.map((item) => ({ id: item.id, name: item.title }))}
          onChange={setIssueId}
        />
        <label>
          {t('filter.from')}
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          {t('filter.to')}
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      <p className="notes-view__summary">
        {t('notes.count', { count: shownHighlights.length + shownNotes.length })}
        {shownIssueIds.length > 0 && (
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
      {shownHighlights.length + shownNotes.length === 0 && <p className="empty-state">{t('notes.empty')}</p>}
      <ul className="notes-view__list" aria-label={t('notes.results')}>
        {shownNotes.map((note) => (
          <li key={`note-${note.issueId}`} className="note-card">
            <p className="note-card__meta">
              {t('notes.issueNote')} · {issueById.get(note.issueId)?.title} · {formatDateTime(note.updatedAt, i18n.language)}
            </p>
            <p className="note-card__note">{note.text}</p>
            <a href={hrefFor({ view: 'issue', issueId: note.issueId })}>{t('notes.open')}</a>
          </li>
        ))}
        {shownHighlights.map((highlight) => {
          const shownCategory = categories.find((option) => option.id === highlight.categoryId);
          return (
            <li key={highlight.id} className="note-card" style={{ borderLeftColor: shownCategory?.color }}>
              <input
                type="checkbox"
                className="note-card__select"
                aria-label={t('notes.select', { quote: highlight.target.quote.exact.slice(0, 30) })}
                checked={selected.has(highlight.id)}
                onChange={() => toggle(highlight.id)}
              />
              <blockquote lang="zh-CN">{highlight.target.quote.exact}</blockquote>
              <p className="note-card__meta">
                <span className="hl-swatch" style={{ backgroundColor: shownCategory?.color }} aria-hidden="true" />
                {shownCategory?.name} · {issueById.get(highlight.issueId)?.title} · {formatDateTime(highlight.createdAt, i18n.language)}
              </p>
              {highlight.note && <p className="note-card__note">{highlight.note}</p>}
              {highlight.tagIds.length > 0 && (
                <ul className="tag-chips">
                  {highlight.tagIds.map((id) => (
                    <li key={id} className="tag-chip" style={{ borderColor: tagById.get(id)?.color }}>
                      {tagById.get(id)?.name}
                    </li>
                  ))}
                </ul>
              )}
              <a href={`${hrefFor({ view: 'issue', issueId: highlight.issueId })}?highlight=${encodeURIComponent(highlight.id)}`}>
                {t('notes.open')}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
