// The library's "Phrase" filter: All issues, or the issues that say one lexicon phrase (the
// phrases found in the library, said by most issues first, each with how many issues say it).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lexiconWithIssueCounts } from '../../../data/lexicon/phrase-counts';
import { useServices } from '../../app/services';

export function PhraseFilter({ value, onChange }: { value: string | null; onChange: (entryId: string | null) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const entries = useLiveQuery(() => lexiconWithIssueCounts(db), [db]);
  const found = useMemo(
    () => (entries ?? []).filter((entry) => entry.enabled && entry.issues > 0).sort((a, b) => b.issues - a.issues),
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
            {t('library.phraseOption', { phrase: entry.phrase, count: entry.issues })}
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
