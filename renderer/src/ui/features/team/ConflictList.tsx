// The Conflicts view: every shared document that came back in two versions, named for what it
// holds, with Review opening both versions field by field; and what a sync left for review (a
// colleague's deletion of a tag still used here, a refused document).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictVersions } from '../../../data/sync/conflicts';
import { parseDocId } from '../../../data/sync/documents';
import type { SyncReviewRecord } from '../../../data/records';
import type { MergeChoices } from '../../../domain/sync/record-diff';
import { useServices } from '../../app/services';
import { ConflictReview } from './ConflictReview';
import { useTeamSync } from './TeamSyncProvider';

export function ConflictList() {
  const { t } = useTranslation('team');
  const { db } = useServices();
  const { engine } = useTeamSync();
  const conflicts = useLiveQuery(() => db.syncConflicts.toArray(), [db]) ?? [];
  const reviews = useLiveQuery(() => db.syncReviews.toArray(), [db]) ?? [];
  const titles = useLiveQuery(async () => {
    const ids = conflicts.flatMap((row) => {
      const parsed = parseDocId(row.docId);
      return parsed && 'issueId' in parsed ? [parsed.issueId] : [];
    });
    const issues = await db.issues.bulkGet(ids);
    return new Map(issues.flatMap((issue) => (issue ? [[issue.id, issue.title] as const] : [])));
  }, [db, conflicts]);
  const [open, setOpen] = useState<ConflictVersions | null>(null);

  const describe = (docId: string): string => {
    const parsed = parseDocId(docId);
    if (!parsed) return docId;
    const id = 'issueId' in parsed ? (titles?.get(parsed.issueId) ?? parsed.issueId) : '';
    return t(`conflicts.doc.${parsed.type}`, { id, author: 'author' in parsed ? parsed.author : '' });
  };

  const decide = async (choices: MergeChoices) => {
    if (!engine || !open) return;
    await engine.resolve(open, choices);
    setOpen(null);
    void engine.syncNow();
  };

  return (
    <section className="team__conflicts" aria-labelledby="team-conflicts-heading">
      <h3 id="team-conflicts-heading">{t('conflicts.title')}</h3>
      {conflicts.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <>
          <p>{t('conflicts.intro')}</p>
          <ul aria-label={t('conflicts.title')}>
            {conflicts.map((row) => (
              <li key={row.docId}>
                <span>{describe(row.docId)}</span>{' '}
                <button
                  type="button"
                  aria-label={`${t('conflicts.review')}: ${describe(row.docId)}`}
                  onClick={() => void engine?.loadConflict(row.docId).then(setOpen)}
                >
                  {t('conflicts.review')}
                </button>
                {open?.docId === row.docId && <ConflictReview conflict={open} onDecide={decide} onClose={() => setOpen(null)} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {reviews.length > 0 && (
        <>
          <h3>{t('reviews.title')}</h3>
          <ul aria-label={t('reviews.title')}>
            {reviews.map((review) => (
              <ReviewItem key={review.id} review={review} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReviewItem({ review }: { review: SyncReviewRecord }) {
  const { t } = useTranslation('team');
  const { engine } = useTeamSync();
  if (review.kind === 'refusedDoc') return <li>{t('reviews.refusedDoc', { docId: review.docId, reason: review.reason })}</li>;
  const settle = async (keep: boolean) => {
    await engine?.settleDeletedTag(review, keep);
    void engine?.syncNow();
  };
  return (
    <li>
      {t('reviews.deletedTagInUse', { deletedBy: review.deletedBy, tag: review.tagName, count: review.uses })}{' '}
      <button type="button" onClick={() => void settle(true)}>
        {t('reviews.keepTag')}
      </button>{' '}
      <button type="button" onClick={() => void settle(false)}>
        {t('reviews.deleteTag')}
      </button>
    </li>
  );
}
