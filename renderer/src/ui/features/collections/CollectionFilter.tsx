// The "Collection" filter of the Timeline and the Notes view: All, or one collection, whose
// members (live) the view keeps to. Shown only once the analyst has a collection.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { collectionIssueIds, listCollections } from '../../../data/repositories/collections';
import { useServices } from '../../app/services';

export function CollectionFilter({ value, onChange }: { value: string; onChange: (collectionId: string) => void }) {
  const { t } = useTranslation('keeping');
  const { db } = useServices();
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  if (collections.length === 0) return null;
  return (
    <label>
      {t('collections.label')}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('collections.filterAll')}</option>
        {collections.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The ids of the issues in the collection chosen ('' for none: null, no filter), live. */
export function useCollectionMembers(collectionId: string): ReadonlySet<string> | null {
  const { db } = useServices();
  return useLiveQuery(() => (collectionId ? collectionIssueIds(db, collectionId) : null), [db, collectionId]) ?? null;
}

/** What of `items` belongs to an issue of the collection (all of them without one). */
export function inCollection<T extends { issueId: string }>(items: readonly T[], members: ReadonlySet<string> | null): readonly T[] {
  return members ? items.filter((item) => members.has(item.issueId)) : items;
}
