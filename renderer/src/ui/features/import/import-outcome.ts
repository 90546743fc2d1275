// What one import batch did, file by file, in a form the UI can render in either language.
import type { ImportRefusal } from '../../../domain/import/read-digest-file';

/** Why a file was not imported: the reader's refusal, or the store failing to save it. */
export type RefusalReason = ImportRefusal | { code: 'storeFailed'; detail: string };

export type FileOutcome =
  | { name: string; result: 'imported'; issueId: string }
  | { name: string; result: 'duplicate'; issueId: string }
  | { name: string; result: 'refused'; refusal: RefusalReason };

export interface ImportProgress {
  done: number;
  total: number;
}

export function importedIssueIds(outcomes: readonly FileOutcome[]): string[] {
  return outcomes.flatMap((outcome) => (outcome.result === 'imported' ? [outcome.issueId] : []));
}
