// The event marker in the reader's gutter, beside each paragraph an event starts in. Activating
// it brings the event's row in the Events table into view and focuses it.
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import type { BlockGutterProps } from '../reader/extensions';
import { eventRowId } from './EventRow';
import { useIssueEvents } from './issue-events-store';

export function EventMarker({ issueId, blockIndex }: BlockGutterProps) {
  const { t } = useTranslation('events');
  const { db } = useServices();
  const events = useIssueEvents(db, issueId);
  // An event whose paragraph a new version removed is marked on no paragraph (its row says why).
  const event = events?.find((candidate) => candidate.blockIndex === blockIndex && !candidate.lostParagraphs);
  if (!event) return null;
  return (
    <button
      type="button"
      className={`event-marker event-marker--${event.status}`}
      aria-label={t('marker', { summary: event.summary })}
      title={t('marker', { summary: event.summary })}
      onClick={() => {
        const row = document.getElementById(eventRowId(event.id));
        row?.scrollIntoView({ block: 'nearest' });
        row?.focus();
      }}
    >
      ◆
    </button>
  );
}
