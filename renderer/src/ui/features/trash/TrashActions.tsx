// Moving issues to the Trash from anywhere (the library's rows, the reader), with an Undo toast
// that outlives the view it came from: the provider sits in the app shell and keeps the last
// move, so Undo puts back exactly what that move took, in one transaction.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveIssuesToTrash, restoreFromTrash } from '../../../data/repositories/trash';
import { useServices } from '../../app/services';
import './keeping.css';

type MoveToTrash = (issueIds: readonly string[]) => Promise<string[]>;

const TrashContext = createContext<MoveToTrash | null>(null);

type Toast = { kind: 'moved'; issueIds: string[] } | { kind: 'undone'; count: number };

export function TrashActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('keeping');
  const { db } = useServices();
  const [toast, setToast] = useState<Toast | null>(null);

  const moveToTrash = useCallback<MoveToTrash>(
    async (issueIds) => {
      const moved = await moveIssuesToTrash(db, issueIds);
      if (moved.length > 0) setToast({ kind: 'moved', issueIds: moved });
      return moved;
    },
    [db],
  );

  const undo = async (issueIds: readonly string[]) => {
    const results = await restoreFromTrash(db, issueIds);
    setToast({ kind: 'undone', count: results.filter((result) => result.status === 'restored').length });
  };

  return (
    <TrashContext.Provider value={moveToTrash}>
      {children}
      <div className="trash-toast" role="status">
        {toast && (
          <>
            <span>
              {toast.kind === 'moved' ? t('trash.moved', { count: toast.issueIds.length }) : t('trash.undone', { count: toast.count })}
            </span>
            {toast.kind === 'moved' && (
              <button type="button" onClick={() => void undo(toast.issueIds)}>
                {t('trash.undo')}
              </button>
            )}
            <button type="button" aria-label={t('trash.dismiss')} onClick={() => setToast(null)}>
              ×
            </button>
          </>
        )}
      </div>
    </TrashContext.Provider>
  );
}

export function useMoveToTrash(): MoveToTrash {
  const moveToTrash = useContext(TrashContext);
  if (!moveToTrash) throw new Error('useMoveToTrash outside TrashActionsProvider');
  return moveToTrash;
}
