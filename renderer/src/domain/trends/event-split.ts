// The occurrences of phrases by place or by official: a phrase counts for a place (or an official)
// when it is said in a paragraph of an event at that place (or naming that official). A paragraph
// shared by two events of the same place counts once for it; a paragraph naming two officials
// counts for each of them.
import type { PhraseOccurrence } from './phrase-series';

export interface SplitEvent {
  issueId: string;
  blockIndexes: readonly number[];
  place: string | null;
  officials: readonly string[];
}

/** Phrase counts of one issue's paragraphs: block index → entry id → count. */
export type BlockCounts = ReadonlyMap<number, ReadonlyMap<string, number>>;

export function eventSplitOccurrences(
  events: readonly SplitEvent[],
  blockCountsOf: (issueId: string) => BlockCounts | undefined,
  by: 'place' | 'official',
): PhraseOccurrence[] {
  const totals = new Map<string, PhraseOccurrence>();
  const counted = new Set<string>();
  for (const event of events) {
    const blocks = blockCountsOf(event.issueId);
    if (!blocks) continue;
    const groups = by === 'place' ? (event.place ? [event.place] : []) : [...new Set(event.officials)];
    for (const group of groups) {
      for (const blockIndex of new Set(event.blockIndexes)) {
        const once = `${event.issueId}\u0000${blockIndex}\u0000${group}`;
        if (counted.has(once)) continue;
        counted.add(once);
        for (const [entryId, count] of blocks.get(blockIndex) ?? []) {
          const key = `${event.issueId}\u0000${entryId}\u0000${group}`;
          const row = totals.get(key);
          if (row) row.count += count;
          else totals.set(key, { issueId: event.issueId, entryId, count, group });
        }
      }
    }
  }
  return [...totals.values()];
}
