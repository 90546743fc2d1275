// The library's "Phrase" filter: All issues, or the issues that say one lexicon phrase (the
// phrases found in the library, most frequent first, each with its count over the library).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lexiconWithCounts } from '../../../data/lexicon/lexicon-queries';
import { useServices } from '../../app/services';

export function PhraseFilter({ value, onChange }: { value: string | null; onChange: (entryId: string | null) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const entries = useLiveQuery(() => lexiconWithCounts(db), [db]);
  const found = useMemo(
    () => (entries ?? []).filter((entry) => entry.enabled && entry.libraryCount > 0).sort((a, b) => b.libraryCount - a.libraryCount),
    [entries],
  );
  if (found.length === 0 && value === null) return null;
  return (
    <label className="view-header__control">
      {t('library.phraseFilter')}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('library.phraseAll')}</option>
        {found.map((entry) => (
          <option key={entry.id} value={entry.id} lang="zh-CN">
            {t('library.phraseOption', { phrase: entry.phrase, count: entry.libraryCount })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The phrase chosen in the filter, by id, with its phrase (null when none or when it was deleted). */
export function useChosenPhrase(entryId: string | null): { id: string; phrase: string } | null {
  const { db } = useServices();
  const entry = useLiveQuery(() => (entryId ? db.lexicon.get(entryId) : undefined), [db, entryId]);
  return entry ? { id: entry.id, phrase: entry.phrase } : null;
}
