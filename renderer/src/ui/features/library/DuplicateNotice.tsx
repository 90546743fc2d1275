// Above the reader: a near-identical copy of the open issue in the library (imported twice, or
// kept beside its new version), with a button to merge it into this one (issue-merge.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import { mergeIssues, nearDuplicatesOf } from '../../../data/repositories/issue-merge';
import { useServices } from '../../app/services';
import { formatDay } from '../../format';

export function DuplicateNotice({ issueId }: { issueId: string }) {
  const { t, i18n } = useTranslation('keeping');
  const { db } = useServices();
  const duplicates = useLiveQuery(() => nearDuplicatesOf(db, issueId), [db, issueId]);
  const [message, setMessage] = useState('');
  const merge = async (otherId: string) => {
    const result = await mergeIssues(db, issueId, otherId);
    if (result) setMessage(t('duplicates.merged', { highlights: result.highlights, events: result.events, review: result.needsReview }));
  };
  return (
    <div className="duplicate-notice">
      <p role="status">{message}</p>
      {(duplicates ?? []).map(({ issue }) => {
        const title = withoutBidiControls(issue.title);
        return (
          <p key={issue.id} className="duplicate-notice__item">
            {t('duplicates.found', { title, date: formatDay(issue.importedAt, i18n.language) })}{' '}
            <button type="button" aria-label={t('duplicates.mergeLabel', { title })} onClick={() => void merge(issue.id)}>
              {t('duplicates.merge')}
            </button>
          </p>
        );
      })}
    </div>
  );
}
