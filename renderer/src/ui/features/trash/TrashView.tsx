// The Trash (#/trash): issues deleted in the last 30 days, newest first, each with Restore and
// Delete forever; Empty Trash deletes them all. Both permanent actions ask first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import { deleteForever, emptyTrash, listTrash, restoreFromTrash, TRASH_DAYS, type TrashEntry } from '../../../data/repositories/trash';
import { useServices } from '../../app/services';
import { formatDay } from '../../format';
import { ConfirmDialog } from './ConfirmDialog';
import './keeping.css';

type Pending = { kind: 'one'; entry: TrashEntry } | { kind: 'all' } | null;

export function TrashView() {
  const { t, i18n } = useTranslation('keeping');
  const { db } = useServices();
  const entries = useLiveQuery(() => listTrash(db), [db]);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState('');

  const restore = async (entry: TrashEntry) => {
    const [result] = await restoreFromTrash(db, [entry.issueId]);
    const title = withoutBidiControls(entry.title);
    setMessage(result?.status === 'duplicate' ? t('trash.duplicate', { title }) : t('trash.restored', { title }));
  };

  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    if (pending.kind === 'all') {
      await emptyTrash(db);
      setMessage(t('trash.emptied'));
    } else {
      await deleteForever(db, [pending.entry.issueId]);
      setMessage(t('trash.deleted', { title: withoutBidiControls(pending.entry.title) }));
    }
  };

  return (
    <section className="trash" aria-labelledby="trash-heading">
      <header className="view-header">
        <h1 id="trash-heading">{t('trash.title')}</h1>
        <button type="button" className="danger" disabled={!entries || entries.length === 0} onClick={() => setPending({ kind: 'all' })}>
          {t('trash.emptyTrash')}
        </button>
      </header>
      <p className="trash__explain">{t('trash.explain', { days: TRASH_DAYS })}</p>
      <p role="status">{message}</p>
      {entries && entries.length === 0 ? (
        <p className="empty-state">{t('trash.empty')}</p>
      ) : (
        <ul className="trash__list" aria-label={t('trash.listLabel')}>
          {(entries ?? []).map((entry) => (
            <li key={entry.issueId} className="trash__item">
              <span className="trash__item-text">
                <span className="trash__item-title">{withoutBidiControls(entry.title)}</span>
                <span className="trash__item-meta">
                  {t('trash.trashedOn', { date: formatDay(entry.trashedAt, i18n.language) })} ·{' '}
                  {t('trash.expiresOn', { date: formatDay(entry.expiresAt, i18n.language) })}
                </span>
              </span>
              <button type="button" onClick={() => void restore(entry)}>
                {t('trash.restore')}
              </button>
              <button type="button" className="danger" onClick={() => setPending({ kind: 'one', entry })}>
                {t('trash.deleteForever')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'all' ? t('trash.confirmEmptyTitle') : t('trash.confirmDeleteTitle')}
        message={
          pending?.kind === 'one'
            ? t('trash.confirmDelete', { title: withoutBidiControls(pending.entry.title) })
            : t('trash.confirmEmpty', { count: entries?.length ?? 0 })
        }
        confirmLabel={pending?.kind === 'all' ? t('trash.emptyTrash') : t('trash.deleteForever')}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
