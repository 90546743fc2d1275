// The edit form of one event: date, time of day, officials, place, type and summary. Saving
// marks the event 'edited', so extraction never replaces it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventTypes, type EventType } from '../../../domain/events/types';
import type { EventRecord } from '../../../data/records';
import { editEvent } from '../../../data/repositories/events';
import { useServices } from '../../app/services';
import { dateFromInput, dateToInput, officialsFromInput, officialsToInput } from './format-event';

export function EventEditForm({ event, onDone }: { event: EventRecord; onDone: () => void }) {
  const { t } = useTranslation('events');
  const { db } = useServices();
  const [date, setDate] = useState(dateToInput(event.date));
  const [timeOfDay, setTimeOfDay] = useState(event.timeOfDay ?? '');
  const [officials, setOfficials] = useState(officialsToInput(event.officials));
  const [place, setPlace] = useState(event.place ?? '');
  const [type, setType] = useState<EventType>(event.type);
  const [summary, setSummary] = useState(event.summary);
  const [error, setError] = useState<string | null>(null);

  const save = async (submit: FormEvent) => {
    submit.preventDefault();
    const parsedDate = dateFromInput(date);
    if (parsedDate === 'invalid') {
      setError(t('badDate'));
      return;
    }
    await editEvent(db, event.id, {
      date: parsedDate,
      timeOfDay: timeOfDay.trim() || null,
      officials: officialsFromInput(officials),
      place: place.trim() || null,
      type,
      summary: summary.trim(),
    });
    onDone();
  };

  return (
    <form className="event-form" onSubmit={(submit) => void save(submit)} onKeyDown={(key) => key.key === 'Escape' && onDone()}>
      <label>
        {t('fields.date')}
        <input
          value={date}
          onChange={(change) => setDate(change.target.value)}
          placeholder="2022-09-12"
          title={t('fields.dateHint')}
          autoFocus
        />
      </label>
      <label>
        {t('fields.timeOfDay')}
        <input value={timeOfDay} onChange={(change) => setTimeOfDay(change.target.value)} size={4} />
      </label>
      <label className="event-form__wide">
        {t('fields.officials')}
        <textarea
          value={officials}
          onChange={(change) => setOfficials(change.target.value)}
          rows={Math.max(2, event.officials.length)}
          title={t('fields.officialsHint')}
        />
      </label>
      <label>
        {t('fields.place')}
        <input value={place} onChange={(change) => setPlace(change.target.value)} size={8} />
      </label>
      <label>
        {t('typeOf')}
        <select value={type} onChange={(change) => setType(change.target.value as EventType)}>
          {eventTypes.map((option) => (
            <option key={option} value={option}>
              {t(`types.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="event-form__wide">
        {t('fields.summary')}
        <input value={summary} onChange={(change) => setSummary(change.target.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      <div className="event-form__actions">
        <button type="submit">{t('save')}</button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
