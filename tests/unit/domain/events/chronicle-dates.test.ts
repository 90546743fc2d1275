// Chronicle and relative dates on small invented lines: each form with a case it must read and
// one it must leave alone.
import { describe, expect, it } from 'vitest';
import { readOpeningDate, type DateContext } from '../../../../renderer/src/domain/events/dates';
import { monthOfHeading, timeOfTitle } from '../../../../renderer/src/domain/events/month-headings';
import { entryStarts, isDateOnly } from '../../../../renderer/src/domain/events/chronicle-entries';

const chronicle = (month: number, year: number | null = 2011): DateContext => ({
  dating: { published: '2013-06-01', period: null },
  month: { year, month },
  previous: null,
  chronicle: true,
});
const report = (published: string): DateContext => ({ dating: { published, period: null }, month: null, previous: null });

describe('month headings', () => {
  it('reads month headings in many forms', () => {
    expect(monthOfHeading('一月:')).toEqual({ year: null, month: 1 });
    expect(monthOfHeading('2023年5月份大事记')).toEqual({ year: 2023, month: 5 });
    expect(monthOfHeading('大事记2020年4月')).toEqual({ year: 2020, month: 4 });
    expect(monthOfHeading('二〇二二年一月从化大事记')).toEqual({ year: 2022, month: 1 });
    expect(monthOfHeading('2011年4月大事概要(2)')).toEqual({ year: 2011, month: 4 });
  });

  it('does not read a sentence that names a month as a heading', () => {
    expect(monthOfHeading('全市4月完成投资')).toBeNull();
    expect(monthOfHeading('5月起施行新规')).toBeNull();
  });

  it('reads the year and first month of a chronicle title', () => {
    expect(timeOfTitle('丽水市委、市政府2019年执政纪事(7-12月)')).toEqual({ year: 2019, month: 7 });
    expect(timeOfTitle('2006 年 通 州 区 大 事 记')).toEqual({ year: 2006, month: null });
    expect(timeOfTitle('区长主持召开2023年区长办公会')).toBeNull();
  });
});

describe('chronicle day markers', () => {
  it('reads spaced dates, one-日 ranges, fused month-days and bare days', () => {
    expect(readOpeningDate('1 月 15~17 日, 会议在某地召开', chronicle(1))?.date).toEqual({ start: '2011-01-15', end: '2011-01-17' });
    expect(readOpeningDate('22—26日 区参加洽谈会', chronicle(5))?.date).toEqual({ start: '2011-05-22', end: '2011-05-26' });
    expect(readOpeningDate('71日    某市举办宣讲会', chronicle(7, 2019))?.date).toBe('2019-07-01');
    expect(readOpeningDate('73日至5    全市普降大雨', chronicle(7, 2019))?.date).toEqual({ start: '2019-07-03', end: '2019-07-05' });
    expect(readOpeningDate('422  县长某某调研', chronicle(4))?.date).toBe('2011-04-22');
    expect(readOpeningDate('30  市委副书记某某慰问', chronicle(1, 2006))?.date).toBe('2006-01-30');
  });

  it('does not read a number in a sentence, nor a bare number outside a chronicle', () => {
    expect(readOpeningDate('15 名干部参加培训', chronicle(4))).toBeNull();
    expect(readOpeningDate('30  市委副书记某某慰问', report('2013-06-01'))).toBeNull();
  });

  it('takes no year from the posting time for a chronicle whose headings give none', () => {
    expect(readOpeningDate('7日 区委书记某某会见', chronicle(5, null))?.date).toBe('--05-07');
  });

  it('reads 是日 as the previous day', () => {
    expect(readOpeningDate('是日 副县长某某出席', { ...chronicle(4), previous: '2011-04-25' })?.date).toBe('2011-04-25');
  });

  it('sees a day on a line of its own, but not a line with an entry', () => {
    expect(isDateOnly('13日—14日', chronicle(1, 2020))?.date).toEqual({ start: '2020-01-13', end: '2020-01-14' });
    expect(isDateOnly('6日 市委副书记某某慰问', chronicle(1, 2020))).toBeNull();
  });

  it('splits a line at each dated entry, not at a date that is the subject', () => {
    const line = '3日 县长某某调研。5日 县委书记某某主持召开会议。';
    expect(entryStarts(line, chronicle(4))).toEqual([0, line.indexOf('5日')]);
    expect(entryStarts('3日 县长某某调研。5日是全县的开放日,群众参加。', chronicle(4))).toEqual([0]);
  });
});

describe('days relative to the publish time', () => {
  it('counts 昨日 and 今天 from the publish time, a stated day winning', () => {
    expect(readOpeningDate('昨日上午,副市长某某出席', report('2011-07-29'))).toMatchObject({ date: '2011-07-28', timeOfDay: '上午' });
    expect(readOpeningDate('昨日(14日)上午,市政协召开座谈会', report('2011-06-15'))?.date).toBe('2011-06-14');
    expect(readOpeningDate('今天,县长某某调研', report('2020-03-02'))?.date).toBe('2020-03-02');
  });

  it('reads a day alone in a report as the publish month, or the month before', () => {
    expect(readOpeningDate('25日晚上,市委常委某某会见', report('2011-03-28'))).toMatchObject({ date: '2011-03-25', timeOfDay: '晚上' });
    expect(readOpeningDate('28日,县长某某调研', report('2011-03-02'))?.date).toBe('2011-02-28');
    expect(readOpeningDate('30日,县长某某调研', report('2011-03-02'))).toBeNull();
  });

  it('reads no relative day without a publish time', () => {
    expect(
      readOpeningDate('昨日上午,副市长某某出席', { dating: { published: null, period: null }, month: null, previous: null }),
    ).toBeNull();
  });
});
