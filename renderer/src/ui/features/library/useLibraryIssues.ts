// The library's issues, live. The first screenful comes from an indexed read of the newest issues
// (data/repositories/library-first-screen.ts), so the library paints at once with 50,000 issues;
// after that paint every issue loads (the filters, the sorts and the scrollbar need them all).
import { newestPublishedIssues } from '../../../data/repositories/library-first-screen';
import { listIssues } from '../../../data/repositories/issues';
import type { IssueRecord } from '../../../data/records';
import type { ReadoutDatabase } from '../../../data/schema/db';
import { useFirstScreenThenAll } from '../../hooks/useFirstScreenThenAll';

/** More rows than the tallest window shows, so the first screen is full before the rest arrives. */
export const FIRST_SCREEN_ROWS = 40;

const firstScreen = (db: ReadoutDatabase) => newestPublishedIssues(db, FIRST_SCREEN_ROWS);

export function useLibraryIssues(db: ReadoutDatabase): { issues: IssueRecord[] | undefined; complete: boolean } {
  const { first, all } = useFirstScreenThenAll(db, firstScreen, listIssues);
  return { issues: all ?? first, complete: all !== undefined };
}
