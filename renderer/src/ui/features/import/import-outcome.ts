// What one import batch did, file by file, in a form the UI can render in either language.
import type { TextEncodingName } from '../../../domain/import/decode-text';
import type { ImportFormat, ImportRefusal, ReadableDigest } from '../../../domain/import/read-digest-file';

/** Why a file was not imported: the reader's refusal, or the store failing to save it. */
export type RefusalReason = ImportRefusal | { code: 'storeFailed'; detail: string };

/** How a file was read (shown in the report): its format and, for text, its encoding. */
export interface ReadAs {
  format?: ImportFormat;
  encoding?: TextEncodingName;
}

export type FileOutcome =
  | ({ name: string; result: 'imported'; issueId: string } & ReadAs)
  | { name: string; result: 'duplicate'; issueId: string; title?: string }
  /** A different text of a stored issue (same series and period): waits for the user to replace or keep both. */
  | { name: string; result: 'newVersion'; issueId: string; title: string; digest: ReadableDigest }
  /** A stored issue whose text this file replaced; `orphaned` highlights and `eventsToReview` reviewed events now need review. */
  | { name: string; result: 'updated'; issueId: string; title: string; orphaned: number; eventsToReview: number }
  | { name: string; result: 'refused'; refusal: RefusalReason };

export type FileResult = FileOutcome['result'];

export interface ImportProgress {
  done: number;
  total: number;
}

export function importedIssueIds(outcomes: readonly FileOutcome[]): string[] {
  return outcomes.flatMap((outcome) => (outcome.result === 'imported' ? [outcome.issueId] : []));
}

export function countByResult(outcomes: readonly FileOutcome[]): Record<FileResult, number> {
  const counts: Record<FileResult, number> = { imported: 0, duplicate: 0, newVersion: 0, updated: 0, refused: 0 };
  for (const outcome of outcomes) counts[outcome.result]++;
  return counts;
}
