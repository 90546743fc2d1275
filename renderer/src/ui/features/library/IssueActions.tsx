// The open issue's own actions, above the reader: Edit details, and Move to Trash (then back to
// the library, with the Undo toast), Add to collection; below them, any near-identical copy to merge.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueRecord } from '../../../data/records';
import { navigate } from '../../app/route';
import { useMoveToTrash } from '../trash/TrashActions';
import { AddToCollectionDialog } from '../collections/AddToCollectionDialog';
import { DuplicateNotice } from './DuplicateNotice';
import { IssueDetailsDialog } from './IssueDetailsDialog';

export function IssueActions({ issue }: { issue: IssueRecord }) {
  const { t } = useTranslation('keeping');
  const moveToTrash = useMoveToTrash();
  const [editing, setEditing] = useState(false);
  const [collecting, setCollecting] = useState(false);
  const [message, setMessage] = useState('');
  const trash = async () => {
    await moveToTrash([issue.id]);
    navigate({ view: 'library' });
  };
  return (
    <>
      <div className="issue-actions" role="toolbar" aria-label={t('issueActions')}>
        <span role="status" className="issue-actions__status">
          {message}
        </span>
        <button type="button" onClick={() => setEditing(true)}>
          {t('details.edit')}
        </button>
        <button type="button" onClick={() => setCollecting(true)}>
          {t('collections.add')}
        </button>
        <button type="button" onClick={() => void trash()}>
          {t('trash.moveToTrash')}
        </button>
        {collecting && <AddToCollectionDialog issueIds={[issue.id]} onClose={() => setCollecting(false)} />}
        {/* Mounted while open, so it starts from the issue as it is now. */}
        {editing && (
          <IssueDetailsDialog
            issue={issue}
            open
            onClose={(saved) => {
              setEditing(false);
              setMessage(saved ? t('details.saved') : '');
            }}
          />
        )}
      </div>
      <DuplicateNotice issueId={issue.id} />
    </>
  );
}
