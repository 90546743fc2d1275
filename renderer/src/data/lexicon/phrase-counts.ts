// How often one lexicon phrase occurs in each issue that says it, for the library's phrase filter
// and sort (lexiconCounts holds a row only where the count is above zero).
import type { ReadoutDatabase } from '../schema/db';

export async function issueCountsOfPhrase(db: ReadoutDatabase, entryId: string): Promise<Map<string, number>> {
  const rows = await db.lexiconCounts.where('entryId').equals(entryId).toArray();
  return new Map(rows.filter((row) => row.count > 0).map((row) => [row.issueId, row.count]));
}
