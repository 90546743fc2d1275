// What the analyst does to the selected events at once: confirm them, or fix one field of all
// of them (the year of their dates, their place), each in one transaction.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmEvents, fixEvents } from '../../../data/repositories/events';
import { useServices } from '../../app/services';

interface Props {
  selectedIds: readonly string[];
  onDone: (message: string) => void;
  onClear: () => void;
}

export function EventsBulkBar({ selectedIds, onDone, onClear }: Props) {
  const { t } = useTranslation('events');
  const { db } = useServices();
  const [year, setYear] = useState('');
  const [place, setPlace] = useState('');
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;

  const confirm = async () => {
    const count = await confirmEvents(db, selectedIds);
    onDone(t('bulk.confirmed', { count }));
  };
  const setTheYear = async () => {
    if (yearNumber === null) return;
    const count = await fixEvents(db, selectedIds, { year: yearNumber });
    setYear('');
    onDone(t('bulk.yearSet', { count, year: yearNumber }));
  };
  const setThePlace = async () => {
    const value = place.trim();
    if (!value) return;
    const count = await fixEvents(db, selectedIds, { place: value });
    setPlace('');
    onDone(t('bulk.placeSet', { count, place: value }));
  };

  return (
    <div className="events-bulk" role="group" aria-label={t('bulk.group')}>
      <span className="events-bulk__count">{t('bulk.selected', { count: selectedIds.length })}</span>
      <button type="button" onClick={() => void confirm()}>
        {t('bulk.confirm')}
      </button>
      <form
        className="events-bulk__fix"
        onSubmit={(submit) => {
          submit.preventDefault();
          void setTheYear();
        }}
      >
        <label>
          {t('bulk.year')}
          <input inputMode="numeric" pattern="\d{4}" size={5} value={year} onChange={(change) => setYear(change.target.value)} />
        </label>
        <button type="submit" disabled={yearNumber === null}>
          {t('bulk.setYear')}
        </button>
      </form>
      <form
        className="events-bulk__fix"
        onSubmit={(submit) => {
          submit.preventDefault();
          void setThePlace();
        }}
      >
        <label>
          {t('bulk.place')}
          <input lang="zh-CN" size={8} value={place} onChange={(change) => setPlace(change.target.value)} />
        </label>
        <button type="submit" disabled={!place.trim()}>
          {t('bulk.setPlace')}
        </button>
      </form>
      <button type="button" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </div>
  );
}
