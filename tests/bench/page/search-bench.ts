// The search half of `npm run bench` (in Chromium, real IndexedDB): on a library of N issues,
// index build time, the import slowdown the index causes, the index size once the library is
// imported (after the compaction the import runner starts after a batch, timed), time to the
// first search after a cold start, and query latency with exact results — beside a brute-force
// scan of the same folded text in memory and beside FlexSearch (its CJK preset, and bigrams +
// verification).
import { Charset, Index } from 'flexsearch';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { issueRecordsFor, storeIssues } from '../../../renderer/src/data/repositories/issues';
import { findDocuments, searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { compactSearchIndex } from '../../../renderer/src/data/search/search-compaction';
import { indexDocuments, searchIndexTables } from '../../../renderer/src/data/search/search-index';
import { issueSearchDoc, issueSearchText } from '../../../renderer/src/domain/search/documents';
import { foldText, getFoldTable } from '../../../renderer/src/domain/search/fold';
import type { ReadableDigest } from '../../../renderer/src/domain/import/read-digest-file';
import { mulberry32 } from '../synthetic-library';

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function freshDb(name: string): Promise<ReadoutDatabase> {
  await ReadoutDatabase.delete(name);
  const db = new ReadoutDatabase(name);
  await db.open();
  return db;
}

export function drawQueries(texts: readonly string[], count: number): string[] {
  const random = mulberry32(5);
  const queries = new Set<string>();
  for (const text of texts.slice(0, 50)) {
    for (const match of text.matchAll(/(?:书记|区长|市长|县长)([\u4e00-\u9fa5]{2,3})(?:主持|调研|率队|出席)/g))
      if (queries.size < count / 6) queries.add(match[1]!);
  }
  queries.add('465').add('城市更新').add('招商引资').add('许峰');
  while (queries.size < count) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const length = 2 + Math.floor(random() * 7);
    const start = Math.floor(random() * (text.length - length));
    const piece = text.slice(start, start + length);
    if (!/[\s"“”「」:：-]/.test(piece)) queries.add(piece);
    else if (/^\d{2,}$/.test(piece.trim())) queries.add(piece.trim());
  }
  return [...queries];
}

function bigrams(folded: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) if (!/\s/.test(folded[i]!) && !/\s/.test(folded[i + 1]!)) out.add(folded.slice(i, i + 2));
  return [...out];
}

function quality(found: readonly number[], expected: readonly number[]) {
  const want = new Set(expected);
  const hits = found.filter((id) => want.has(id)).length;
  return { recall: expected.length ? hits / expected.length : 1, precision: found.length ? hits / found.length : 1 };
}

/** The stored bytes of the index's records: posting buckets, segment rows, document rows. */
async function indexSize(db: ReadoutDatabase) {
  let postingBytes = 0;
  let postingRecords = 0;
  await db.searchPostings.each((record) => {
    postingBytes += record.data.byteLength + 8;
    postingRecords += 1;
  });
  let segmentBytes = 0;
  let segments = 0;
  await db.searchSegments.each((record) => {
    segmentBytes += record.docs.byteLength + (record.sizes?.byteLength ?? 0) + 16;
    segments += 1;
  });
  let docBytes = 0;
  await db.searchDocs.each((record) => (docBytes += JSON.stringify(record).length * 2));
  return { bytes: postingBytes + segmentBytes + docBytes, postingRecords, segments };
}

export async function searchBench(digestBatches: () => AsyncGenerator<ReadableDigest[]>, queryCount = 300) {
  const foldTableStart = performance.now();
  getFoldTable();
  const foldTableMs = performance.now() - foldTableStart;

  // Import without the index (the same records, same chunking, issues + texts only) vs the app's store path.
  const plain = await freshDb('bench-search-plain');
  let start = performance.now();
  let issues = 0;
  for await (const batch of digestBatches()) {
    const records = batch.map((digest) => issueRecordsFor(digest, new Date()));
    await plain.transaction('rw', plain.issues, plain.issueTexts, async () => {
      await plain.issues.bulkAdd(records.map((record) => record.issue));
      await plain.issueTexts.bulkAdd(records.map((record) => record.text));
    });
    issues += batch.length;
  }
  const plainMs = performance.now() - start;
  plain.close();
  await ReadoutDatabase.delete('bench-search-plain');

  // The same import with the index written in the same transaction, and nothing else (no events): the index's own cost.
  const indexOnly = await freshDb('bench-search-index-only');
  start = performance.now();
  for await (const batch of digestBatches()) {
    const records = batch.map((digest) => issueRecordsFor(digest, new Date()));
    await indexOnly.transaction('rw', [indexOnly.issues, indexOnly.issueTexts, ...searchIndexTables(indexOnly)], async () => {
      await indexOnly.issues.bulkAdd(records.map((record) => record.issue));
      await indexOnly.issueTexts.bulkAdd(records.map((record) => record.text));
      await indexDocuments(
        indexOnly,
        records.map((record) => issueSearchDoc(record.issue, record.text.blocks)),
      );
    });
  }
  const indexOnlyMs = performance.now() - start;
  indexOnly.close();
  await ReadoutDatabase.delete('bench-search-index-only');

  const estimateBefore = await navigator.storage.estimate();
  const db = await freshDb('bench-search');
  start = performance.now();
  for await (const batch of digestBatches()) await storeIssues(db, batch);
  const indexedMs = performance.now() - start;
  const estimateAfter = await navigator.storage.estimate();

  // The compaction the import runner starts after a batch (the whole library as one batch), timed.
  const beforeCompaction = await indexSize(db);
  start = performance.now();
  const compaction = await compactSearchIndex(db);
  const compactionMs = performance.now() - start;
  const { postingRecords, segments, bytes: indexBytes } = await indexSize(db);

  // The brute-force side: every issue's folded searchable text in memory. (People found in the
  // issues are indexed too; the comparison is over issue text, so only issue documents count.)
  const docs = (await db.searchDocs.toArray()).filter((doc) => doc.kind === 'issue');
  const folded = new Map<number, string>();
  for (const doc of docs) {
    const [issue, text] = await Promise.all([db.issues.get(doc.issueId!), db.issueTexts.get(doc.issueId!)]);
    folded.set(doc.n!, foldText(issueSearchText(issue!.title, text!.blocks).text));
  }
  const queries = drawQueries([...folded.values()], queryCount);
  db.close();

  // The queries run on a new connection; the cold start itself is measured after a page reload (searchColdStart).
  const cold = new ReadoutDatabase('bench-search');
  await cold.open();

  // Warm: one pass to fill the caches, then the timed pass.
  for (const query of queries) await findDocuments(cold, `"${query}"`);
  const latencies: number[] = [];
  let exact = 0;
  const expectedOf = new Map<string, number[]>();
  const bruteLatencies: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    const needle = foldText(query);
    const expected: number[] = [];
    for (const [n, text] of folded) if (text.includes(needle)) expected.push(n);
    bruteLatencies.push(performance.now() - t0);
    expectedOf.set(query, expected);
    const t1 = performance.now();
    const { numbers: all } = await findDocuments(cold, `"${query}"`);
    latencies.push(performance.now() - t1);
    const numbers = all.filter((n) => folded.has(n));
    if (numbers.length === expected.length && numbers.every((n, i) => n === expected[i])) exact += 1;
  }
  cold.close();

  // FlexSearch on the same texts and queries.
  const flex = (name: string, make: () => Index, verify: boolean) => {
    const index = make();
    const t0 = performance.now();
    for (const [n, text] of folded) index.add(n, text);
    const buildMs = performance.now() - t0;
    const times: number[] = [];
    let recall = 0;
    let precision = 0;
    for (const query of queries) {
      const needle = foldText(query);
      const t1 = performance.now();
      let found = index.search(needle, { limit: 1_000_000 }) as number[];
      if (verify) found = found.filter((n) => folded.get(n)!.includes(needle));
      times.push(performance.now() - t1);
      const q = quality(found, expectedOf.get(query)!);
      recall += q.recall;
      precision += q.precision;
    }
    return {
      name,
      buildMs,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      recall: recall / queries.length,
      precision: precision / queries.length,
    };
  };
  const flexResults = [
    flex('FlexSearch CJK preset', () => new Index({ encoder: Charset.CJK }), false),
    flex('FlexSearch CJK preset, context', () => new Index({ encoder: Charset.CJK, context: true }), false),
    flex('FlexSearch bigrams + verification', () => new Index({ tokenize: 'strict', encoder: (text: string) => bigrams(text) }), true),
  ];

  return {
    issues,
    queries: queries.length,
    foldTableMs,
    plainMs,
    indexedMs,
    importSlowdown: indexedMs / plainMs,
    indexOnlyMs,
    indexOnlySlowdown: indexOnlyMs / plainMs,
    indexBuildMs: indexOnlyMs - plainMs,
    postingRecords,
    indexBytes,
    segments,
    indexBytesBeforeCompaction: beforeCompaction.bytes,
    segmentsBeforeCompaction: beforeCompaction.segments,
    compactionMs,
    compaction,
    estimateDeltaBytes: (estimateAfter.usage ?? 0) - (estimateBefore.usage ?? 0),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    exact,
    bruteP50: percentile(bruteLatencies, 0.5),
    bruteP95: percentile(bruteLatencies, 0.95),
    flex: flexResults,
  };
}

/**
 * Time to the first search after a cold start: called on a freshly loaded page (nothing in
 * memory, the fold table not built), it opens the library built by searchBench and runs the
 * search the Search view runs (results with snippets), then a second one; then deletes the library.
 */
export async function searchColdStart() {
  let start = performance.now();
  const db = new ReadoutDatabase('bench-search');
  await db.open();
  const first = await searchLibrary(db, '城市更新', { limit: 200 });
  const firstSearchMs = performance.now() - start;
  start = performance.now();
  const second = await searchLibrary(db, '招商引资', { limit: 200 });
  const secondSearchMs = performance.now() - start;
  db.close();
  await ReadoutDatabase.delete('bench-search');
  return { firstSearchMs, firstTotal: first.total, secondSearchMs, secondTotal: second.total };
}
