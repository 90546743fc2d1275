// The lexicon suggestions, live: the library is mined once per library state (its issues and
// their content hashes) and the result kept for the session, so that coming back to the Trends
// view or adding a phrase does not mine again; the lexicon filter (suggestFrom) runs on each
// lexicon change, which is cheap. Mining stops when the view goes away.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { mineLibrarySuggestions } from '../../../data/trends/library-suggestions';
import { suggestFrom, type Suggestion } from '../../../domain/lexicon/suggestions/suggest';
import { useServices } from '../../app/services';

interface Mined {
  key: string;
  candidates: Suggestion[];
}

let kept: Mined | null = null;

export function useSuggestions(): Suggestion[] | null {
  const { db } = useServices();
  const key = useLiveQuery(async () => {
    const issues = await db.issues.toArray();
    return issues
      .map((issue) => `${issue.id}:${issue.contentHash}:${issue.periodStart ?? issue.published ?? ''}`)
      .sort()
      .join('|');
  }, [db]);
  const entries = useLiveQuery(() => db.lexicon.toArray(), [db]);
  const [mined, setMined] = useState<Mined | null>(kept);

  useEffect(() => {
    if (key === undefined || kept?.key === key) return;
    const controller = new AbortController();
    mineLibrarySuggestions(db, controller.signal).then(
      (candidates) => {
        kept = { key, candidates };
        setMined(kept);
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        // Suggestions are a help, not the view's purpose: a failed mining shows none, and says why in the console.
        console.error('mining suggestions failed', error);
        setMined({ key, candidates: [] });
      },
    );
    return () => controller.abort();
  }, [db, key]);

  const current = mined?.key === key ? mined : kept?.key === key ? kept : null;
  return useMemo(() => (current && entries ? suggestFrom(current.candidates, entries) : null), [current, entries]);
}
