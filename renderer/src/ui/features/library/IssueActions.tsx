// The open issue's own actions, above the reader: Move to Trash (then back to the library, with
// the Undo toast). Edit details and Add to collection join it here.
import { useTranslation } from 'react-i18next';
import type { IssueRecord } from '../../../data/records';
import { navigate } from '../../app/route';
import { useMoveToTrash } from '../trash/TrashActions';

export function IssueActions({ issue }: { issue: IssueRecord }) {
  const { t } = useTranslation('keeping');
  const moveToTrash = useMoveToTrash();
  const trash = async () => {
    await moveToTrash([issue.id]);
    navigate({ view: 'library' });
  };
  return (
    <div className="issue-actions" role="toolbar" aria-label={t('issueActions')}>
      <button type="button" onClick={() => void trash()}>
        {t('trash.moveToTrash')}
      </button>
    </div>
  );
}
