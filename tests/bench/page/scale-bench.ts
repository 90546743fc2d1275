// The scale mode of `npm run bench` (tests/bench/scale.ts drives it): Readout's own paths on the
// app's database at a library size given by the runner, without the peers and the extra copies
// of the library that the ordinary run keeps (they are what no longer fit in memory at 30,000).
// Each function does one stage; the runner times the views (library, reader, Timeline, Notes)
// in the app itself between them.
import { seedSampleOnFirstStart } from '../../../renderer/src/data/jobs/sample';
import { addEntry } from '../../../renderer/src/data/lexicon/lexicon-edits';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { compactSearchIndex } from '../../../renderer/src/data/search/search-compaction';
import { findDocuments, searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { issueSearchText } from '../../../renderer/src/domain/search/documents';
import { foldText } from '../../../renderer/src/domain/search/fold';
import { runImport, sourcesFromChosenFiles } from '../../../renderer/src/ui/features/import/run-import';
import { syntheticLibrary } from '../synthetic-library';
import { recordBytes } from './record-bytes';
import { drawQueries, percentile } from './search-bench';

const SAMPLE_NAME = 'wuxi-leaders-week-2022-09-12.txt';
const IMPORT_BATCH = 1_000;
const encoder = new TextEncoder();

async function openApp(): Promise<ReadoutDatabase> {
  const db = new ReadoutDatabase();
  await db.open();
  return db;
}

/**
 * A new library of `size` synthetic issues through the app's own import (read, parse, store with
 * search index, proposed events and lexicon counts, in its chunked transactions), a thousand files
 * per import as an analyst would drop them; the time counts the import only, not making the files.
 */
export async function scaleImport(size: number, paragraphs: readonly string[], sampleText: string) {
  await ReadoutDatabase.delete('readout');
  const db = await openApp();
  await seedLexiconOnFirstStart(db);
  await seedSampleOnFirstStart(db, SAMPLE_NAME, sampleText);
  let importMs = 0;
  let textBytes = 0;
  let imported = 0;
  for (let offset = 0; offset < size; offset += IMPORT_BATCH) {
    const files = syntheticLibrary(Math.min(IMPORT_BATCH, size - offset), paragraphs, 9000 + offset).map((issue, index) => ({
      name: `scale-${offset + index}.txt`,
      bytes: encoder.encode(`${issue.text}\n(第${offset + index}号)`),
    }));
    textBytes += files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
    const start = performance.now();
    const { sources } = sourcesFromChosenFiles({ files, refused: [] });
    const outcomes = await runImport(db, sources, () => {}, new AbortController().signal);
    importMs += performance.now() - start;
    imported += outcomes.filter((outcome) => outcome.result === 'imported').length;
  }
  const compactionStart = performance.now();
  await compactSearchIndex(db);
  const compactionMs = performance.now() - compactionStart;
  const sample = await db.issues.where('origin').equals(SAMPLE_NAME).first();
  db.close();
  if (!sample) throw new Error('the sample issue was not stored');
  return { imported, importMs, issuesPerSecond: imported / (importMs / 1000), textBytes, compactionMs, sampleId: sample.id };
}

/**
 * What the library stores, table by table (bytes of the records: strings as UTF-8, binary as its
 * length), read a page at a time so the measure itself stays small; and the same records written
 * by a raw bulkPut into an empty database, page by page: the floor the import is compared with.
 */
export async function scaleStorage() {
  const db = await openApp();
  await ReadoutDatabase.delete('bench-scale-raw');
  const raw = new ReadoutDatabase('bench-scale-raw');
  await raw.open();
  const estimate = await navigator.storage.estimate();
  const tables: Record<string, { rows: number; bytes: number }> = {};
  let rawMs = 0;
  for (const table of db.tables) {
    const keyPath = table.schema.primKey.keyPath;
    const keyOf = (row: object) => (Array.isArray(keyPath) ? keyPath.map((path) => Reflect.get(row, path)) : Reflect.get(row, keyPath!));
    let rows = 0;
    let bytes = 0;
    let last: unknown = undefined;
    for (;;) {
      const page: object[] = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(2_000).toArray();
      if (page.length === 0) break;
      rows += page.length;
      for (const row of page) bytes += recordBytes(row);
      const start = performance.now();
      await raw.transaction('rw', raw.table(table.name), () => raw.table(table.name).bulkPut(page));
      rawMs += performance.now() - start;
      last = keyOf(page[page.length - 1]!);
    }
    tables[table.name] = { rows, bytes };
  }
  raw.close();
  db.close();
  await ReadoutDatabase.delete('bench-scale-raw');
  return { tables, rawMs, usageBytes: estimate.usage ?? 0 };
}

/**
 * Search latency on the whole library for queries drawn from a 2,000-issue sample of it, each
 * result checked against a scan of that sample's folded text: the index must return exactly the
 * sample issues the scan finds (the scan of the whole library is what the scale run cannot keep).
 */
export async function scaleSearch(sampleSize = 2_000, queryCount = 300) {
  const db = await openApp();
  const docs = (await db.searchDocs.toArray()).filter((doc) => doc.kind === 'issue');
  const step = Math.max(1, Math.floor(docs.length / sampleSize));
  const sample = docs.filter((_, index) => index % step === 0).slice(0, sampleSize);
  const folded = new Map<number, string>();
  for (const doc of sample) {
    const [issue, text] = await Promise.all([db.issues.get(doc.issueId!), db.issueTexts.get(doc.issueId!)]);
    folded.set(doc.n!, foldText(issueSearchText(issue!.title, text!.blocks).text));
  }
  const queries = drawQueries([...folded.values()], queryCount);
  for (const query of queries) await findDocuments(db, `"${query}"`);
  const latencies: number[] = [];
  let exact = 0;
  let found = 0;
  for (const query of queries) {
    const needle = foldText(query);
    const expected = [...folded].filter(([, text]) => text.includes(needle)).map(([n]) => n);
    const start = performance.now();
    const { numbers } = await findDocuments(db, `"${query}"`);
    latencies.push(performance.now() - start);
    found += numbers.length;
    const inSample = numbers.filter((n) => folded.has(n));
    if (inSample.length === expected.length && inSample.every((n, i) => n === expected[i])) exact += 1;
  }
  db.close();
  return {
    queries: queries.length,
    sampled: folded.size,
    exact,
    meanFound: found / queries.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
  };
}

/** On a freshly loaded page: the Search view's first search (results with snippets), then a second. */
export async function scaleColdSearch() {
  let start = performance.now();
  const db = await openApp();
  const first = await searchLibrary(db, '城市更新', { limit: 200 });
  const firstMs = performance.now() - start;
  start = performance.now();
  await searchLibrary(db, '招商引资', { limit: 200 });
  const secondMs = performance.now() - start;
  db.close();
  return { firstMs, firstTotal: first.total, secondMs };
}

/** The lexicon re-count after an analyst adds a phrase, through the app's edit and re-count. */
export async function scaleRecount() {
  const db = await openApp();
  const start = performance.now();
  const added = await addEntry(db, {
    phrase: '集成电路',
    variants: [],
    category: { name: '发展', colour: '#2563eb' },
    note: '',
    enabled: true,
  });
  if (!added.ok) throw new Error(added.problem.code);
  await finishPendingCounts(db);
  const ms = performance.now() - start;
  const issues = await db.lexiconCounts.where('entryId').equals(added.entry.id).count();
  db.close();
  return { ms, issues };
}
