// The Export dialog's filters: one highlight category, one tag, one lexicon phrase, a date range.
// Highlights are kept by category, tag, phrase (said in the quote or note) and the day they were
// made; events by tag and their date.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSpec } from '../../../domain/export/spec';
import { listTags } from '../../../data/repositories/tags';
import { useServices } from '../../app/services';
import { useCategories } from '../highlights/useCategories';

interface Props {
  filters: ExportSpec['filters'];
  onChange: (filters: ExportSpec['filters']) => void;
}

export function ExportFilters({ filters, onChange }: Props) {
  const { t } = useTranslation('export');
  const { db } = useServices();
  const id = useId();
  const categories = useCategories();
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const phrases = useLiveQuery(() => db.lexicon.orderBy('phrase').toArray(), [db]) ?? [];
  const set = (change: Partial<ExportSpec['filters']>) => onChange({ ...filters, ...change });
  const one = (value: string) => (value ? [value] : undefined);

  return (
    <fieldset className="export-dialog__filters">
      <legend>{t('filters')}</legend>
      <label htmlFor={`${id}-category`}>{t('filterCategory')}</label>
      <select
        id={`${id}-category`}
        value={filters.categories?.[0] ?? ''}
        onChange={(event) => set({ categories: one(event.target.value) })}
      >
        <option value="">{t('filterAll')}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-tag`}>{t('filterTag')}</label>
      <select id={`${id}-tag`} value={filters.tags?.[0] ?? ''} onChange={(event) => set({ tags: one(event.target.value) })}>
        <option value="">{t('filterAll')}</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.name}>
            {tag.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-phrase`}>{t('filterPhrase')}</label>
      <select id={`${id}-phrase`} value={filters.phrases?.[0] ?? ''} onChange={(event) => set({ phrases: one(event.target.value) })}>
        <option value="">{t('filterAll')}</option>
        {phrases
          .filter((entry) => entry.enabled)
          .map((entry) => (
            <option key={entry.id} value={entry.phrase} lang="zh-CN">
              {entry.phrase}
            </option>
          ))}
      </select>
      <label htmlFor={`${id}-from`}>{t('filterFrom')}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filters.from ?? ''}
        onChange={(event) => set({ from: event.target.value || undefined })}
      />
      <label htmlFor={`${id}-to`}>{t('filterTo')}</label>
      <input id={`${id}-to`} type="date" value={filters.to ?? ''} onChange={(event) => set({ to: event.target.value || undefined })} />
    </fieldset>
  );
}
