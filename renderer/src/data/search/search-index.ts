// The search index in IndexedDB, written in the SAME transaction as the data it indexes, so a
// search never shows a stale or missing result after a restart. Other repositories call
// indexDocuments / removeDocuments inside their own transactions, with searchIndexTables(db)
// added to the tables of that transaction:
//
//   db.transaction('rw', db.notes, ...searchIndexTables(db), async () => {
//     await db.notes.put(note);
//     await indexDocuments(db, [{ id: `note:${note.id}`, kind: 'note', issueId, blockIndex, text: note.text }]);
//   });
//
// Storage: one row per document (searchDocs, numbered, never reused) and, per write, one segment
// (domain/search/segment.ts): a row listing its documents' numbers and at most 65 posting rows
// (64 token buckets + the bigram vocabulary for pinyin). An import chunk of 200 issues thus adds
// one segment row and 65 posting rows beside its 200 document rows, where one row per
// token made 12,000. Small writes (a note, one issue) go into an open "tail" segment that is
// merged and rewritten until it holds TAIL_DOCS documents (a larger write takes it in), so a
// stream of small writes leaves few segments to read. Removing a document deletes its row (and
// re-indexing one replaces it under a new number); its numbers left in segments are skipped at
// query time, until the segment is compacted — rewritten without them (search-compaction.ts,
// after an import batch and in idle time) — or, for the open tail, until the next write merges
// it. A segment also keeps each document's text length, by which compaction weighs the dead.
import { Dexie, type Table } from 'dexie';
import { issueSearchDoc, textKeptElsewhere, type SearchDoc } from '../../domain/search/documents';
import { foldText } from '../../domain/search/fold';
import { keepDocuments } from '../../domain/search/compaction';
import { BUCKET_COUNT, compactBuckets, decodeBuckets, SegmentBuilder } from '../../domain/search/segment';
import { afterRestoreHooks, derivedTables } from '../backup/backup';
import type { ReadoutDatabase } from '../schema/db';
import type { SearchDocRecord, SearchPostingRecord, SearchSegmentRecord } from '../records';

export const POSTING_KEY_STRIDE = 128;
export const VOCABULARY_BUCKET = BUCKET_COUNT;
/** A write of fewer documents (and less text) than this joins the open tail segment. */
const SMALL_WRITE_DOCS = 32;
const SMALL_WRITE_CHARS = 200_000;
/** The tail segment is sealed once it holds this many documents. */
const TAIL_DOCS = 256;

/** Untyped handles, so the schema upgrade (transaction.table) and the app's typed tables both fit. */
export interface SearchIndexTables {
  docs: Table;
  segments: Table;
  postings: Table;
}

/** The tables a transaction that indexes must include. */
export function searchIndexTables(db: ReadoutDatabase): [Table, Table, Table] {
  return [db.searchDocs, db.searchSegments, db.searchPostings];
}

function tablesOf(db: ReadoutDatabase): SearchIndexTables {
  return { docs: db.searchDocs, segments: db.searchSegments, postings: db.searchPostings };
}

/**
 * Indexes documents (replacing earlier versions with the same ids). Call inside the writing
 * transaction. `fresh`: the ids are known to be new, so there is nothing to replace (an import's
 * new records: looking thousands of ids up for nothing costs more than writing them).
 */
export function indexDocuments(db: ReadoutDatabase, docs: readonly SearchDoc[], { fresh = false } = {}): Promise<void> {
  return writeSearchIndex(tablesOf(db), docs, { fresh });
}

/** Removes documents by id. Call inside the deleting transaction. */
export async function removeDocuments(db: ReadoutDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await db.searchDocs
      .where('id')
      .anyOf([...ids])
      .delete();
}

/** Removes every document of an issue (its text, and its highlights', notes' … documents). */
export async function removeIssueDocuments(db: ReadoutDatabase, issueIds: readonly string[]): Promise<void> {
  if (issueIds.length === 0) return;
  // Keys first, then one bulk delete: a Collection.delete() walks a cursor row by row.
  const numbers = await db.searchDocs
    .where('issueId')
    .anyOf([...issueIds])
    .primaryKeys();
  await db.searchDocs.bulkDelete(numbers);
}

/**
 * Replaces tag `fromId` by `intoId` (null: removes it) in the tag lists of the documents that
 * carry their record's own tags (notes, events: `fields.tagIds`), for a tag merge or delete, in
 * its transaction. Tag names are not in any indexed text (the filter turns names into ids at
 * query time), so the rows are updated and nothing is re-indexed; a rename needs nothing at all.
 * Issue documents are skipped: an issue's tags are read live from the issue.
 */
export async function replaceTagInDocuments(db: ReadoutDatabase, fromId: string, intoId: string | null): Promise<void> {
  await db.searchDocs
    .where('id')
    .inAnyRange([
      [Dexie.minKey, 'issue:'],
      ['issue:\uffff', Dexie.maxKey],
    ])
    .filter((doc) => doc.fields?.tagIds?.includes(fromId) ?? false)
    .modify((doc) => {
      const tagIds = doc.fields!.tagIds!.map((tagId) => (tagId === fromId ? intoId : tagId));
      doc.fields!.tagIds = [...new Set(tagIds.filter((tagId): tagId is string => tagId !== null))];
    });
}

/** The ids of the search documents whose tag filter holds this tag (what deleting it would touch). */
export async function documentIdsWithTag(db: ReadoutDatabase, tagId: string): Promise<string[]> {
  const docs = await db.searchDocs
    .where('id')
    .inAnyRange([
      [Dexie.minKey, 'issue:'],
      ['issue:\uffff', Dexie.maxKey],
    ])
    .filter((doc) => doc.fields?.tagIds?.includes(tagId) ?? false)
    .toArray();
  return docs.map((doc) => doc.id);
}

/** Puts a tag back on these search documents' tag filters (the undo of a tag's deletion). */
export async function addTagToDocuments(db: ReadoutDatabase, docIds: readonly string[], tagId: string): Promise<void> {
  if (docIds.length === 0) return;
  await db.searchDocs
    .where('id')
    .anyOf([...docIds])
    .modify((doc) => {
      doc.fields = { ...doc.fields, tagIds: [...new Set([...(doc.fields?.tagIds ?? []), tagId])] };
    });
}

/** The writer behind indexDocuments, on table handles so the schema upgrade can use it too. */
export async function writeSearchIndex(tables: SearchIndexTables, docs: readonly SearchDoc[], { fresh = false } = {}): Promise<void> {
  if (docs.length === 0) return;
  if (!fresh)
    await tables.docs
      .where('id')
      .anyOf(docs.map((doc) => doc.id))
      .delete();
  const records: SearchDocRecord[] = docs.map(({ id, kind, issueId, blockIndex, text, fields }) => ({
    id,
    kind,
    ...(issueId !== undefined && { issueId }),
    ...(blockIndex !== undefined && { blockIndex }),
    ...(!textKeptElsewhere(kind) && { text }),
    ...(fields && { fields }),
  }));
  const numbers = (await tables.docs.bulkAdd(records, { allKeys: true })) as number[];

  const builder = new SegmentBuilder();
  let segmentDocs: number[] = [];
  let segmentSizes: number[] | null = [];
  const small = docs.length < SMALL_WRITE_DOCS && docs.reduce((sum, doc) => sum + doc.text.length, 0) < SMALL_WRITE_CHARS;
  // An open tail is merged into whatever comes next (so there is at most one, and segments
  // follow each other in document number); a small write leaves the result open until it is full.
  const tail = (await tables.segments.orderBy(':id').last()) as SearchSegmentRecord | undefined;
  if (tail?.open) {
    // The tail's postings first (local numbers 0 …), then the new documents after them. Its
    // documents removed or replaced since it was written are dropped here: it is rewritten anyway.
    let buckets = await readSegmentBuckets(tables, tail.seg!);
    const live = await liveNumbers(tables, tail.docs);
    const kept = keepDocuments(tail, (n) => live.has(n));
    if (kept.dropped > 0) buckets = compactBuckets(buckets, kept.newLocal).buckets;
    for (const [code, posting] of decodeBuckets(buckets)) builder.addPosting(code, posting);
    segmentDocs = [...kept.docs];
    segmentSizes = kept.sizes ? [...kept.sizes] : null;
    await deleteSegment(tables, tail.seg!);
  }
  const open = small && segmentDocs.length + docs.length < TAIL_DOCS;
  // Documents in ascending number, so local numbers ascend with global ones.
  const order = docs.map((_, index) => index).sort((a, b) => numbers[a]! - numbers[b]!);
  for (const index of order) {
    const folded = foldText(docs[index]!.text);
    builder.addText(segmentDocs.length, folded);
    segmentDocs.push(numbers[index]!);
    segmentSizes?.push(folded.length);
  }
  const segment: SearchSegmentRecord = { docs: Uint32Array.from(segmentDocs), open };
  if (segmentSizes) segment.sizes = Uint32Array.from(segmentSizes);
  await addSegment(tables, segment, builder.finish());
}

/** The numbers among `numbers` (ascending) whose documents are still stored. */
export async function liveNumbers(tables: SearchIndexTables, numbers: Uint32Array): Promise<Set<number>> {
  if (numbers.length === 0) return new Set();
  const keys = (await tables.docs
    .where(':id')
    .between(numbers[0]!, numbers[numbers.length - 1]!, true, true)
    .primaryKeys()) as number[];
  return new Set(keys);
}

/** The posting keys of a segment: its BUCKET_COUNT buckets, then its bigram vocabulary. */
function postingKeys(seg: number): number[] {
  return Array.from({ length: BUCKET_COUNT + 1 }, (_, bucket) => seg * POSTING_KEY_STRIDE + bucket);
}

/** A segment's bucket bytes (empty buckets, which are not stored, as zero-length arrays). */
export async function readSegmentBuckets(tables: SearchIndexTables, seg: number): Promise<Uint8Array[]> {
  const rows = (await tables.postings.bulkGet(postingKeys(seg).slice(0, BUCKET_COUNT))) as (SearchPostingRecord | undefined)[];
  return rows.map((row) => (row?.data as Uint8Array | undefined) ?? new Uint8Array(0));
}

/** A segment's bigram vocabulary. */
export async function readVocabulary(tables: SearchIndexTables, seg: number): Promise<Uint32Array> {
  const row = (await tables.postings.get(seg * POSTING_KEY_STRIDE + VOCABULARY_BUCKET)) as SearchPostingRecord | undefined;
  return (row?.data as Uint32Array | undefined) ?? new Uint32Array(0);
}

export async function deleteSegment(tables: SearchIndexTables, seg: number): Promise<void> {
  await tables.postings.bulkDelete(postingKeys(seg));
  await tables.segments.delete(seg);
}

/**
 * Stores a segment under a new number (numbers are never reused, so what a search cached of a
 * segment stays true) with its non-empty buckets and its bigram vocabulary.
 */
export async function addSegment(
  tables: SearchIndexTables,
  segment: SearchSegmentRecord,
  { buckets, bigrams }: { buckets: readonly Uint8Array[]; bigrams: Uint32Array },
): Promise<number> {
  const seg = (await tables.segments.add(segment)) as number;
  const rows: SearchPostingRecord[] = [];
  buckets.forEach((data, bucket) => data.length > 0 && rows.push({ k: seg * POSTING_KEY_STRIDE + bucket, data }));
  rows.push({ k: seg * POSTING_KEY_STRIDE + VOCABULARY_BUCKET, data: bigrams });
  await tables.postings.bulkAdd(rows);
  return seg;
}

// Backups leave the index out (it is derived from the data) and a restore rebuilds it, inside
// the restore's transaction, from the issues restored. Other kinds (notes, highlights, events)
// are re-indexed by their own features' restore hooks.
derivedTables.push('searchDocs', 'searchSegments', 'searchPostings');
afterRestoreHooks.push(async (db) => {
  await db.searchDocs.clear();
  await db.searchSegments.clear();
  await db.searchPostings.clear();
  const issues = await db.issues.toArray();
  for (let offset = 0; offset < issues.length; offset += 200) {
    const chunk = issues.slice(offset, offset + 200);
    const texts = await db.issueTexts.bulkGet(chunk.map((issue) => issue.id));
    await indexDocuments(
      db,
      chunk.flatMap((issue, index) => (texts[index] ? [issueSearchDoc(issue, texts[index].blocks)] : [])),
    );
  }
});
