// The in-browser half of `npm run bench`: measurements that must run in Chromium against the
// app's own code and a real IndexedDB. tests/bench/run.ts drives this page and prints the results.
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { issueRecordsFor, storeIssues } from '../../../renderer/src/data/repositories/issues';
import { seedSampleOnFirstStart } from '../../../renderer/src/data/jobs/sample';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import { parseDigest } from '../../../renderer/src/domain/digest/parse-digest';
import { readDigestBytes, type ReadableDigest } from '../../../renderer/src/domain/import/read-digest-file';
import { runImport, sourcesFromChosenFiles } from '../../../renderer/src/ui/features/import/run-import';
import { corpusParagraphs, syntheticLibrary } from '../synthetic-library';
import { searchBench, searchColdStart } from './search-bench';
import { mixedImportBench } from './import-formats-bench';
import { extractionThroughput, seedAppEvents } from './events-bench';
import { reanchorBench, seedSampleHighlights } from './highlights-bench';
import { docxBench } from './export-bench';
import { seedLibraryHighlights } from './notes-bench';
import { trashBench } from './trash-bench';
import { lexiconRecountBench } from './lexicon-bench';
import { trendsChartBench } from './trends-bench';
import { lexiconMarkBench, setMarkLexicon } from './lexicon-marks-bench';
import { scaleColdSearch, scaleImport, scaleRecount, scaleSearch, scaleStorage } from './scale-bench';

const corpusTexts = Object.values(
  import.meta.glob<string>('../../../../shared/corpus/*.txt', { query: '?raw', import: 'default', eager: true }),
);
const sampleText = corpusTexts.find((text) => text.startsWith('市(县)区委书记、市(县)区长一周|9.12-9.18')) ?? '';
const paragraphs = corpusParagraphs(corpusTexts);
const encoder = new TextEncoder();

function library(count: number, seed: number) {
  return syntheticLibrary(count, paragraphs, seed).map((issue) => ({ name: issue.name, bytes: encoder.encode(issue.text) }));
}

function digestsOf(files: { name: string; bytes: Uint8Array }[]): ReadableDigest[] {
  return files.map((file) => {
    const read = readDigestBytes(file.name, file.bytes);
    if (!read.ok) throw new Error(`synthetic issue ${file.name} refused: ${read.refusal.code}`);
    return read.digest;
  });
}

async function freshDb(name: string): Promise<ReadoutDatabase> {
  await ReadoutDatabase.delete(name);
  const db = new ReadoutDatabase(name);
  await db.open();
  return db;
}

/** Parse throughput over a synthetic library, in MB of UTF-8 text per second. */
function parseThroughput(count: number): { issues: number; megabytes: number; seconds: number; mbPerSecond: number } {
  const texts = syntheticLibrary(count, paragraphs, 7).map((issue) => issue.text);
  const bytes = texts.reduce((sum, text) => sum + encoder.encode(text).byteLength, 0);
  parseDigest(texts[0] ?? ''); // warm up the JIT on one issue
  const start = performance.now();
  let blocks = 0;
  for (const text of texts) blocks += parseDigest(text).blocks.length;
  const seconds = (performance.now() - start) / 1000;
  if (blocks === 0) throw new Error('synthetic library parsed to no blocks');
  return { issues: count, megabytes: bytes / 1e6, seconds, mbPerSecond: bytes / 1e6 / seconds };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median of a few rounds, since one round of IndexedDB writes varies by ±15 % here. */
async function importVersusBulkPut(count: number, rounds = 3) {
  const results = [];
  for (let round = 0; round < rounds; round++) results.push(await importRound(count));
  const rawMs = median(results.map((result) => result.rawMs));
  const importMs = median(results.map((result) => result.importMs));
  const storeMs = median(results.map((result) => result.storeMs));
  const rawAllMs = median(results.map((result) => result.rawAllMs));
  return {
    rawAllMs,
    recordCount: results[0]!.recordCount,
    storeVsAllRatio: storeMs / rawAllMs,
    count,
    rounds,
    imported: results[0]!.imported,
    rawMs,
    importMs,
    storeMs,
    importRatio: importMs / rawMs,
    storeRatio: storeMs / rawMs,
  };
}

/** The app's import (read, parse, store in chunked transactions) against a raw bulkPut of the same records. */
async function importRound(count: number) {
  const files = library(count, 11);
  const digests = digestsOf(files);
  const records = digests.map((digest) => issueRecordsFor(digest, new Date()));

  const rawDb = await freshDb('bench-raw');
  let start = performance.now();
  await rawDb.transaction('rw', rawDb.issues, rawDb.issueTexts, async () => {
    await rawDb.issues.bulkPut(records.map((record) => record.issue));
    await rawDb.issueTexts.bulkPut(records.map((record) => record.text));
  });
  const rawMs = performance.now() - start;
  rawDb.close();

  const appDb = await freshDb('bench-import');
  start = performance.now();
  const { sources } = sourcesFromChosenFiles({ files, refused: [] });
  const outcomes = await runImport(appDb, sources, () => {}, new AbortController().signal);
  const importMs = performance.now() - start;
  const imported = outcomes.filter((outcome) => outcome.result === 'imported').length;
  appDb.close();

  // The store alone: the same records through the app's store path without parsing.
  const storeDb = await freshDb('bench-store');
  start = performance.now();
  for (let i = 0; i < digests.length; i += 200) await storeIssues(storeDb, digests.slice(i, i + 200));
  const storeMs = performance.now() - start;

  // A raw bulkPut of everything the import wrote (issues, texts, events, people, search index):
  // the import path's own overhead, apart from the cost of the records it adds.
  const written = await Promise.all(storeDb.tables.map(async (table) => [table.name, await table.toArray()] as const));
  storeDb.close();
  const allDb = await freshDb('bench-raw-all');
  start = performance.now();
  await allDb.transaction('rw', allDb.tables, async () => {
    for (const [name, rows] of written) await allDb.table(name).bulkPut(rows);
  });
  const rawAllMs = performance.now() - start;
  const recordCount = written.reduce((sum, [, rows]) => sum + rows.length, 0);
  allDb.close();

  return { imported, rawMs, importMs, storeMs, rawAllMs, recordCount };
}

/** Fills the app's own database with a library, as a user with that many issues would have it. */
async function seedAppLibrary(count: number) {
  const db = await freshDb('readout');
  const batch = 500;
  for (let offset = 0; offset < count; offset += batch) {
    const files = syntheticLibrary(Math.min(batch, count - offset), paragraphs, 1000 + offset).map((issue, index) => ({
      name: `lib-${offset + index}.txt`,
      bytes: encoder.encode(`${issue.text}\n(第${offset + index}号)`),
    }));
    const records = digestsOf(files).map((digest) => issueRecordsFor(digest, new Date()));
    await db.transaction('rw', db.issues, db.issueTexts, async () => {
      await db.issues.bulkPut(records.map((record) => record.issue));
      await db.issueTexts.bulkPut(records.map((record) => record.text));
    });
  }
  // A library of today has its lexicon and its counts (schema 10), counted here rather than by the
  // app's background re-count, which would otherwise run during the library's first render.
  await seedLexiconOnFirstStart(db);
  await finishPendingCounts(db);
  await seedSampleOnFirstStart(db, 'wuxi-leaders-week-2022-09-12.txt', sampleText);
  const total = await db.issues.count();
  const sample = await db.issues.filter((issue) => issue.origin === 'wuxi-leaders-week-2022-09-12.txt').first();
  db.close();
  if (!sample) throw new Error('the sample issue was not stored');
  return { issues: total, sampleId: sample.id };
}

declare global {
  interface Window {
    readoutBench: {
      parseThroughput: typeof parseThroughput;
      importVersusBulkPut: typeof importVersusBulkPut;
      seedAppLibrary: typeof seedAppLibrary;
      searchBench: (count: number) => ReturnType<typeof searchBench>;
      searchColdStart: typeof searchColdStart;
      extractionThroughput: (count: number) => ReturnType<typeof extractionThroughput>;
      seedAppEvents: (count: number) => ReturnType<typeof seedAppEvents>;
      reanchorBench: (count: number) => ReturnType<typeof reanchorBench>;
      seedSampleHighlights: typeof seedSampleHighlights;
      mixedImportBench: (count: number) => ReturnType<typeof mixedImportBench>;
      docxBench: typeof docxBench;
      seedLibraryHighlights: typeof seedLibraryHighlights;
      trashBench: (highlights: number) => ReturnType<typeof trashBench>;
      lexiconRecountBench: (count: number) => ReturnType<typeof lexiconRecountBench>;
      trendsChartBench: typeof trendsChartBench;
      lexiconMarkBench: (size: number) => ReturnType<typeof lexiconMarkBench>;
      setMarkLexicon: typeof setMarkLexicon;
      scaleImport: (size: number) => ReturnType<typeof scaleImport>;
      scaleStorage: typeof scaleStorage;
      scaleSearch: typeof scaleSearch;
      scaleColdSearch: typeof scaleColdSearch;
      scaleRecount: typeof scaleRecount;
    };
  }
}

window.readoutBench = {
  parseThroughput,
  // The scale mode (tests/bench/scale.ts): the app's own paths on one library of the size asked for.
  scaleImport: (size: number) => scaleImport(size, paragraphs, sampleText),
  scaleStorage,
  scaleSearch,
  scaleColdSearch,
  scaleRecount,
  // Export: the Word brief of the sample with its 1,000 highlights.
  docxBench,
  // Notes view: highlights spread over the library, for its first render.
  seedLibraryHighlights,
  // Highlights: re-anchoring against the approx-string-match peer; 1,000 highlights on the sample.
  reanchorBench: (count: number) => reanchorBench(count, paragraphs),
  seedSampleHighlights,
  // Lexicon marks: one issue marked with a 1,000-phrase lexicon; the reader's marks on or off.
  lexiconMarkBench: (size: number) => lexiconMarkBench(sampleText, paragraphs, size),
  setMarkLexicon,
  // The Trash: moving and restoring the sample with 1,000 highlights.
  trashBench: (highlights: number) => trashBench(sampleText, highlights),
  // Lexicon: re-counting the library after an edit, on a synthetic library of its own.
  lexiconRecountBench: (count: number) =>
    lexiconRecountBench(async function* () {
      for (let offset = 0; offset < count; offset += 500) {
        const files = syntheticLibrary(Math.min(500, count - offset), paragraphs, 5000 + offset).map((issue, index) => ({
          name: `lexicon-${offset + index}.txt`,
          bytes: encoder.encode(`${issue.text}\n(第${offset + index}号)`),
        }));
        yield digestsOf(files).map((digest) => issueRecordsFor(digest, new Date()));
      }
    }),
  // Trends: the first chart of the Trends view over 10,000 issues.
  trendsChartBench,
  // Events: extraction throughput and 100,000 stored events for the Timeline.
  extractionThroughput: (count: number) => extractionThroughput(count, paragraphs),
  seedAppEvents: (count: number) => seedAppEvents(count, paragraphs),
  importVersusBulkPut,
  // Import formats: 1,000 mixed files (text in four encodings, web pages, Word) against a raw bulkPut.
  mixedImportBench: (count: number) => mixedImportBench(count, paragraphs),
  seedAppLibrary,
  searchColdStart,
  searchBench: (count: number) =>
    // Search: the library in batches of 500, generated as needed (seeded like seedAppLibrary's).
    searchBench(async function* () {
      for (let offset = 0; offset < count; offset += 500) {
        const files = syntheticLibrary(Math.min(500, count - offset), paragraphs, 3000 + offset).map((issue, index) => ({
          name: `search-${offset + index}.txt`,
          bytes: encoder.encode(`${issue.text}\n(第${offset + index}号)`),
        }));
        yield digestsOf(files);
      }
    }),
};
document.getElementById('state')!.textContent = 'ready';
