// One entry of the "Lexicon phrases" list: the phrase first (so a screen reader and a test meet it
// first), its category, its count in the library (or that it is still being counted), an on/off
// switch, and the buttons "Edit phrase" and "Delete phrase".
import { useTranslation } from 'react-i18next';
import type { LexiconEntryWithCount } from '../../../data/lexicon/lexicon-queries';

interface Props {
  entry: LexiconEntryWithCount;
  /** Whether a re-count is running now (else a pending entry's count is incomplete until resumed). */
  counting: boolean;
  onToggle: (entry: LexiconEntryWithCount) => void;
  onEdit: (entry: LexiconEntryWithCount) => void;
  onDelete: (entry: LexiconEntryWithCount) => void;
}

export function LexiconItem({ entry, counting, onToggle, onEdit, onDelete }: Props) {
  const { t } = useTranslation('lexicon');
  const count = !entry.enabled
    ? t('off')
    : entry.pendingCount
      ? t(counting ? 'item.counting' : 'item.incomplete')
      : t('libraryCount', { count: entry.libraryCount });
  return (
    <li className={`lexicon__item${entry.enabled ? '' : ' lexicon__item--off'}`}>
      <span className="lexicon__phrase" lang="zh-CN" title={entry.note || undefined}>
        {entry.phrase}
      </span>
      {entry.variants.length > 0 && (
        <span className="lexicon__variants" title={entry.variants.join('、')} lang="zh-CN">
          {t('item.variants', { count: entry.variants.length })}
        </span>
      )}
      <span className="lexicon__category">
        <span className="lexicon__swatch" style={{ backgroundColor: entry.category.colour }} aria-hidden="true" />
        <span lang="zh-CN">{entry.category.name}</span>
      </span>
      <span className={`lexicon__count${entry.pendingCount && entry.enabled ? ' lexicon__count--pending' : ''}`}>{count}</span>
      <span className="lexicon__actions">
        <button
          type="button"
          role="switch"
          className="lexicon__switch"
          aria-checked={entry.enabled}
          aria-label={`${t('item.enabled')}: ${entry.phrase}`}
          onClick={() => onToggle(entry)}
        >
          <span aria-hidden="true" className="lexicon__switch-knob" />
        </button>
        <button
          type="button"
          className="lexicon__icon-button"
          aria-label={t('item.edit')}
          title={t('item.edit')}
          onClick={() => onEdit(entry)}
        >
          <span aria-hidden="true">✎</span>
        </button>
        <button
          type="button"
          className="lexicon__icon-button"
          aria-label={t('item.delete')}
          title={t('item.delete')}
          onClick={() => onDelete(entry)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </span>
    </li>
  );
}
