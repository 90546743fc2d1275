// The mark on a proposed event's field that the extractor inferred rather than read (a year from
// the publish time, the place, a guessed type): where the analyst should look first.
// A confirmed or edited event carries none: the analyst has checked it.
import { useTranslation } from 'react-i18next';
import type { UncertainField } from '../../../domain/events/types';
import type { EventRecord } from '../../../data/records';

export function isUncertain(event: EventRecord, field: UncertainField): boolean {
  return event.status === 'proposed' && (event.uncertain?.includes(field) ?? false);
}

export function UncertainMark({ event, field }: { event: EventRecord; field: UncertainField }) {
  const { t } = useTranslation('events');
  if (!isUncertain(event, field)) return null;
  const reason = t(`uncertain.${field}`);
  return (
    <span className="event-uncertain" role="img" aria-label={reason} title={reason}>
      ?
    </span>
  );
}
