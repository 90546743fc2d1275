// Loads every event in date order for the timeline, live. The first screenful comes from a small
// indexed query so the view paints at once, even with 100,000 events stored; only after that
// paint does the full list (needed for filters and scrolling) load, then it replaces the first.
import type { ReadoutDatabase } from '../../../data/schema/db';
import type { EventRecord } from '../../../data/records';
import { useFirstScreenThenAll } from '../../hooks/useFirstScreenThenAll';

const firstScreen = 60;

const firstEvents = (db: ReadoutDatabase) => db.events.orderBy('dateSort').limit(firstScreen).toArray();
const allEvents = (db: ReadoutDatabase) => db.events.orderBy('dateSort').toArray();

export function useTimelineEvents(db: ReadoutDatabase): { events: EventRecord[] | undefined; complete: boolean } {
  const { first, all } = useFirstScreenThenAll(db, firstEvents, allEvents);
  return { events: all ?? first, complete: all !== undefined };
}
