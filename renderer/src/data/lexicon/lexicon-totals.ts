// Each lexicon entry's count over the library (the sum of its per-issue rows), kept beside the
// rows so that the Trends view and the Lexicon panel read one small record per entry instead of
// every row: 10,000 issues hold 60,000 rows or more, and IndexedDB charges per record read.
//
// A cache with one rule: a totals row, where there is one, equals the sum of that entry's rows.
// Writers of rows, in the same transaction, either adjust it by the exact change (imports, new
// versions, the Trash) or delete it (an edit that starts a re-count, a deleted entry); the
// re-count writes it again as it settles an entry. A reader that finds none sums the entry's rows
// through the entryId index (entryTotals), so a missing row costs time, never a wrong figure;
// fillMissingTotals, run by the re-count job when idle, writes the ones a library from before
// version 12 lacks.
import type { ReadoutDatabase } from '../schema/db';
import type { LexiconCountRecord } from '../records';

type CountRow = Pick<LexiconCountRecord, 'entryId' | 'count'>;

/** entryId → added minus removed occurrences. */
export function totalsDelta(removed: readonly CountRow[], added: readonly CountRow[]): Map<string, number> {
  const delta = new Map<string, number>();
  for (const row of removed) delta.set(row.entryId, (delta.get(row.entryId) ?? 0) - row.count);
  for (const row of added) delta.set(row.entryId, (delta.get(row.entryId) ?? 0) + row.count);
  return delta;
}

/** Adds the change to the entries that have a totals row (those without one stay without). */
export async function adjustTotals(db: ReadoutDatabase, delta: ReadonlyMap<string, number>): Promise<void> {
  const ids = [...delta.entries()].filter(([, change]) => change !== 0).map(([id]) => id);
  if (ids.length === 0) return;
  const rows = await db.lexiconTotals.bulkGet(ids);
  const next = rows.filter((row) => row !== undefined).map((row) => ({ entryId: row.entryId, total: row.total + delta.get(row.entryId)! }));
  if (next.length > 0) await db.lexiconTotals.bulkPut(next);
}

/** Forgets these entries' totals: their rows are about to change outside adjustTotals. */
export async function forgetTotals(db: ReadoutDatabase, entryIds: readonly string[]): Promise<void> {
  if (entryIds.length > 0) await db.lexiconTotals.bulkDelete([...entryIds]);
}

async function sumOfRows(db: ReadoutDatabase, entryId: string): Promise<number> {
  let total = 0;
  await db.lexiconCounts
    .where('entryId')
    .equals(entryId)
    .each((row) => {
      total += row.count;
    });
  return total;
}

/** Writes these entries' totals from their rows (inside the caller's transaction, with lexiconCounts). */
export async function settleTotals(db: ReadoutDatabase, entryIds: readonly string[]): Promise<void> {
  const rows = [];
  for (const entryId of entryIds) rows.push({ entryId, total: await sumOfRows(db, entryId) });
  if (rows.length > 0) await db.lexiconTotals.bulkPut(rows);
}

/** The library count of each entry: its totals row, or the sum of its rows where it has none. */
export async function entryTotals(db: ReadoutDatabase, entryIds: readonly string[]): Promise<Map<string, number>> {
  const stored = await db.lexiconTotals.bulkGet([...entryIds]);
  const totals = new Map<string, number>();
  for (const [index, entryId] of entryIds.entries()) {
    const row = stored[index];
    totals.set(entryId, row ? row.total : await sumOfRows(db, entryId));
  }
  return totals;
}

/** Writes the totals rows that are missing, an entry per transaction (run when the app is idle). */
export async function fillMissingTotals(db: ReadoutDatabase): Promise<void> {
  const [entries, known] = await Promise.all([db.lexicon.toArray(), db.lexiconTotals.toCollection().primaryKeys()]);
  const have = new Set<string>(known);
  for (const entry of entries) {
    if (have.has(entry.id) || entry.pendingCount) continue;
    await db.transaction('rw', [db.lexicon, db.lexiconCounts, db.lexiconTotals], async () => {
      // Still settled and still missing: a re-count that started meanwhile writes its own.
      const current = await db.lexicon.get(entry.id);
      if (!current || current.pendingCount || (await db.lexiconTotals.get(entry.id))) return;
      await settleTotals(db, [entry.id]);
    });
  }
}
