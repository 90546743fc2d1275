// The Trash: issues the analyst deleted, kept whole for 30 days so that nothing is lost by one
// keypress. Moving an issue there takes, in one transaction, its row and every row of every
// table that hangs on it (any table keyed or indexed by `issueId`: text, highlights, notes,
// events, and whatever later features store per issue) into one Trash row, and removes its
// search documents — so it is gone from the library, search, the Timeline, Notes and exports
// without any view having to filter. Restoring puts every row back and re-indexes the issue and
// its notes and events, in one transaction too.
import type { IndexableType, Table } from 'dexie';
import { issueSearchDoc } from '../../domain/search/documents';
import type { ReadoutDatabase } from '../schema/db';
import type { EventRecord, HighlightRecord, IssueNoteRecord, IssueRecord, IssueTextRecord, TrashRecord } from '../records';
import { analystDocs } from '../search/search-docs';
import { indexDocuments, removeIssueDocuments, searchIndexTables } from '../search/search-index';
import { countIssues, lexiconCountTables, removeIssueCounts } from '../lexicon/lexicon-counts';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The tables whose rows belong to one issue: keyed or indexed by issueId (the search index and the
 * lexicon counts aside: they are derived, removed here and rebuilt on restore with the lexicon of then).
 */
function issueTables(db: ReadoutDatabase): Table[] {
  const index = new Set([...searchIndexTables(db), db.lexiconCounts].map((table) => table.name));
  return db.tables.filter(
    (table) =>
      table.name !== db.trash.name &&
      !index.has(table.name) &&
      (table.schema.primKey.name === 'issueId' || table.schema.idxByName.issueId !== undefined),
  );
}

/** A row's primary key, compound ([collectionId+issueId]) or not. */
function primaryKeyOf(table: Table, row: unknown): IndexableType {
  const { keyPath } = table.schema.primKey;
  const values = row as Record<string, IndexableType>;
  return Array.isArray(keyPath) ? (keyPath.map((path) => values[path]!) as unknown as IndexableType) : values[keyPath!]!;
}

async function rowsOfIssues(table: Table, issueIds: readonly string[]): Promise<unknown[]> {
  if (table.schema.primKey.name === 'issueId') return (await table.bulkGet([...issueIds])).filter((row) => row !== undefined);
  return table
    .where('issueId')
    .anyOf([...issueIds])
    .toArray();
}

/** Moves issues (and all that hangs on them) to the Trash in one transaction; returns the ids moved. */
export async function moveIssuesToTrash(db: ReadoutDatabase, issueIds: readonly string[], now = new Date()): Promise<string[]> {
  const tables = issueTables(db);
  return db.transaction('rw', [db.issues, db.trash, ...tables, ...searchIndexTables(db), ...lexiconCountTables(db)], async () => {
    const issues = (await db.issues.bulkGet([...issueIds])).filter((issue) => issue !== undefined);
    const ids = issues.map((issue) => issue.id);
    if (ids.length === 0) return [];
    const records = new Map<string, TrashRecord>(
      issues.map((issue) => [issue.id, { issueId: issue.id, title: issue.title, trashedAt: now.toISOString(), rows: { issues: [issue] } }]),
    );
    for (const table of tables) {
      const rows = await rowsOfIssues(table, ids);
      for (const row of rows) {
        const rowsByTable = records.get((row as { issueId: string }).issueId)!.rows;
        (rowsByTable[table.name] ??= []).push(row);
      }
      // By primary key, from the rows just read: a bulk delete, not a cursor walking the index.
      await table.bulkDelete(rows.map((row) => primaryKeyOf(table, row)));
    }
    await db.issues.bulkDelete(ids);
    await removeIssueDocuments(db, ids);
    await removeIssueCounts(db, ids);
    await db.trash.bulkPut([...records.values()]);
    return ids;
  });
}

export type RestoreFromTrashResult =
  | { status: 'restored'; issueId: string }
  | { status: 'missing'; issueId: string }
  /** The same text was imported again meanwhile: the library holds it as `existingId`. */
  | { status: 'duplicate'; issueId: string; existingId: string };

/**
 * Puts trashed issues back with everything that hung on them, re-indexed, in one transaction.
 * Tags deleted while the issue was in the Trash are dropped from its rows' tag lists.
 */
export async function restoreFromTrash(db: ReadoutDatabase, issueIds: readonly string[]): Promise<RestoreFromTrashResult[]> {
  return db.transaction('rw', db.tables, async () => {
    const results: RestoreFromTrashResult[] = [];
    const tagIds = new Set(await db.tags.toCollection().primaryKeys());
    for (const issueId of issueIds) {
      const record = await db.trash.get(issueId);
      const issue = record?.rows.issues?.[0] as IssueRecord | undefined;
      if (!record || !issue) {
        results.push({ status: 'missing', issueId });
        continue;
      }
      const twin = await db.issues.where('contentHash').equals(issue.contentHash).first();
      if (twin) {
        results.push({ status: 'duplicate', issueId, existingId: twin.id });
        continue;
      }
      for (const [name, rows] of Object.entries(record.rows)) await db.table(name).bulkAdd(rows.map((row) => withKnownTags(row, tagIds)));
      await db.trash.delete(issueId);
      await indexDocuments(db, restoredDocs(record));
      const text = record.rows.issueTexts?.[0] as IssueTextRecord | undefined;
      if (text) await countIssues(db, [text]);
      results.push({ status: 'restored', issueId });
    }
    return results;
  });
}

function withKnownTags(row: unknown, known: ReadonlySet<string>): unknown {
  const tagged = row as { tagIds?: unknown };
  if (!Array.isArray(tagged.tagIds)) return row;
  return { ...tagged, tagIds: tagged.tagIds.filter((id) => typeof id === 'string' && known.has(id)) };
}

/** The search documents of a restored issue: its text, its notes and its reviewed events. */
function restoredDocs(record: TrashRecord) {
  const issue = record.rows.issues![0] as IssueRecord;
  const text = record.rows.issueTexts?.[0] as IssueTextRecord | undefined;
  return [
    ...(text ? [issueSearchDoc(issue, text.blocks)] : []),
    ...analystDocs({
      issues: [issue],
      highlights: (record.rows.highlights ?? []) as HighlightRecord[],
      issueNotes: (record.rows.issueNotes ?? []) as IssueNoteRecord[],
      events: (record.rows.events ?? []) as EventRecord[],
      people: [],
    }),
  ];
}

export interface TrashEntry {
  issueId: string;
  title: string;
  trashedAt: string;
  /** When it will be deleted for good. */
  expiresAt: string;
}

/** The Trash, most recently trashed first, without the rows it keeps. */
export async function listTrash(db: ReadoutDatabase): Promise<TrashEntry[]> {
  const entries: TrashEntry[] = [];
  await db.trash
    .orderBy('trashedAt')
    .reverse()
    .each((record) => {
      const expires = new Date(new Date(record.trashedAt).getTime() + TRASH_DAYS * DAY_MS);
      entries.push({ issueId: record.issueId, title: record.title, trashedAt: record.trashedAt, expiresAt: expires.toISOString() });
    });
  return entries;
}

export function deleteForever(db: ReadoutDatabase, issueIds: readonly string[]): Promise<void> {
  return db.trash.bulkDelete([...issueIds]);
}

export function emptyTrash(db: ReadoutDatabase): Promise<void> {
  return db.trash.clear();
}

/** Deletes for good what has been in the Trash for 30 days (run at start-up); returns how many. */
export function purgeExpiredTrash(db: ReadoutDatabase, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
  return db.trash.where('trashedAt').below(cutoff).delete();
}
