import { describe, expect, it } from 'vitest';
import { sortIssues } from '../../../renderer/src/ui/features/library/sort-issues';
import { makeIssueRecord } from '../factories';

describe('library order', () => {
  const older = makeIssueRecord({ title: 'B 较早', published: '2022-01-01T08:00:00', periodStart: '2021-12-27' });
  const newer = makeIssueRecord({ title: 'A 较新', published: '2022-09-19T14:38:35', periodStart: '2022-09-12' });
  const undated = makeIssueRecord({ title: 'C 无日期', published: null });

  it('puts the newest publish date first and undated issues last', () => {
    expect(sortIssues([undated, older, newer], 'published').map((issue) => issue.title)).toEqual(['A 较新', 'B 较早', 'C 无日期']);
  });

  it('sorts by title, by period and by import time', () => {
    expect(sortIssues([undated, older, newer], 'title').map((issue) => issue.title)).toEqual(['A 较新', 'B 较早', 'C 无日期']);
    expect(sortIssues([older, undated, newer], 'period').map((issue) => issue.title)).toEqual(['A 较新', 'B 较早', 'C 无日期']);
    expect(sortIssues([older, newer, undated], 'imported').map((issue) => issue.title)).toEqual(['C 无日期', 'A 较新', 'B 较早']);
  });

  it('does not change the list it was given', () => {
    const list = [undated, older, newer];
    sortIssues(list, 'title');
    expect(list).toEqual([undated, older, newer]);
  });
});

describe('sorting by a lexicon phrase', () => {
  it('puts the issues saying the phrase most first, ties newest first, and falls back to publish date without counts', () => {
    const a = makeIssueRecord({ id: 'a', title: 'A', published: '2022-09-01T00:00:00' });
    const b = makeIssueRecord({ id: 'b', title: 'B', published: '2022-09-08T00:00:00' });
    const c = makeIssueRecord({ id: 'c', title: 'C', published: '2022-09-15T00:00:00' });
    const counts = new Map([
      ['a', 6],
      ['b', 2],
      ['c', 2],
    ]);
    expect(sortIssues([b, c, a], 'phraseCount', counts).map((issue) => issue.id)).toEqual(['a', 'c', 'b']);
    expect(sortIssues([a, b, c], 'phraseCount').map((issue) => issue.id)).toEqual(['c', 'b', 'a']);
  });
});
