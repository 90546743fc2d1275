// The trend series on the four issues the e2e test imports, with counts read in their texts
// (grep -o, and reading each match): the sample (period 12–18 Sep 2022, published 19 Sep) says
// 城市更新 6 times and 招商引资 once; the Shanghai forum repost (published 9 Nov 2022, no period)
// 招商引资 once; the Beihu new-year meeting (published 29 Jan 2023, a Sunday) twice; the Chongming
// forum (published 28 Aug 2019) once.
import { describe, expect, it } from 'vitest';
import { phraseTrends, type PhraseOccurrence, type TrendIssue } from '../../../../renderer/src/domain/trends/phrase-series';
import { issueDay, periodOf } from '../../../../renderer/src/domain/trends/periods';
import { phraseAppearances, topEntryIds } from '../../../../renderer/src/domain/trends/appearances';

function issue(id: string, dates: Partial<TrendIssue> = {}): TrendIssue {
  return { id, series: null, periodStart: null, published: null, ...dates };
}

const issues = [
  issue('wuxi', { series: '市(县)区委书记、市(县)区长一周', periodStart: '2022-09-12', published: '2022-09-19T14:38:35' }),
  issue('shanghai', { published: '2022-11-09T18:11:00' }),
  issue('beihu', { published: '2023-01-29T01:00:45' }),
  issue('chongming', { published: '2019-08-28' }),
  issue('undated'),
];
const counts: PhraseOccurrence[] = [
  { issueId: 'wuxi', entryId: '城市更新', count: 6 },
  { issueId: 'wuxi', entryId: '招商引资', count: 1 },
  { issueId: 'wuxi', entryId: '高质量发展', count: 3 },
  { issueId: 'shanghai', entryId: '招商引资', count: 1 },
  { issueId: 'beihu', entryId: '招商引资', count: 2 },
  { issueId: 'chongming', entryId: '招商引资', count: 1 },
];
const chosen = ['城市更新', '招商引资'];

describe('periods', () => {
  it('places an issue on its period start, or on its publish date when it has no period', () => {
    expect(issueDay(issues[0]!, 'period')).toBe('2022-09-12');
    expect(issueDay(issues[0]!, 'published')).toBe('2022-09-19');
    expect(issueDay(issues[1]!, 'period')).toBe('2022-11-09');
    expect(issueDay(issues[4]!, 'period')).toBeNull();
  });

  it('a week starts on Monday (a Sunday belongs to the week before), a month on its first', () => {
    expect(periodOf('2023-01-29', 'week')).toEqual({ key: '2023-01-23', start: '2023-01-23', end: '2023-01-29' });
    expect(periodOf('2022-09-12', 'week').key).toBe('2022-09-12');
    expect(periodOf('2022-11-09', 'week').key).toBe('2022-11-07');
    expect(periodOf('2024-02-10', 'month')).toEqual({ key: '2024-02', start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('2100-02-10', 'month').end).toBe('2100-02-28');
  });

  it('agrees with the Date calendar on every day of 1999–2031 (the week arithmetic uses no Date)', () => {
    for (let n = 0; n < 12_000; n += 1) {
      const date = new Date(Date.UTC(1999, 11, 20 + n));
      const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
      expect(periodOf(date.toISOString().slice(0, 10), 'week').key).toBe(monday.toISOString().slice(0, 10));
    }
  });
});

describe('phraseTrends', () => {
  it('counts each chosen phrase per month, over the months that hold an issue', () => {
    const trends = phraseTrends(issues, counts, { entryIds: chosen, granularity: 'month', basis: 'period', split: 'none' });
    expect(trends.periods.map((period) => period.key)).toEqual(['2019-08', '2022-09', '2022-11', '2023-01']);
    expect(trends.lines.map((line) => [line.entryId, line.values, line.total])).toEqual([
      ['城市更新', [0, 6, 0, 0], 6],
      ['招商引资', [1, 1, 1, 2], 5],
    ]);
    expect(trends.undated).toBe(1);
    expect(trends.issuesByPeriod[1]).toEqual([{ issueId: 'wuxi', day: '2022-09-12', counts: [6, 1] }]);
  });

  it('by week and publish date the sample moves to the week of 19 September', () => {
    const trends = phraseTrends(issues, counts, { entryIds: chosen, granularity: 'week', basis: 'published', split: 'none' });
    expect(trends.periods.map((period) => period.key)).toEqual(['2019-08-26', '2022-09-19', '2022-11-07', '2023-01-23']);
    expect(trends.lines[1]!.values).toEqual([1, 1, 1, 2]);
  });

  it('a phrase that never occurs still has its flat line', () => {
    const trends = phraseTrends(issues, counts, { entryIds: ['稳增长'], granularity: 'month', basis: 'period', split: 'none' });
    expect(trends.lines).toEqual([{ key: '稳增长', entryId: '稳增长', group: null, total: 0, values: [0, 0, 0, 0] }]);
  });

  it('split by series: one line per phrase and series ("" for issues without one)', () => {
    const trends = phraseTrends(issues, counts, { entryIds: ['招商引资'], granularity: 'month', basis: 'period', split: 'series' });
    expect(trends.lines.map((line) => [line.group, line.values])).toEqual([
      ['', [1, 0, 1, 2]],
      ['市(县)区委书记、市(县)区长一周', [0, 1, 0, 0]],
    ]);
  });

  it('a split keeps its largest groups and says how many it left out', () => {
    const rows: PhraseOccurrence[] = [
      { issueId: 'wuxi', entryId: '城市更新', count: 2, group: '新吴' },
      { issueId: 'wuxi', entryId: '城市更新', count: 1, group: '梁溪' },
      { issueId: 'beihu', entryId: '城市更新', count: 3, group: '北湖' },
    ];
    const trends = phraseTrends(issues, rows, {
      entryIds: ['城市更新'],
      granularity: 'month',
      basis: 'period',
      split: 'place',
      maxLines: 2,
    });
    expect(trends.lines.map((line) => [line.group, line.total])).toEqual([
      ['北湖', 3],
      ['新吴', 2],
    ]);
    expect(trends.hiddenLines).toBe(1);
  });

  // A guard against a quadratic slip only: the timed figure is the bench's (tests/bench).
  it('places 10,000 issues in one pass', () => {
    const many = Array.from({ length: 10_000 }, (_, n) => issue(`i${n}`, { published: new Date(Date.UTC(2015, 0, 1 + n)).toISOString() }));
    const rows = many.flatMap((one, n) => [
      { issueId: one.id, entryId: '城市更新', count: n % 3 },
      { issueId: one.id, entryId: '招商引资', count: n % 5 },
    ]);
    const started = performance.now();
    const trends = phraseTrends(many, rows, { entryIds: chosen, granularity: 'week', basis: 'period', split: 'none' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(trends.periods.length).toBe(1429);
  });
});

describe('first and latest appearance', () => {
  it('is the earliest and latest dated issue saying the phrase', () => {
    const seen = phraseAppearances(issues, counts, 'period');
    expect(seen.get('招商引资')).toEqual({
      first: { issueId: 'chongming', day: '2019-08-28' },
      latest: { issueId: 'beihu', day: '2023-01-29' },
    });
    expect(seen.get('城市更新')).toEqual({ first: { issueId: 'wuxi', day: '2022-09-12' }, latest: { issueId: 'wuxi', day: '2022-09-12' } });
    expect(seen.has('稳增长')).toBe(false);
  });

  it('the top phrases by library count come first', () => {
    expect(topEntryIds(counts, 2)).toEqual(['城市更新', '招商引资']);
  });
});
