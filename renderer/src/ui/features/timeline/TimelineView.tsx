// The Timeline: every event of the library by date, grouped by week, filtered by official,
// place, type, tag and date range. The list is virtualised so 100,000 events scroll smoothly.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventTypes } from '../../../domain/events/types';
import { listPeople } from '../../../data/repositories/people';
import { listTags } from '../../../data/repositories/tags';
import { useServices } from '../../app/services';
import { CollectionFilter, inCollection, useCollectionMembers } from '../collections/CollectionFilter';
import { TimelineEventRow } from './TimelineEventRow';
import { eventCount, noFilters, timelineRows, type TimelineFilters } from './timeline-rows';
import { useTimelineEvents } from './useTimelineEvents';
import './timeline.css';

// First guesses only: each row is measured once drawn (an event naming many officials wraps to
// more lines), so rows never overlap whatever their content.
const estimatedEventRowHeight = 76;
const estimatedWeekRowHeight = 36;

export function TimelineView() {
  const { t, i18n } = useTranslation('events');
  const { db } = useServices();
  const { events, complete } = useTimelineEvents(db);
  const people = useLiveQuery(() => listPeople(db), [db]);
  const tags = useLiveQuery(() => listTags(db), [db]);
  const [filters, setFilters] = useState<TimelineFilters>(noFilters);
  const [collectionId, setCollectionId] = useState('');
  const members = useCollectionMembers(collectionId);
  const rows = useMemo(() => timelineRows(inCollection(events ?? [], members), filters), [events, members, filters]);
  const places = useMemo(
    () => [...new Set((events ?? []).map((event) => event.place).filter((place): place is string => !!place))].sort(),
    [events],
  );
  const tagById = useMemo(() => new Map((tags ?? []).map((tag) => [tag.id, tag])), [tags]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'week' ? estimatedWeekRowHeight : estimatedEventRowHeight),
    overscan: 8,
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  const set = (key: keyof TimelineFilters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));
  const weekLabel = (weekStart: string | null) => {
    if (weekStart === null) return t('timeline.undatedGroup');
    if (weekStart.startsWith('--')) return t('yearUnknown', { date: weekStart.slice(2) });
    const date = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${weekStart}T00:00:00Z`),
    );
    return t('timeline.week', { date });
  };

  return (
    <div className="timeline">
      <h1>{t('timeline.heading')}</h1>
      <form className="timeline__filters" aria-label={t('timeline.filters')} onSubmit={(submit) => submit.preventDefault()}>
        <label>
          {t('timeline.official')}
          <select value={filters.personId} onChange={(change) => set('personId')(change.target.value)}>
            <option value="">{t('timeline.all')}</option>
            {(people ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.place')}
          <select value={filters.place} onChange={(change) => set('place')(change.target.value)}>
            <option value="">{t('timeline.all')}</option>
            {places.map((place) => (
              <option key={place} value={place}>
                {place}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.type')}
          <select value={filters.type} onChange={(change) => set('type')(change.target.value)}>
            <option value="">{t('timeline.all')}</option>
            {eventTypes.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.tag')}
          <select value={filters.tagId} onChange={(change) => set('tagId')(change.target.value)}>
            <option value="">{t('timeline.all')}</option>
            {(tags ?? []).map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.from')}
          <input type="date" value={filters.from} onChange={(change) => set('from')(change.target.value)} />
        </label>
        <label>
          {t('timeline.to')}
          <input type="date" value={filters.to} onChange={(change) => set('to')(change.target.value)} />
        </label>
        <CollectionFilter value={collectionId} onChange={setCollectionId} />
        <button
          type="button"
          onClick={() => {
            setFilters(noFilters);
            setCollectionId('');
          }}
        >
          {t('timeline.clear')}
        </button>
      </form>
      <p className="timeline__count" role="status">
        {events === undefined || !complete ? t('timeline.loading') : t('timeline.shown', { count: eventCount(rows) })}
      </p>
      {complete && rows.length === 0 && <p className="empty-state">{t('timeline.empty')}</p>}
      <div className="timeline__scroll" ref={scrollRef}>
        <div role="list" aria-label={t('timeline.list')} className="timeline__list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="listitem"
                className={row.kind === 'week' ? 'timeline__week' : 'timeline__item'}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === 'week' ? <h2>{weekLabel(row.weekStart)}</h2> : <TimelineEventRow event={row.event} tagById={tagById} />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
