// The analyst's edits of the lexicon: add, update, delete and undo a delete, each one transaction
// that writes the entry and leaves the library's counts right or visibly unfinished. The entries
// an edit can change the counts of (the entry itself and those whose spellings overlap it, see
// domain/lexicon/overlap.ts) are marked pendingCount in the same transaction; lexicon-recount.ts
// then counts them again over the library in chunks, writing only the rows whose figure changed.
// Their earlier rows stay until then (a row beyond the marker is the figure from before the edit):
// deleting thousands of rows only to write most of them back was most of what an edit cost. The
// rows of an entry deleted or turned off go at once, as nothing would put them right. An edit that
// changes no spelling (category, note) re-counts nothing.
import { cleanDraft, checkDraft, type DraftProblem, type EntryDraft } from '../../domain/lexicon/entry-draft';
import { entriesAffectedBy, foldedSpellings } from '../../domain/lexicon/overlap';
import { newId, type ReadoutDatabase } from '../schema/db';
import { forgetTotals } from './lexicon-totals';
import type { LexiconEntryRecord } from '../records';

export type EditProblem = DraftProblem | { code: 'missing' };
export type EditResult = { ok: true; entry: LexiconEntryRecord } | { ok: false; problem: EditProblem };

/** What a delete took away, for its Undo. */
export interface DeletedEntry {
  entry: LexiconEntryRecord;
}

function lexiconTables(db: ReadoutDatabase) {
  return [db.lexicon, db.lexiconCounts, db.lexiconTotals];
}

/** The entry as stored, without the bookkeeping of a re-count. */
export function settled(entry: LexiconEntryRecord): LexiconEntryRecord {
  const { pendingCount: _pending, ...rest } = entry;
  return rest;
}

/**
 * Marks every entry whose counts `spellings` (appearing or leaving) can change for a re-count from
 * the first issue, keeping its rows for the re-count to compare. `lexicon` is the lexicon after the
 * edit. Runs inside the caller's transaction.
 */
export async function markForRecount(
  db: ReadoutDatabase,
  lexicon: readonly LexiconEntryRecord[],
  spellings: readonly string[],
): Promise<void> {
  const ids = [...entriesAffectedBy(lexicon, spellings)];
  if (ids.length === 0) return;
  // Their totals are the re-count's to write again, as it settles each entry.
  await forgetTotals(db, ids);
  await db.lexicon
    .where(':id')
    .anyOf(ids)
    .modify((entry) => {
      entry.pendingCount = { after: '' };
    });
}

/** Deletes these entries' rows (primary keys through the index, then one bulk delete) and their totals. */
export async function dropCounts(db: ReadoutDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const keys = await db.lexiconCounts
    .where('entryId')
    .anyOf([...ids])
    .primaryKeys();
  await db.lexiconCounts.bulkDelete(keys);
  await forgetTotals(db, ids);
}

export async function addEntry(db: ReadoutDatabase, draft: EntryDraft): Promise<EditResult> {
  return db.transaction('rw', lexiconTables(db), async () => {
    const lexicon = await db.lexicon.toArray();
    const clean = cleanDraft(draft);
    const problem = checkDraft(clean, lexicon);
    if (problem) return { ok: false, problem };
    const entry: LexiconEntryRecord = { id: newId(), ...clean, variants: [...clean.variants] };
    await db.lexicon.add(entry);
    await markForRecount(db, [...lexicon, entry], foldedSpellings(entry));
    return { ok: true, entry };
  });
}

export async function updateEntry(db: ReadoutDatabase, id: string, draft: EntryDraft): Promise<EditResult> {
  return db.transaction('rw', lexiconTables(db), async () => {
    const lexicon = await db.lexicon.toArray();
    const current = lexicon.find((entry) => entry.id === id);
    if (!current) return { ok: false, problem: { code: 'missing' } };
    const others = lexicon.filter((entry) => entry !== current);
    const clean = cleanDraft(draft);
    const problem = checkDraft(clean, others);
    if (problem) return { ok: false, problem };
    const next: LexiconEntryRecord = { ...current, ...clean, variants: [...clean.variants] };
    const before = foldedSpellings(current);
    const after = foldedSpellings(next);
    const respelt = before.length !== after.length || before.some((spelling, index) => spelling !== after[index]);
    if (!respelt) {
      await db.lexicon.put(next);
      return { ok: true, entry: next };
    }
    // An entry turned off has no counts; otherwise the re-count replaces those that change, for
    // it and for the entries its old and new spellings overlap.
    const written = settled(next);
    await db.lexicon.put(written);
    if (!written.enabled) await dropCounts(db, [id]);
    await markForRecount(db, [...others, written], [...before, ...after]);
    return { ok: true, entry: (await db.lexicon.get(id)) ?? written };
  });
}

export async function deleteEntry(db: ReadoutDatabase, id: string): Promise<DeletedEntry | undefined> {
  return db.transaction('rw', lexiconTables(db), async () => {
    const entry = await db.lexicon.get(id);
    if (!entry) return undefined;
    await db.lexicon.delete(id);
    await dropCounts(db, [id]);
    // Occurrences it took from overlapping entries go back to them.
    await markForRecount(db, await db.lexicon.toArray(), foldedSpellings(entry));
    return { entry: settled(entry) };
  });
}

/**
 * Undoes deleteEntry: the entry comes back with its id, and is counted again (the library may have
 * changed since, so the counts it had are not trusted). Refused when the phrase was added again in
 * between, rather than making two entries that match the same text.
 */
export async function restoreEntry(db: ReadoutDatabase, deleted: DeletedEntry): Promise<EditResult> {
  return db.transaction('rw', lexiconTables(db), async () => {
    const lexicon = await db.lexicon.toArray();
    const problem = checkDraft(
      deleted.entry,
      lexicon.filter((entry) => entry.id !== deleted.entry.id),
    );
    if (problem) return { ok: false, problem };
    await db.lexicon.put(deleted.entry);
    await markForRecount(db, [...lexicon.filter((entry) => entry.id !== deleted.entry.id), deleted.entry], foldedSpellings(deleted.entry));
    return { ok: true, entry: deleted.entry };
  });
}
