// "Add to collection" for one issue (the reader) or several (the library's selection): a
// checkbox per collection, checked when every one of the issues is in it; ticking adds them all,
// unticking removes them all.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addToCollection, listCollections, removeFromCollection } from '../../../data/repositories/collections';
import { useServices } from '../../app/services';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  issueIds: readonly string[];
  onClose: () => void;
}

export function AddToCollectionDialog({ issueIds, onClose }: Props) {
  const { t } = useTranslation('keeping');
  const { db } = useServices();
  const dialog = useModalDialog(true);
  const id = useId();
  const collections = useLiveQuery(() => listCollections(db), [db]);
  // What was just ticked, shown at once: the live memberships catch up after the write.
  const [ticked, setTicked] = useState<ReadonlyMap<string, boolean>>(new Map());
  const toggle = (collectionId: string, checked: boolean) => {
    setTicked(new Map(ticked).set(collectionId, checked));
    void (checked ? addToCollection(db, collectionId, issueIds) : removeFromCollection(db, collectionId, issueIds));
  };
  const memberships = useLiveQuery(async () => {
    const items = await db.collectionItems
      .where('issueId')
      .anyOf([...issueIds])
      .toArray();
    const count = new Map<string, number>();
    for (const item of items) count.set(item.collectionId, (count.get(item.collectionId) ?? 0) + 1);
    return count;
  }, [db, issueIds.join(' ')]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('collections.addTitle')}</h2>
      {collections && collections.length === 0 && <p>{t('collections.none')}</p>}
      <ul className="collection-choices">
        {(collections ?? []).map((collection) => (
          <li key={collection.id}>
            <label>
              <input
                type="checkbox"
                checked={ticked.get(collection.id) ?? (memberships?.get(collection.id) ?? 0) === issueIds.length}
                onChange={(event) => toggle(collection.id, event.target.checked)}
              />
              {collection.name}
            </label>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('collections.done')}
        </button>
      </div>
    </dialog>
  );
}
