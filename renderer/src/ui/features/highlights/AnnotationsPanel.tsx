// The region "Annotations" beside the reader: the issue's note, then its highlights in reading
// order (quote, category colour, note, tags), filtered by category and tag; choosing one
// scrolls to it. Highlights whose text changed are listed under "Needs review" with their quote.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteHighlight,
  getIssueNote,
  listIssueHighlights,
  restoreHighlight,
  setIssueNote,
  type HighlightRecord,
} from '../../../data/repositories/highlights';
import { listTags } from '../../../data/repositories/tags';
import type { TagRecord } from '../../../data/records';
import { useServices } from '../../app/services';
import type { ReaderPanelProps } from '../reader/extensions';
import { markOf } from './dom-offsets';
import { highlightStore, useHighlightState } from './highlight-store';
import { useCategories, type ShownCategory } from './useCategories';
import { FilterSelect } from './FilterSelect';

const NO_HIGHLIGHTS: HighlightRecord[] = [];
/** The "Mine" choice of the author filter: no user name can be empty-prefixed like this. */
const MINE = '\u0000mine';

/** Whether a highlight passes the author filter: all, this analyst's own (no author), or one colleague's. */
function madeBy(highlight: HighlightRecord, choice: string): boolean {
  if (!choice) return true;
  return choice === MINE ? !highlight.author : highlight.author === choice;
}

export function AnnotationsPanel({ issue }: ReaderPanelProps) {
  const { t } = useTranslation('highlights');
  const { db } = useServices();
  const loaded = useLiveQuery(() => listIssueHighlights(db, issue.id), [db, issue.id]);
  // The list renders after the issue's text has painted, in the background: an issue with a
  // thousand highlights opens as fast as one without, and the list follows a moment later.
  const highlights = useDeferredValue(loaded ?? NO_HIGHLIGHTS, NO_HIGHLIGHTS);
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const categories = useCategories();
  const { currentId } = useHighlightState();
  const [category, setCategory] = useState('');
  const [tag, setTag] = useState('');
  const [author, setAuthor] = useState('');
  // Colleagues' highlights carry their author (data/sync/); this analyst's own carry none.
  const colleagues = [...new Set(highlights.flatMap((highlight) => (highlight.author ? [highlight.author] : [])))].sort();
  const authorOptions = [{ id: MINE, name: t('filter.mine') }, ...colleagues.map((name) => ({ id: name, name }))];
  const tagById = new Map(tags.map((record) => [record.id, record]));
  const usedTags = tags.filter((record) => highlights.some((highlight) => highlight.tagIds.includes(record.id)));
  const placed = highlights.filter((highlight) => highlight.anchor !== 'orphaned' && highlight.anchor !== 'fuzzy');
  const review = highlights.filter((highlight) => highlight.anchor === 'orphaned' || highlight.anchor === 'fuzzy');
  const shown = placed.filter(
    (highlight) =>
      (!category || highlight.categoryId === category) && (!tag || highlight.tagIds.includes(tag)) && madeBy(highlight, author),
  );

  const remove = async (highlight: HighlightRecord) => {
    const deleted = await deleteHighlight(db, highlight.id);
    if (deleted) highlightStore.pushUndo(() => restoreHighlight(db, deleted));
    highlightStore.announce(t('annotations.deleted'));
  };
  // One highlight's item, in the list or (with its anchoring status) under "Needs review".
  const itemFor = (highlight: HighlightRecord, status?: string) => (
    <AnnotationItem
      key={highlight.id}
      highlight={highlight}
      category={categories.find((option) => option.id === highlight.categoryId)}
      tags={highlight.tagIds.map((id) => tagById.get(id)).filter((record) => record !== undefined)}
      current={highlight.id === currentId}
      status={status}
      onRemove={() => void remove(highlight)}
    />
  );

  return (
    <section className="annotations" aria-label={t('annotations.label')}>
      <h2 className="annotations__title">{t('annotations.label')}</h2>
      <IssueNote issueId={issue.id} />
      <div className="annotations__filters">
        <FilterSelect label={t('filter.category')} value={category} options={categories} onChange={setCategory} />
        <FilterSelect label={t('filter.tag')} value={tag} options={usedTags} onChange={setTag} />
        {colleagues.length > 0 && <FilterSelect label={t('filter.author')} value={author} options={authorOptions} onChange={setAuthor} />}
      </div>
      <p className="annotations__count">{t('annotations.count', { count: shown.length })}</p>
      {highlights.length === 0 && <p className="annotations__empty">{t('annotations.empty')}</p>}
      <ul className="annotations__list" aria-label={t('annotations.list')}>
        {shown.map((highlight) => itemFor(highlight))}
      </ul>
      {review.length > 0 && (
        <section className="annotations__review" aria-label={t('annotations.needsReview')}>
          <h3>{t('annotations.needsReview')}</h3>
          <p className="annotations__hint">{t('annotations.needsReviewHint')}</p>
          <ul aria-label={t('annotations.needsReview')}>
            {review.map((highlight) =>
              itemFor(highlight, t(highlight.anchor === 'orphaned' ? 'annotations.orphaned' : 'annotations.fuzzy')),
            )}
          </ul>
        </section>
      )}
    </section>
  );
}

function AnnotationItem({
  highlight,
  category,
  tags,
  current,
  status,
  onRemove,
}: {
  highlight: HighlightRecord;
  category: ShownCategory | undefined;
  tags: TagRecord[];
  current: boolean;
  status?: string;
  onRemove: () => void;
}) {
  const { t } = useTranslation('highlights');
  const goTo = () => {
    highlightStore.setCurrent(highlight.id);
    const mark = markOf(highlight.id);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark?.focus({ preventScroll: true });
  };
  return (
    <li className={`annotation${current ? ' annotation--current' : ''}`} style={{ borderLeftColor: category?.color }}>
      <button type="button" className="annotation__quote" onClick={goTo} disabled={highlight.anchor === 'orphaned'}>
        {highlight.target.quote.exact}
      </button>
      <p className="annotation__meta">
        <span className="hl-swatch" style={{ backgroundColor: category?.color }} aria-hidden="true" />
        {category?.name}
        {highlight.author && <span className="annotation__author"> · {t('annotations.by', { author: highlight.author })}</span>}
        {status && <span className="annotation__status"> · {status}</span>}
      </p>
      {highlight.note && <p className="annotation__note">{highlight.note}</p>}
      {tags.length > 0 && (
        <ul className="tag-chips">
          {tags.map((tag) => (
            <li key={tag.id} className="tag-chip" style={{ borderColor: tag.color }}>
              {tag.name}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="annotation__delete"
        aria-label={t('annotations.deleteOne', { quote: highlight.target.quote.exact })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}

/** The one note of the issue, saved when the textbox loses focus. */
function IssueNote({ issueId }: { issueId: string }) {
  const { t } = useTranslation('highlights');
  const { db } = useServices();
  const stored = useLiveQuery(async () => (await getIssueNote(db, issueId))?.text ?? '', [db, issueId]);
  const [text, setText] = useState<string | null>(null);
  return (
    <label className="annotations__issue-note">
      {t('annotations.issueNote')}
      <textarea
        rows={2}
        value={text ?? stored ?? ''}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (text !== null && text !== stored) void setIssueNote(db, issueId, text);
        }}
      />
    </label>
  );
}
