// Above the library list: the combobox "Collection" choosing which issues the library shows (all,
// or one collection's), "New collection", and for the chosen one "Rename collection" and
// "Delete collection" (asking first; its issues stay).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionRecord } from '../../../data/records';
import { createCollection, deleteCollection, renameCollection } from '../../../data/repositories/collections';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../trash/ConfirmDialog';
import { CollectionNameDialog } from './CollectionNameDialog';

interface Props {
  collections: readonly CollectionRecord[];
  chosen: CollectionRecord | null;
  onChoose: (collectionId: string | null) => void;
}

export function CollectionBar({ collections, chosen, onChoose }: Props) {
  const { t } = useTranslation('keeping');
  const { db } = useServices();
  const [dialog, setDialog] = useState<'new' | 'rename' | 'delete' | null>(null);
  return (
    <div className="collection-bar">
      <label className="view-header__control">
        {t('collections.label')}
        <select value={chosen?.id ?? ''} onChange={(event) => onChoose(event.target.value || null)}>
          <option value="">{t('collections.all')}</option>
          {collections.map((collection) => (
            <option key={collection.id} value={collection.id}>
              {collection.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setDialog('new')}>
        {t('collections.new')}
      </button>
      {chosen && (
        <>
          <button type="button" onClick={() => setDialog('rename')}>
            {t('collections.rename')}
          </button>
          <button type="button" className="danger" onClick={() => setDialog('delete')}>
            {t('collections.delete')}
          </button>
        </>
      )}
      {dialog === 'new' && (
        <CollectionNameDialog
          title={t('collections.new')}
          initial=""
          submitLabel={t('collections.create')}
          onSubmit={async (name) => onChoose((await createCollection(db, name)).id)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'rename' && chosen && (
        <CollectionNameDialog
          title={t('collections.rename')}
          initial={chosen.name}
          submitLabel={t('collections.save')}
          onSubmit={(name) => renameCollection(db, chosen.id, name)}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDialog
        open={dialog === 'delete' && chosen !== null}
        title={t('collections.confirmDeleteTitle')}
        message={t('collections.confirmDelete', { name: chosen?.name ?? '' })}
        confirmLabel={t('collections.delete')}
        onConfirm={() => {
          setDialog(null);
          if (chosen) void deleteCollection(db, chosen.id).then(() => onChoose(null));
        }}
        onCancel={() => setDialog(null)}
      />
    </div>
  );
}
