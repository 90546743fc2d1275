// Highlights and issue notes: create, change, delete and restore (for undo), list, and re-anchor
// an issue's highlights when its text is replaced. Positions are offsets into the issue text of
// domain/anchoring/issue-text.ts (block texts joined with "\n").
import {
  describeSpan,
  diffTexts,
  followSpan,
  issueTextOf,
  reanchor,
  type AnchorStatus,
  type Reanchored,
  type TextDiff,
} from '../../domain/anchoring';
import { contentHash } from '../../domain/text/content-hash';
import { newId, type ReadoutDatabase } from '../schema/db';
import type { CategoryId } from './highlight-categories';
import type { HighlightRecord, IssueNoteRecord } from '../records';
import { highlightDocId, indexHighlights, issueDay, issueNoteDoc, issueNoteDocId } from '../search/search-docs';
import { indexDocuments, removeDocuments, searchIndexTables } from '../search/search-index';
import { ensureTags } from './tags';

export type { HighlightRecord, IssueNoteRecord } from '../records';

const now = () => new Date().toISOString();

/** The tables a write of highlights or notes uses: they are indexed for search in the same transaction. */
function noteTables(db: ReadoutDatabase) {
  return [db.highlights, db.issueNotes, db.issues, ...searchIndexTables(db)];
}

/** Reading order: by start, the longer of two starting together first (it encloses the other). */
export function byReadingOrder(a: HighlightRecord, b: HighlightRecord): number {
  return a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt);
}

export async function issueTextFor(db: ReadoutDatabase, issueId: string): Promise<string> {
  const text = await db.issueTexts.get(issueId);
  if (!text) throw new Error(`No text for issue ${issueId}`);
  return issueTextOf(text.blocks);
}

export interface NewHighlight {
  issueId: string;
  issueText: string;
  start: number;
  end: number;
  categoryId: CategoryId;
  note?: string;
  tagIds?: string[];
}

/** The record of a new highlight of [start, end) of the issue text (not stored: see createHighlight). */
export function newHighlightRecord(input: NewHighlight, at = now()): HighlightRecord {
  return {
    id: newId(),
    issueId: input.issueId,
    target: describeSpan(input.issueText, input.start, input.end),
    start: input.start,
    end: input.end,
    anchor: 'exact',
    categoryId: input.categoryId,
    note: input.note ?? '',
    tagIds: input.tagIds ?? [],
    createdAt: at,
    updatedAt: at,
  };
}

/** Makes a highlight of [start, end) of the issue text. */
export async function createHighlight(db: ReadoutDatabase, input: NewHighlight): Promise<HighlightRecord> {
  const record = newHighlightRecord(input);
  await db.transaction('rw', noteTables(db), async () => {
    await db.highlights.add(record);
    await indexHighlights(db, [record]);
  });
  return record;
}

export async function updateHighlight(
  db: ReadoutDatabase,
  id: string,
  changes: Partial<Pick<HighlightRecord, 'categoryId' | 'note' | 'tagIds'>>,
): Promise<void> {
  await db.transaction('rw', noteTables(db), async () => {
    await db.highlights.update(id, { ...changes, updatedAt: now() });
    const record = await db.highlights.get(id);
    if (record) await indexHighlights(db, [record]);
  });
}

/** Adds tags by name (creating new ones) to several highlights at once: one transaction. */
export async function addTagsToHighlights(db: ReadoutDatabase, ids: readonly string[], names: readonly string[]): Promise<string[]> {
  return db.transaction('rw', [db.tags, ...noteTables(db)], async () => {
    const tagIds = await ensureTags(db, names);
    const at = now();
    await db.highlights
      .where('id')
      .anyOf([...ids])
      .modify((record) => {
        record.tagIds = [...new Set([...record.tagIds, ...tagIds])];
        record.updatedAt = at;
      });
    // The tag filter reads a highlight's tags from its search document.
    await indexHighlights(
      db,
      (await db.highlights.bulkGet([...ids])).filter((record) => !!record),
    );
    return tagIds;
  });
}

export async function deleteHighlight(db: ReadoutDatabase, id: string): Promise<HighlightRecord | undefined> {
  return db.transaction('rw', noteTables(db), async () => {
    const record = await db.highlights.get(id);
    if (record) await db.highlights.delete(id);
    await removeDocuments(db, [highlightDocId(id)]);
    return record;
  });
}

/** Puts a record back exactly as it was (undo of a delete or of a change). */
export async function restoreHighlight(db: ReadoutDatabase, record: HighlightRecord): Promise<void> {
  await db.transaction('rw', noteTables(db), async () => {
    await db.highlights.put(record);
    await indexHighlights(db, [record]);
  });
}

export async function listIssueHighlights(db: ReadoutDatabase, issueId: string): Promise<HighlightRecord[]> {
  return (await db.highlights.where('issueId').equals(issueId).toArray()).sort(byReadingOrder);
}

/** Every highlight, newest first. Read oldest first and turned round: a forward read is one getAll, a reverse one walks a cursor. */
export async function listAllHighlights(db: ReadoutDatabase): Promise<HighlightRecord[]> {
  return (await db.highlights.orderBy('createdAt').toArray()).reverse();
}

/** The newest `limit` highlights, newest first: the first screen of a list of all of them. */
export function listNewestHighlights(db: ReadoutDatabase, limit: number): Promise<HighlightRecord[]> {
  return db.highlights.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** Issue notes, the most recently changed first; `limit` of them, or all. */
export function listIssueNotes(db: ReadoutDatabase, limit = Infinity): Promise<IssueNoteRecord[]> {
  return db.issueNotes.orderBy('updatedAt').reverse().limit(limit).toArray();
}

export async function getIssueNote(db: ReadoutDatabase, issueId: string): Promise<IssueNoteRecord | undefined> {
  return db.issueNotes.get(issueId);
}

/** Sets the one note of an issue; an empty note is removed. */
export async function setIssueNote(db: ReadoutDatabase, issueId: string, text: string): Promise<void> {
  await db.transaction('rw', noteTables(db), async () => {
    if (text.trim() === '') {
      await db.issueNotes.delete(issueId);
      await removeDocuments(db, [issueNoteDocId(issueId)]);
      return;
    }
    const note: IssueNoteRecord = { issueId, text, updatedAt: now() };
    await db.issueNotes.put(note);
    await indexDocuments(db, [issueNoteDoc(note, issueDay(await db.issues.get(issueId)))]);
  });
}

export type ReanchorCounts = Record<AnchorStatus, number>;

/**
 * Re-anchors every highlight of an issue onto its new text. Call it inside the transaction that
 * replaces the text (it joins the caller's transaction when that includes `highlights`). Exact
 * and moved highlights get a fresh target taken from the new text; fuzzy ones keep their old
 * quote (shown for review) with the new place; orphaned ones keep everything and are not painted.
 * With `oldText` (the text being replaced) the two versions are diffed once and every highlight
 * is followed through the edits, so where it went is known rather than searched for.
 */
export async function reanchorIssueHighlights(
  db: ReadoutDatabase,
  issueId: string,
  newText: string,
  oldText?: string,
): Promise<ReanchorCounts> {
  const counts: ReanchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const hash = contentHash(newText);
  const diff = oldText === undefined ? undefined : diffTexts(oldText, newText);
  await db.transaction('rw', db.highlights, async () => {
    const records = await db.highlights.where('issueId').equals(issueId).toArray();
    const updated = records.map((record): HighlightRecord => {
      const result = placeAgain(record, newText, diff);
      counts[result.status]++;
      if (result.status === 'orphaned') return { ...record, anchor: 'orphaned' };
      if (result.status === 'fuzzy') return { ...record, anchor: 'fuzzy', start: result.start, end: result.end };
      return {
        ...record,
        anchor: result.status,
        start: result.start,
        end: result.end,
        target: describeSpan(newText, result.start, result.end, hash),
      };
    });
    await db.highlights.bulkPut(updated);
  });
  return counts;
}

/**
 * A fuzzy highlight's target is older than the text it is on, so its current place is followed
 * through the diff (it stays flagged); every other highlight is re-anchored by its target.
 */
function placeAgain(record: HighlightRecord, newText: string, diff: TextDiff | undefined): Reanchored {
  if (record.anchor === 'fuzzy' && diff) {
    const followed = followSpan(diff, record.start, record.end);
    if (followed) {
      const same = newText.slice(followed.start, followed.end) === record.target.quote.exact;
      return { status: same ? 'moved' : 'fuzzy', start: followed.start, end: followed.end };
    }
  }
  return reanchor(record.target, newText, diff);
}

/**
 * Makes one author's highlights of an issue what a team's document says (data/sync/apply-docs.ts):
 * theirs that the document no longer holds go, the others are put as they arrived, and the search
 * index follows in the same transaction. `me` is this analyst: their own highlights may carry no author.
 */
export async function applyAuthorHighlights(
  db: ReadoutDatabase,
  issueId: string,
  author: string,
  me: string,
  arriving: readonly HighlightRecord[],
): Promise<void> {
  await db.transaction('rw', noteTables(db), async () => {
    const local = await db.highlights.where('issueId').equals(issueId).toArray();
    const keep = new Set(arriving.map((record) => record.id));
    const gone = local.filter((record) => (record.author ?? me) === author && !keep.has(record.id)).map((record) => record.id);
    await db.highlights.bulkDelete(gone);
    await removeDocuments(db, gone.map(highlightDocId));
    await db.highlights.bulkPut([...arriving]);
    await indexHighlights(db, [...arriving]);
  });
}

/** Puts an issue's note as a team's document has it (or removes it), keeping its time. */
export async function applyIssueNote(db: ReadoutDatabase, issueId: string, note: IssueNoteRecord | null): Promise<void> {
  await db.transaction('rw', noteTables(db), async () => {
    if (!note) {
      await db.issueNotes.delete(issueId);
      await removeDocuments(db, [issueNoteDocId(issueId)]);
      return;
    }
    await db.issueNotes.put(note);
    await indexDocuments(db, [issueNoteDoc(note, issueDay(await db.issues.get(issueId)))]);
  });
}
