// Imports a batch of files: reads and parses each, then stores them in chunks, each chunk in one
// transaction, so a cancelled or failed batch leaves whole issues only and one bad file never
// stops the others. Chunks end on a count or a time budget, so progress and Cancel stay live.
import { readDigestBytes, readDigestText, type DigestReadResult, type ReadableDigest } from '../../../domain/import/read-digest-file';
import type { ReadoutDatabase } from '../../../data/db';
import { storeIssues } from '../../../data/repositories/issues';
import type { ChosenFiles } from '../../../platform';
import type { FileOutcome, ImportProgress } from './import-outcome';

export interface ImportSource {
  name: string;
  read: () => DigestReadResult;
}

/** A file of the current chunk: refused already, or read and waiting to be stored. */
type ChunkItem = { refused: FileOutcome } | { digest: ReadableDigest };

const CHUNK_MAX_FILES = 200;
const CHUNK_MAX_MS = 60;

export function sourcesFromChosenFiles(chosen: ChosenFiles): { sources: ImportSource[]; refusedEarly: FileOutcome[] } {
  return {
    sources: chosen.files.map((file) => ({ name: file.name, read: () => readDigestBytes(file.name, file.bytes) })),
    refusedEarly: chosen.refused.map((file) => ({
      name: file.name,
      result: 'refused',
      // The host already wrote a message naming the reason (too large, unreadable).
      refusal: { code: 'unreadable', detail: file.message },
    })),
  };
}

export function sourceFromPastedText(name: string, text: string): ImportSource {
  return { name, read: () => readDigestText(name, text) };
}

export async function runImport(
  db: ReadoutDatabase,
  sources: readonly ImportSource[],
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
  { chunkMaxFiles = CHUNK_MAX_FILES } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  let next = 0;
  while (next < sources.length && !signal.aborted) {
    const chunkStart = performance.now();
    const chunk: ChunkItem[] = [];
    while (next < sources.length && chunk.length < chunkMaxFiles && performance.now() - chunkStart < CHUNK_MAX_MS) {
      const source = sources[next++]!;
      const read = source.read();
      chunk.push(read.ok ? { digest: read.digest } : { refused: { name: source.name, result: 'refused', refusal: read.refusal } });
    }
    outcomes.push(...(await storeChunk(db, chunk)));
    onProgress({ done: next, total: sources.length });
    // Yield to the event loop so the progress display and the Cancel button stay responsive.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return outcomes;
}

async function storeChunk(db: ReadoutDatabase, chunk: readonly ChunkItem[]): Promise<FileOutcome[]> {
  const digests = chunk.flatMap((item) => ('digest' in item ? [item.digest] : []));
  try {
    const stored = digests.length > 0 ? await storeIssues(db, digests) : [];
    let storedIndex = 0;
    return chunk.map((item) => {
      if ('refused' in item) return item.refused;
      const { status, id } = stored[storedIndex++]!;
      return { name: item.digest.name, result: status, issueId: id };
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return chunk.map((item) =>
      'refused' in item ? item.refused : { name: item.digest.name, result: 'refused', refusal: { code: 'storeFailed', detail } },
    );
  }
}
