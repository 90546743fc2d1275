// Orders the library. Issues without a date sort last whatever the direction, so undated imports
// never push dated ones off the top.
import type { IssueRecord } from '../../../data/records';

export type LibrarySort = 'published' | 'title' | 'period' | 'imported';
export const librarySorts: readonly LibrarySort[] = ['published', 'period', 'title', 'imported'];

const titleCollator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

const comparators: Record<LibrarySort, (a: IssueRecord, b: IssueRecord) => number> = {
  published: (a, b) => newestFirst(a.published, b.published) || newestFirst(a.importedAt, b.importedAt),
  period: (a, b) => newestFirst(a.periodStart ?? a.published, b.periodStart ?? b.published) || titleCollator.compare(a.title, b.title),
  title: (a, b) => titleCollator.compare(a.title, b.title),
  imported: (a, b) => newestFirst(a.importedAt, b.importedAt),
};

export function sortIssues(issues: readonly IssueRecord[], sort: LibrarySort): IssueRecord[] {
  return [...issues].sort(comparators[sort]);
}
