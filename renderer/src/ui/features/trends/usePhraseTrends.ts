// The data behind the "Phrase trends" region, live: the library's dates and each phrase's total,
// the per-issue counts of the chosen phrases only, the event-paragraph counts when split by place
// or official (read only then), and the series of the analyst's choices computed from them
// (domain/trends, pure). The default choice is the three phrases said most in the library.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { readEventSplit, readPhraseCounts, readTrendInputs } from '../../../data/trends/trend-inputs';
import { phraseAppearances, topEntryIds } from '../../../domain/trends/appearances';
import { phraseTrends } from '../../../domain/trends/phrase-series';
import { useServices } from '../../app/services';
import type { TrendChoices } from './TrendControls';

const DEFAULT_PHRASES = 3;

const totalRows = (totals: ReadonlyMap<string, number>) => [...totals].map(([entryId, count]) => ({ entryId, count }));

export function usePhraseTrends() {
  const { db } = useServices();
  const inputs = useLiveQuery(() => readTrendInputs(db), [db]);
  const [picked, setChoices] = useState<TrendChoices | null>(null);
  const defaults = useMemo<TrendChoices | null>(
    () =>
      inputs
        ? {
            entryIds: topEntryIds(totalRows(inputs.totals), DEFAULT_PHRASES),
            granularity: 'month',
            basis: 'period',
            split: 'none',
          }
        : null,
    [inputs],
  );
  const choices = picked ?? defaults;
  const chosenIds = choices?.entryIds;
  const counts = useLiveQuery(() => (chosenIds ? readPhraseCounts(db, chosenIds) : Promise.resolve(null)), [db, chosenIds]);

  const chosenEntries = useMemo(
    () => (inputs && choices ? choices.entryIds.flatMap((id) => inputs.entries.filter((entry) => entry.id === id)) : []),
    [inputs, choices],
  );
  const eventSplit = choices?.split === 'place' || choices?.split === 'official' ? choices.split : null;
  const splitRows = useLiveQuery(
    () => (eventSplit && chosenEntries.length > 0 ? readEventSplit(db, chosenEntries, eventSplit) : Promise.resolve(null)),
    [db, eventSplit, chosenEntries],
  );

  const trends = useMemo(() => {
    if (!inputs || !choices) return null;
    const rows = eventSplit ? splitRows : counts;
    if (!rows) return null;
    return phraseTrends(inputs.issues, rows, { ...choices, maxLines: 8 });
  }, [inputs, choices, eventSplit, splitRows, counts]);

  const appearances = useMemo(
    () => (inputs && choices && counts ? phraseAppearances(inputs.issues, counts, choices.basis) : null),
    [inputs, choices, counts],
  );

  const phrases = useMemo(() => {
    if (!inputs) return [];
    return inputs.entries
      .filter((entry) => entry.enabled)
      .map((entry) => ({ id: entry.id, phrase: entry.phrase, libraryCount: inputs.totals.get(entry.id) ?? 0 }))
      .sort((a, b) => b.libraryCount - a.libraryCount || a.phrase.localeCompare(b.phrase, 'zh-CN'));
  }, [inputs]);

  const titles = useMemo(() => new Map(inputs?.issues.map((issue) => [issue.id, issue.title])), [inputs]);
  const phraseOf = useMemo(() => new Map(inputs?.entries.map((entry) => [entry.id, entry.phrase])), [inputs]);

  return { choices, setChoices, trends, appearances, phrases, titles, phraseOf };
}
