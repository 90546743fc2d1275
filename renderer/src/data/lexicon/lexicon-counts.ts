// The per-issue phrase counts, written inside the caller's transaction (import, new version,
// Trash and restore) with lexiconCountTables(db) among its tables, as the search index is: so the
// counts never disagree with the library. Derived data: left out of backups, rebuilt on restore.
import type { Table } from 'dexie';
import { afterRestoreHooks, derivedTables } from '../backup/backup';
import type { ReadoutDatabase } from '../schema/db';
import type { IssueTextRecord } from '../records';
import { LEXICON_SEEDED_KEY, countRows, pendingStarterRecords, starterRecords } from './lexicon-rows';

/** The tables a transaction that counts must include. */
export function lexiconCountTables(db: ReadoutDatabase): [Table, Table] {
  return [db.lexicon, db.lexiconCounts];
}

/** Counts these issues' texts with the current lexicon, replacing their earlier counts. */
export async function countIssues(db: ReadoutDatabase, texts: readonly Pick<IssueTextRecord, 'issueId' | 'blocks'>[]): Promise<void> {
  if (texts.length === 0) return;
  await removeIssueCounts(
    db,
    texts.map((text) => text.issueId),
  );
  await db.lexiconCounts.bulkAdd(countRows(await db.lexicon.toArray(), texts));
}

export async function removeIssueCounts(db: ReadoutDatabase, issueIds: readonly string[]): Promise<void> {
  await db.lexiconCounts
    .where('issueId')
    .anyOf([...issueIds])
    .delete();
}

/** Counts the whole library again, in chunks, inside the caller's transaction. */
export async function recountAll(db: ReadoutDatabase): Promise<void> {
  await db.lexiconCounts.clear();
  const keys = await db.issueTexts.toCollection().primaryKeys();
  const entries = await db.lexicon.toArray();
  for (let offset = 0; offset < keys.length; offset += 200) {
    const chunk = (await db.issueTexts.bulkGet(keys.slice(offset, offset + 200))).filter((text) => text !== undefined);
    await db.lexiconCounts.bulkAdd(countRows(entries, chunk));
  }
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
    const hasIssues = (await db.issueTexts.count()) > 0;
    await db.lexicon.bulkPut(hasIssues ? pendingStarterRecords() : starterRecords());
    await db.settings.put({ key: LEXICON_SEEDED_KEY, value: true });
  });
}

derivedTables.push('lexiconCounts');
afterRestoreHooks.push(async (db) => {
  await recountAll(db);
});
