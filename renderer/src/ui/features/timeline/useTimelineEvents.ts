// Loads every event in date order for the timeline, live. The first screenful comes from a small
// indexed query so the view paints at once, even with 100,000 events stored; only after that
// paint does the full list (needed for filters and scrolling) load, then it replaces the first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ReadoutDatabase } from '../../../data/db';
import type { EventRecord } from '../../../data/event-records';

const firstScreen = 60;

export function useTimelineEvents(db: ReadoutDatabase): { events: EventRecord[] | undefined; complete: boolean } {
  const [first, setFirst] = useState<EventRecord[] | undefined>(undefined);
  const [loadAll, setLoadAll] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void db.events
      .orderBy('dateSort')
      .limit(firstScreen)
      .toArray()
      .then((events) => {
        if (cancelled) return;
        setFirst(events);
        // Reading 100,000 records blocks the main thread for a while: start after the first paint.
        // (The frame after the one that paints the first rows.)
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            timer = setTimeout(() => {
              if (!cancelled) setLoadAll(true);
            }, 0);
          }),
        );
      });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [db]);
  const all = useLiveQuery(async () => (loadAll ? db.events.orderBy('dateSort').toArray() : undefined), [db, loadAll]);
  return { events: all ?? first, complete: all !== undefined };
}
