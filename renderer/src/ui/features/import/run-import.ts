// Imports a batch of files: reads and parses each (in the parsing Worker, parse-in-worker.ts), then
// stores them in chunks, each chunk in one transaction, so a cancelled or failed batch leaves
// whole issues only and one bad file never stops the others. Chunks end on a count or a time budget, so progress and Cancel stay live.
// A file that is a new version of a stored issue is not stored: it waits in the report, where
// the user replaces the old text with it or keeps both (resolveNewVersion).
import type { DigestReadResult, ReadableDigest } from '../../../domain/import/read-digest-file';
import { MAX_DIGEST_BYTES } from '../../../domain/import/read-digest-file';
import type { ReadoutDatabase } from '../../../data/schema/db';
import { findPreviousVersions, replaceIssueText } from '../../../data/repositories/issue-versions';
import { storeIssues } from '../../../data/repositories/issues';
import { compactSearchIndexSoon } from '../../../data/search/search-compaction';
import { parseReader, readImportFileInWorker } from '../../../import-formats/parse-in-worker';
import type { ChosenFiles } from '../../../platform';
import type { FileOutcome, ImportProgress } from './import-outcome';

export interface ImportSource {
  name: string;
  read: () => DigestReadResult | Promise<DigestReadResult>;
}

/** A file of the current chunk: refused already, or read and waiting to be stored. */
type ChunkItem = { refused: FileOutcome } | { digest: ReadableDigest };

const CHUNK_MAX_FILES = 200;
// A chunk also ends after this much reading, so progress moves on a slow machine. Each chunk
// costs a transaction and a rewrite of the search index's open tail (search-index.ts), so a
// budget of 60 ms, which made chunks of three files on a loaded machine, cost more than it gave.
const CHUNK_MAX_MS = 250;
/** Files read (parsed in the Worker) ahead of the one being added to the chunk. */
const READ_AHEAD = 16;

export function sourcesFromChosenFiles(chosen: ChosenFiles): { sources: ImportSource[]; refusedEarly: FileOutcome[] } {
  return {
    sources: chosen.files.map((file) => ({ name: file.name, read: () => readImportFileInWorker(file.name, file.bytes) })),
    refusedEarly: chosen.refused.map((file) => ({
      name: file.name,
      result: 'refused',
      // The host already wrote a message naming the reason (too large, unreadable).
      refusal: { code: 'unreadable', detail: file.message },
    })),
  };
}

/**
 * A source for a browser File (dropped, pasted or chosen): read only when its turn comes, so a
 * batch of a thousand files never holds them all in memory, and never read at all when over the cap.
 */
export function sourceFromBlob(name: string, blob: Blob): ImportSource {
  return {
    name,
    read: async () => {
      if (blob.size > MAX_DIGEST_BYTES) return { ok: false, name, refusal: { code: 'tooLarge', size: blob.size, cap: MAX_DIGEST_BYTES } };
      try {
        return await readImportFileInWorker(name, new Uint8Array(await blob.arrayBuffer()));
      } catch (error) {
        return { ok: false, name, refusal: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
      }
    },
  };
}

/** Pasted text has the same cap as a file: its size is what a .txt of it would weigh (UTF-8). */
export function sourceFromPastedText(name: string, text: string): ImportSource {
  return {
    name,
    read: () => {
      const size = utf8Length(text);
      if (size > MAX_DIGEST_BYTES) return { ok: false, name, refusal: { code: 'tooLarge', size, cap: MAX_DIGEST_BYTES } };
      return parseReader()({ kind: 'text', name, text });
    },
  };
}

/** UTF-8 length counted without encoding a copy of a text that may be tens of MB. */
function utf8Length(text: string): number {
  let size = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) size += 1;
    else if (unit < 0x800) size += 2;
    // A surrogate pair is one 4-byte character; each half counts 2 here.
    else if (unit >= 0xd800 && unit <= 0xdfff) size += 2;
    else size += 3;
  }
  return size;
}

export async function runImport(
  db: ReadoutDatabase,
  sources: readonly ImportSource[],
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
  { chunkMaxFiles = CHUNK_MAX_FILES } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  // Reads run ahead of the chunk being stored: the Worker parses the next files while a chunk's
  // transaction runs, where reading one file at a time left one side idle while the other worked.
  const ahead: Promise<DigestReadResult>[] = [];
  let requested = 0;
  const readAhead = () => {
    while (requested < sources.length && ahead.length < READ_AHEAD) ahead.push(Promise.resolve(sources[requested++]!.read()));
  };
  let next = 0;
  while (next < sources.length && !signal.aborted) {
    const chunkStart = performance.now();
    const chunk: ChunkItem[] = [];
    while (next < sources.length && chunk.length < chunkMaxFiles && performance.now() - chunkStart < CHUNK_MAX_MS && !signal.aborted) {
      readAhead();
      const source = sources[next++]!;
      const read = await ahead.shift()!;
      chunk.push(read.ok ? { digest: read.digest } : { refused: { name: source.name, result: 'refused', refusal: read.refusal } });
    }
    readAhead();
    outcomes.push(...(await storeChunk(db, chunk)));
    onProgress({ done: next, total: sources.length });
    // Yield to the event loop so the progress display and the Cancel button stay responsive.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // The batch re-indexed people whose documents in earlier segments are now dead: the search
  // index is compacted in the background, after the report is shown (search-compaction.ts).
  if (outcomes.some((outcome) => outcome.result === 'imported')) void compactSearchIndexSoon(db);
  return outcomes;
}

async function storeChunk(db: ReadoutDatabase, chunk: readonly ChunkItem[]): Promise<FileOutcome[]> {
  const digests = chunk.flatMap((item) => ('digest' in item ? [item.digest] : []));
  try {
    const previous = await findPreviousVersions(db, digests);
    const toStore = digests.filter((_, index) => previous[index] === null);
    const stored = toStore.length > 0 ? await storeIssues(db, toStore) : [];
    const duplicateTitles = await titlesOf(
      db,
      stored.flatMap((result) => (result.status === 'duplicate' ? [result.id] : [])),
    );
    let digestIndex = 0;
    let storedIndex = 0;
    return chunk.map((item): FileOutcome => {
      if ('refused' in item) return item.refused;
      const { digest } = item;
      const earlier = previous[digestIndex++];
      if (earlier) return { name: digest.name, result: 'newVersion', issueId: earlier.id, title: earlier.title, digest };
      const { status, id } = stored[storedIndex++]!;
      if (status === 'duplicate') return { name: digest.name, result: 'duplicate', issueId: id, title: duplicateTitles.get(id) };
      return { name: digest.name, result: 'imported', issueId: id, format: digest.format, encoding: digest.encoding };
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return chunk.map((item) =>
      'refused' in item ? item.refused : { name: item.digest.name, result: 'refused', refusal: { code: 'storeFailed', detail } },
    );
  }
}

async function titlesOf(db: ReadoutDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const issues = await db.issues.bulkGet([...new Set(ids)]);
  return new Map(issues.flatMap((issue) => (issue ? [[issue.id, issue.title] as const] : [])));
}

/**
 * Settles a file waiting as a new version: `replace` puts its text in place of the stored
 * issue's (highlights re-anchored, events proposed again, reviewed events and tags kept); `keep-both` imports it as an issue of
 * its own. Returns the file's final outcome for the report.
 */
export async function resolveNewVersion(
  db: ReadoutDatabase,
  outcome: Extract<FileOutcome, { result: 'newVersion' }>,
  choice: 'replace' | 'keep-both',
): Promise<FileOutcome> {
  const { name, digest } = outcome;
  try {
    if (choice === 'replace') {
      const { issueId, highlights, events } = await replaceIssueText(db, outcome.issueId, digest);
      return {
        name,
        result: 'updated',
        issueId,
        title: digest.parsed.title || outcome.title,
        orphaned: highlights.orphaned + highlights.fuzzy,
        eventsToReview: events.needReview,
      };
    }
    const [stored] = await storeIssues(db, [digest]);
    if (!stored) throw new Error('storeIssues returned no result');
    return stored.status === 'duplicate'
      ? { name, result: 'duplicate', issueId: stored.id }
      : { name, result: 'imported', issueId: stored.id, format: digest.format, encoding: digest.encoding };
  } catch (error) {
    return { name, result: 'refused', refusal: { code: 'storeFailed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
