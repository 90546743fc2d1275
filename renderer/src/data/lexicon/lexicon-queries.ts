// Reads of the lexicon for the views: its entries in phrase order, and each entry's count over the
// library (the sum of its per-issue counts; issues in the Trash have none, see lexicon-counts.ts).
import type { ReadoutDatabase } from '../schema/db';
import type { LexiconEntryRecord } from '../records';

export interface LexiconEntryWithCount extends LexiconEntryRecord {
  libraryCount: number;
}

export async function lexiconWithCounts(db: ReadoutDatabase): Promise<LexiconEntryWithCount[]> {
  const [entries, counts] = await Promise.all([db.lexicon.orderBy('phrase').toArray(), db.lexiconCounts.toArray()]);
  const totals = new Map<string, number>();
  for (const row of counts) totals.set(row.entryId, (totals.get(row.entryId) ?? 0) + row.count);
  return entries.map((entry) => ({ ...entry, libraryCount: totals.get(entry.id) ?? 0 }));
}
