// Orders the library. Issues without a date sort last whatever the direction, so undated imports
// never push dated ones off the top. With a lexicon phrase chosen, the library can also be ordered
// by how often each issue says it (most first, then newest).
import type { IssueRecord } from '../../../data/records';

export type LibrarySort = 'published' | 'title' | 'period' | 'imported' | 'phraseCount';
export const librarySorts: readonly LibrarySort[] = ['published', 'period', 'title', 'imported'];

const titleCollator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

const comparators: Record<Exclude<LibrarySort, 'phraseCount'>, (a: IssueRecord, b: IssueRecord) => number> = {
  published: (a, b) => newestFirst(a.published, b.published) || newestFirst(a.importedAt, b.importedAt),
  period: (a, b) => newestFirst(a.periodStart ?? a.published, b.periodStart ?? b.published) || titleCollator.compare(a.title, b.title),
  title: (a, b) => titleCollator.compare(a.title, b.title),
  imported: (a, b) => newestFirst(a.importedAt, b.importedAt),
};

/** `phraseCounts`: issue id → occurrences of the chosen phrase; without it, 'phraseCount' sorts by publish date. */
export function sortIssues(issues: readonly IssueRecord[], sort: LibrarySort, phraseCounts?: ReadonlyMap<string, number>): IssueRecord[] {
  if (sort === 'phraseCount' && phraseCounts) {
    const count = (issue: IssueRecord) => phraseCounts.get(issue.id) ?? 0;
    return [...issues].sort((a, b) => count(b) - count(a) || comparators.published(a, b));
  }
  return [...issues].sort(comparators[sort === 'phraseCount' ? 'published' : sort]);
}
