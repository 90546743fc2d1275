// Reads of the lexicon for the views: its entries in phrase order, and each entry's count over the
// library (the sum of its per-issue counts; issues in the Trash have none, see lexicon-counts.ts),
// from the totals kept beside the rows (lexicon-totals.ts) rather than from every row.
import type { ReadoutDatabase } from '../schema/db';
import type { LexiconEntryRecord } from '../records';
import { entryTotals } from './lexicon-totals';

export interface LexiconEntryWithCount extends LexiconEntryRecord {
  libraryCount: number;
}

export async function lexiconWithCounts(db: ReadoutDatabase): Promise<LexiconEntryWithCount[]> {
  return db.transaction('r', [db.lexicon, db.lexiconCounts, db.lexiconTotals], async () => {
    const entries = await db.lexicon.orderBy('phrase').toArray();
    const totals = await entryTotals(
      db,
      entries.map((entry) => entry.id),
    );
    return entries.map((entry) => ({ ...entry, libraryCount: totals.get(entry.id) ?? 0 }));
  });
}
