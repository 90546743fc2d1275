// The library's first screenful without reading the whole library: the issues the default order
// (newest publish date first) puts on top, read through the `published` index. Reading every issue
// record first cost 0.6 s at 10,000 issues here and grows with the library; this read does not.
import type { ReadoutDatabase } from '../schema/db';
import type { IssueRecord } from '../records';

/**
 * Every issue published on or after the `count`-th newest publish date: a superset of the first
 * `count` issues in publish order, whatever breaks the ties among the issues of that last date.
 * When fewer than `count` issues are dated, the undated ones come next in that order, so then it
 * is every issue.
 */
export async function newestPublishedIssues(db: ReadoutDatabase, count: number): Promise<IssueRecord[]> {
  // Undated issues have no `published` key, so the index holds only dated ones (IndexedDB skips null keys).
  const newestKeys = await db.issues.orderBy('published').reverse().limit(count).keys();
  const boundary = newestKeys[newestKeys.length - 1];
  if (newestKeys.length < count || typeof boundary !== 'string') return db.issues.toArray();
  return db.issues.where('published').aboveOrEqual(boundary).toArray();
}
