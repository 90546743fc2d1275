// Compaction of the search index: rewrites the segments whose documents were removed or
// re-indexed, without them (domain/search/compaction.ts says which segments are worth it,
// domain/search/segment.ts compactBuckets rewrites the bytes). Each segment is rewritten in a
// transaction of its own, under a new number, so a search reads either the old segment or the
// new one (search-engine.ts reads its lists and rows in one transaction), never half of each, and
// finds exactly what it found before.
//
// When it runs: after an import batch has been stored (run-import.ts starts it and does not wait
// for it: the report shows at once, and the segments are rewritten one by one, yielding between
// them, while the analyst reads) and once in idle time after start-up (for what edits, deletions
// and new versions left since). An import is what makes garbage in bulk: every chunk re-indexes
// the people whose titles it adds to, so the person documents of earlier chunks die, spread over
// every segment. Collecting it after the batch rather than after each chunk rewrites a segment
// once per batch, not once per chunk; the import itself pays nothing. Small writes need no run of
// their own: the open tail drops its dead documents whenever the next write merges it.
//
// Avoiding the garbage instead: a person is re-indexed only when their indexed text changes
// (events.ts), but a new title does change it. Indexing only the added title under the person's
// number would leave no garbage, but one document would then span segments, so the matches of
// consecutive segments would overlap and every query would have to merge rather than join them
// (search-engine.ts numbersMatching); a segment rewrite after the batch costs less than that.
import { segmentsToCompact, keepDocuments, COMPACT_DEAD_SHARE } from '../../domain/search/compaction';
import { compactBuckets } from '../../domain/search/segment';
import type { ReadoutDatabase } from '../schema/db';
import { addSegment, deleteSegment, liveNumbers, readSegmentBuckets, readVocabulary, type SearchIndexTables } from './search-index';
import type { SearchSegmentRecord } from '../records';

export interface CompactionReport {
  /** Segments rewritten, and those deleted because none of their documents was left. */
  rewritten: number;
  deleted: number;
  /** Dead documents whose postings were dropped. */
  documentsDropped: number;
  /** Posting bytes of the segments compacted, before and after. */
  bytesBefore: number;
  bytesAfter: number;
}

const byteLength = (buckets: readonly Uint8Array[]) => buckets.reduce((sum, bucket) => sum + bucket.byteLength, 0);

function tablesOf(db: ReadoutDatabase): SearchIndexTables {
  return { docs: db.searchDocs, segments: db.searchSegments, postings: db.searchPostings };
}

/**
 * Compacts every sealed segment whose dead share reaches `minDeadShare`, one transaction per
 * segment, yielding to the event loop between them. Stops early (between segments) on `signal`.
 */
export async function compactSearchIndex(
  db: ReadoutDatabase,
  { minDeadShare = COMPACT_DEAD_SHARE, signal }: { minDeadShare?: number; signal?: AbortSignal } = {},
): Promise<CompactionReport> {
  const report: CompactionReport = { rewritten: 0, deleted: 0, documentsDropped: 0, bytesBefore: 0, bytesAfter: 0 };
  const [segments, numbers] = await db.transaction('r', db.searchSegments, db.searchDocs, () =>
    Promise.all([db.searchSegments.toArray(), db.searchDocs.toCollection().primaryKeys() as Promise<number[]>]),
  );
  const live = new Set(numbers);
  for (const segment of segmentsToCompact(segments, (n) => live.has(n), minDeadShare)) {
    if (signal?.aborted) break;
    const done = await compactSegment(db, segment.seg!);
    if (done) {
      report.rewritten += done.deleted ? 0 : 1;
      report.deleted += done.deleted ? 1 : 0;
      report.documentsDropped += done.documentsDropped;
      report.bytesBefore += done.bytesBefore;
      report.bytesAfter += done.bytesAfter;
    }
    // One segment at a time, so the analyst's clicks and searches come in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return report;
}

/**
 * Rewrites one sealed segment without its dead documents, in one transaction (null when there is
 * nothing to do: the segment is gone, open, or has no dead document any more).
 */
export function compactSegment(
  db: ReadoutDatabase,
  seg: number,
): Promise<{ deleted: boolean; documentsDropped: number; bytesBefore: number; bytesAfter: number } | null> {
  const tables = tablesOf(db);
  return db.transaction('rw', db.searchDocs, db.searchSegments, db.searchPostings, async () => {
    const segment = (await db.searchSegments.get(seg)) as SearchSegmentRecord | undefined;
    if (!segment || segment.open) return null;
    const live = await liveNumbers(tables, segment.docs);
    const kept = keepDocuments(segment, (n) => live.has(n));
    if (kept.dropped === 0) return null;
    const last = (await db.searchSegments.orderBy(':id').last()) as SearchSegmentRecord | undefined;
    const buckets = await readSegmentBuckets(tables, seg);
    const vocabulary = await readVocabulary(tables, seg);
    const bytesBefore = byteLength(buckets) + vocabulary.byteLength;
    await deleteSegment(tables, seg);
    if (kept.docs.length === 0) return { deleted: true, documentsDropped: kept.dropped, bytesBefore, bytesAfter: 0 };
    const compacted = compactBuckets(buckets, kept.newLocal);
    const rewritten: SearchSegmentRecord = { docs: kept.docs, open: false };
    if (kept.sizes) rewritten.sizes = kept.sizes;
    await addSegment(tables, rewritten, compacted);
    // Writes take the last segment for the open tail: an open tail stays last, so it moves after this one.
    if (last?.open) await moveSegment(tables, last);
    return {
      deleted: false,
      documentsDropped: kept.dropped,
      bytesBefore,
      bytesAfter: byteLength(compacted.buckets) + compacted.bigrams.byteLength,
    };
  });
}

/** Stores a segment again under a new (the last) number, as it is. */
async function moveSegment(tables: SearchIndexTables, segment: SearchSegmentRecord): Promise<void> {
  const buckets = await readSegmentBuckets(tables, segment.seg!);
  const bigrams = await readVocabulary(tables, segment.seg!);
  await deleteSegment(tables, segment.seg!);
  const { seg: _old, ...rest } = segment;
  await addSegment(tables, rest, { buckets, bigrams });
}

/** The background run of each library, and whether it was asked for again while it ran. */
const runs = new WeakMap<ReadoutDatabase, { running: Promise<void>; again: boolean }>();

/**
 * Starts a compaction in the background (after an import batch, in idle time); a request while
 * one runs makes it run once more when done. It never fails loudly: a compaction that cannot
 * finish (the library closed, a write failed) leaves the index as it was — correct, only larger —
 * and the next run tries again.
 */
export function compactSearchIndexSoon(db: ReadoutDatabase): Promise<void> {
  const state = runs.get(db);
  if (state) {
    state.again = true;
    return state.running;
  }
  const entry = { running: Promise.resolve(), again: false };
  runs.set(db, entry);
  entry.running = (async () => {
    try {
      do {
        entry.again = false;
        await compactSearchIndex(db).catch(() => undefined);
      } while (entry.again);
    } finally {
      runs.delete(db);
    }
  })();
  return entry.running;
}

/** The background run in progress, if any (what a caller that must see its result waits for). */
export function backgroundCompaction(db: ReadoutDatabase): Promise<void> | undefined {
  return runs.get(db)?.running;
}
