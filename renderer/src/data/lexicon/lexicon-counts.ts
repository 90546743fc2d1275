// The per-issue phrase counts, written inside the caller's transaction (import, new version,
// Trash and restore) with lexiconCountTables(db) among its tables, as the search index is: so the
// counts never disagree with the library. Each entry's total over the library (lexicon-totals.ts)
// changes in the same transaction by exactly what the rows did. Derived data: left out of backups,
// rebuilt on restore.
import type { Table } from 'dexie';
import { afterRestoreHooks, derivedTables } from '../backup/backup';
import type { ReadoutDatabase } from '../schema/db';
import type { IssueTextRecord } from '../records';
import { LEXICON_SEEDED_KEY, countRows, pendingStarterRecords, starterRecords } from './lexicon-rows';
import { adjustTotals, totalsDelta } from './lexicon-totals';

/** The tables a transaction that counts must include. */
export function lexiconCountTables(db: ReadoutDatabase): [Table, Table, Table] {
  return [db.lexicon, db.lexiconCounts, db.lexiconTotals];
}

/** Counts these issues' texts with the current lexicon, replacing their earlier counts. */
export async function countIssues(db: ReadoutDatabase, texts: readonly Pick<IssueTextRecord, 'issueId' | 'blocks'>[]): Promise<void> {
  if (texts.length === 0) return;
  const removed = await deleteRowsOf(
    db,
    texts.map((text) => text.issueId),
  );
  const added = countRows(await db.lexicon.toArray(), texts);
  await db.lexiconCounts.bulkAdd(added);
  await adjustTotals(db, totalsDelta(removed, added));
}

async function deleteRowsOf(db: ReadoutDatabase, issueIds: readonly string[]) {
  const rows = await db.lexiconCounts
    .where('issueId')
    .anyOf([...issueIds])
    .toArray();
  await db.lexiconCounts.bulkDelete(rows.map((row) => [row.issueId, row.entryId] as [string, string]));
  return rows;
}

export async function removeIssueCounts(db: ReadoutDatabase, issueIds: readonly string[]): Promise<void> {
  await adjustTotals(db, totalsDelta(await deleteRowsOf(db, issueIds), []));
}

/** Counts the whole library again, in chunks, inside the caller's transaction. */
export async function recountAll(db: ReadoutDatabase): Promise<void> {
  await db.lexiconCounts.clear();
  await db.lexiconTotals.clear();
  const keys = await db.issueTexts.toCollection().primaryKeys();
  const entries = await db.lexicon.toArray();
  const totals = new Map(entries.filter((entry) => entry.enabled).map((entry) => [entry.id, 0]));
  for (let offset = 0; offset < keys.length; offset += 200) {
    const chunk = (await db.issueTexts.bulkGet(keys.slice(offset, offset + 200))).filter((text) => text !== undefined);
    const rows = countRows(entries, chunk);
    await db.lexiconCounts.bulkAdd(rows);
    for (const row of rows) totals.set(row.entryId, (totals.get(row.entryId) ?? 0) + row.count);
  }
  await db.lexiconTotals.bulkPut([...totals].map(([entryId, total]) => ({ entryId, total })));
  // Every entry is counted now: a re-count an edit had started (lexicon-recount.ts) has nothing left.
  await db.lexicon
    .filter((entry) => entry.pendingCount !== undefined)
    .modify((entry) => {
      delete entry.pendingCount;
    });
}

/**
 * First start: the starter lexicon, once (deleting its phrases later does not bring them back). A
 * library that already holds issues gets its entries marked for the background re-count rather
 * than counted here, before the first render (start the re-count job after this).
 */
export async function seedLexiconOnFirstStart(db: ReadoutDatabase): Promise<void> {
  await db.transaction('rw', [db.settings, db.issueTexts, ...lexiconCountTables(db)], async () => {
    if (await db.settings.get(LEXICON_SEEDED_KEY)) return;
    if ((await db.issueTexts.count()) > 0) await db.lexicon.bulkPut(pendingStarterRecords());
    else {
      // Nothing to count: every starter entry's total is 0, known from the start.
      const entries = starterRecords();
      await db.lexicon.bulkPut(entries);
      await db.lexiconTotals.bulkPut(entries.map((entry) => ({ entryId: entry.id, total: 0 })));
    }
    await db.settings.put({ key: LEXICON_SEEDED_KEY, value: true });
  });
}

derivedTables.push('lexiconCounts', 'lexiconTotals');
afterRestoreHooks.push(async (db) => {
  await recountAll(db);
});
