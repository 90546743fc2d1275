// A long list that must paint at once: its first screenful comes from a small indexed query, and
// only after that paint does the full, live query start (the filters and the scrollbar need every
// record; reading tens of thousands blocks the main thread for a while). The Timeline and the
// Notes view load this way. Pass functions defined outside the component: they are dependencies.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ReadoutDatabase } from '../../data/schema/db';

export function useFirstScreenThenAll<First, All>(
  db: ReadoutDatabase,
  loadFirstScreen: (db: ReadoutDatabase) => Promise<First>,
  loadAll: (db: ReadoutDatabase) => Promise<All>,
): { first: First | undefined; all: All | undefined } {
  const [first, setFirst] = useState<First | undefined>(undefined);
  const [allWanted, setAllWanted] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void loadFirstScreen(db).then((loaded) => {
      if (cancelled) return;
      setFirst(loaded);
      // The frame after the one that paints the first screen.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          timer = setTimeout(() => {
            if (!cancelled) setAllWanted(true);
          }, 0);
        }),
      );
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [db, loadFirstScreen]);
  const all = useLiveQuery(async () => (allWanted ? loadAll(db) : undefined), [db, allWanted, loadAll]);
  return { first, all };
}
