// Tags several highlights at once: the Notes view's selected cards get one tag in one write.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTagsToHighlights } from '../../../data/repositories/highlights';
import type { TagRecord } from '../../../data/records';
import { useServices } from '../../app/services';

interface Props {
  selectedIds: readonly string[];
  tags: readonly TagRecord[];
  /** Called after tagging with the words to announce; the bar goes away with the selection. */
  onDone: (message: string) => void;
}

export function BulkTagBar({ selectedIds, tags, onDone }: Props) {
  const { t } = useTranslation('highlights');
  const { db } = useServices();
  const id = useId();
  const [name, setName] = useState('');

  const apply = async () => {
    const tagName = name.trim();
    if (!tagName || selectedIds.length === 0) return;
    await addTagsToHighlights(db, selectedIds, [tagName]);
    setName('');
    onDone(t('notes.bulkTagged', { count: selectedIds.length, tag: tagName }));
  };

  return (
    <div className="bulk-tag" role="group" aria-label={t('notes.bulkTag')}>
      <span>{t('notes.selected', { count: selectedIds.length })}</span>
      <label htmlFor={`${id}-tag`}>{t('notes.bulkTagLabel')}</label>
      <input
        id={`${id}-tag`}
        role="combobox"
        list={`${id}-tags`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void apply();
          }
        }}
      />
      <datalist id={`${id}-tags`}>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
      <button type="button" onClick={() => void apply()} disabled={!name.trim() || selectedIds.length === 0}>
        {t('notes.bulkTagApply')}
      </button>
    </div>
  );
}
