// One lexicon entry's counts for the reader's mark popover: in the open issue and over the
// library (the sum of its per-issue rows; issues in the Trash have none, see lexicon-counts.ts).
import type { ReadoutDatabase } from '../schema/db';

export interface EntryCounts {
  inIssue: number;
  inLibrary: number;
}

export async function entryCounts(db: ReadoutDatabase, entryId: string, issueId: string): Promise<EntryCounts> {
  const rows = await db.lexiconCounts.where('entryId').equals(entryId).toArray();
  let inLibrary = 0;
  let inIssue = 0;
  for (const row of rows) {
    inLibrary += row.count;
    if (row.issueId === issueId) inIssue = row.count;
  }
  return { inIssue, inLibrary };
}
