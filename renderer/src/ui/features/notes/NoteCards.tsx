// One card of the Notes view: a highlight (quote, category, issue, date, note, tags, a checkbox
// for bulk tagging and a link back to its place in the issue) or an issue's own note.
import { useTranslation } from 'react-i18next';
import type { HighlightRecord, IssueNoteRecord } from '../../../data/repositories/highlights';
import type { TagRecord } from '../../../data/records';
import { hrefFor } from '../../app/route';
import { formatDateTime } from '../../format';
import type { ShownCategory } from '../highlights/useCategories';

export function IssueNoteCard({ note, title }: { note: IssueNoteRecord; title: string | undefined }) {
  const { t, i18n } = useTranslation('highlights');
  return (
    <div className="note-card">
      <p className="note-card__meta">
        {t('notes.issueNote')} · {title} · {formatDateTime(note.updatedAt, i18n.language)}
      </p>
      <p className="note-card__note">{note.text}</p>
      <a href={hrefFor({ view: 'issue', issueId: note.issueId })}>{t('notes.open')}</a>
    </div>
  );
}

interface HighlightCardProps {
  highlight: HighlightRecord;
  title: string | undefined;
  category: ShownCategory | undefined;
  tagById: ReadonlyMap<string, TagRecord>;
  selected: boolean;
  onToggle: (id: string) => void;
}

export function HighlightCard({ highlight, title, category, tagById, selected, onToggle }: HighlightCardProps) {
  const { t, i18n } = useTranslation('highlights');
  return (
    <div className="note-card" style={{ borderLeftColor: category?.color }}>
      <input
        type="checkbox"
        className="note-card__select"
        aria-label={t('notes.select', { quote: highlight.target.quote.exact.slice(0, 30) })}
        checked={selected}
        onChange={() => onToggle(highlight.id)}
      />
      <blockquote lang="zh-CN">{highlight.target.quote.exact}</blockquote>
      <p className="note-card__meta">
        <span className="hl-swatch" style={{ backgroundColor: category?.color }} aria-hidden="true" />
        {category?.name} · {title} · {formatDateTime(highlight.createdAt, i18n.language)}
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
      <a href={hrefFor({ view: 'issue', issueId: highlight.issueId, landing: { kind: 'highlight', highlightId: highlight.id } })}>
        {t('notes.open')}
      </a>
    </div>
  );
}
