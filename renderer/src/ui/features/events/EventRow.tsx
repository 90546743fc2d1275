// One row of the Events table: the event's fields, its type as a select the analyst can change
// at once, its tags, its status, and Confirm / Edit / Delete. Edit turns the row into a form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventTypes, type EventType } from '../../../domain/events/types';
import type { EventRecord } from '../../../data/records';
import { confirmEvent, editEvent } from '../../../data/repositories/events';
import { useServices } from '../../app/services';
import { EventEditForm } from './EventEditForm';
import { EventTags } from './EventTags';
import { isUncertain, UncertainMark } from './UncertainMark';
import { dateLabels, formatEventDate, officialLabel } from './format-event';

interface Props {
  event: EventRecord;
  onDelete: (event: EventRecord) => void;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
}

export function eventRowId(id: string): string {
  return `event-row-${id}`;
}

function cellClass(base: string, uncertain: boolean): string | undefined {
  return [base, uncertain ? 'events-table__cell--uncertain' : ''].filter(Boolean).join(' ') || undefined;
}

export function EventRow({ event, onDelete, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation('events');
  const { db } = useServices();
  const [editing, setEditing] = useState(false);

  if (editing) {
    return (
      <tr id={eventRowId(event.id)} className="events-table__row events-table__row--editing">
        <td colSpan={9}>
          <EventEditForm event={event} onDone={() => setEditing(false)} />
        </td>
      </tr>
    );
  }

  return (
    <tr id={eventRowId(event.id)} className={`events-table__row events-table__row--${event.status}`} tabIndex={-1} data-line={event.line}>
      <td className="events-table__select">
        <input
          type="checkbox"
          aria-label={t('bulk.select', { summary: event.summary })}
          checked={selected}
          onChange={(change) => onSelect(event.id, change.target.checked)}
        />
      </td>
      <td className={cellClass('events-table__date', isUncertain(event, 'date'))}>
        {formatEventDate(event.date, event.timeOfDay, i18n.language, dateLabels(t))}
        <UncertainMark event={event} field="date" />
      </td>
      <td lang="zh-CN">
        {event.officials.map((official) => (
          <div key={official.personId}>{officialLabel(official)}</div>
        ))}
      </td>
      <td lang="zh-CN" className={cellClass('', isUncertain(event, 'place'))}>
        {event.place ?? ''}
        <UncertainMark event={event} field="place" />
      </td>
      <td className={cellClass('', isUncertain(event, 'type'))}>
        <select
          aria-label={t('typeOf')}
          value={event.type}
          onChange={(change) => void editEvent(db, event.id, { type: change.target.value as EventType })}
        >
          {eventTypes.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </select>
        <UncertainMark event={event} field="type" />
      </td>
      <td lang="zh-CN" className="events-table__summary">
        {event.summary}
      </td>
      <td>
        <EventTags event={event} />
      </td>
      <td>
        <span className={`event-status event-status--${event.status}`}>{t(`status.${event.status}`)}</span>
        {/* A colleague's review (data/sync/) names them; this analyst's own carries no author. */}
        {event.author && event.status !== 'proposed' && <span className="event-author"> {t('reviewedBy', { author: event.author })}</span>}
        {event.lostParagraphs && (
          // A new version of the issue no longer has the paragraph: the analyst checks the event again.
          <span className="event-status event-status--review" title={event.lostParagraphs.join('\n')}>
            {t('paragraphGone')}
          </span>
        )}
      </td>
      <td className="events-table__actions">
        {event.status === 'proposed' && (
          <button type="button" onClick={() => void confirmEvent(db, event.id)}>
            {t('confirm')}
          </button>
        )}
        <button type="button" onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
        <button type="button" onClick={() => onDelete(event)}>
          {t('delete')}
        </button>
      </td>
    </tr>
  );
}
