// The period of an issue, read from its title.

import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../../renderer/src/domain/digest/period';
import { normalizeForMatch } from '../../../../renderer/src/domain/digest/text-lines';

const periodOf = (title: string, published: string | null = '2022-09-19T14:38:35') =>
  findPeriod(normalizeForMatch(title), published)?.period ?? null;
const week = { start: '2022-09-12', end: '2022-09-18' };

describe('findPeriod', () => {
  it.each([
    ['市(县)区委书记、市(县)区长一周|9.12-9.18'],
    ['市（县）区委书记、市（县）区长一周｜9.12-9.18'],
    ['一周|9.12—9.18'],
    ['一周|9.12–9.18'],
    ['一周 9月12日-18日'],
    ['一周（9月12日至9月18日）'],
    ['一周|９.１２-９.１８'],
    ['一周 2022年9月12日-18日'],
  ])('reads the week in %s', (title) => {
    expect(periodOf(title)).toEqual(week);
  });

  it('takes the year from the publish time, and the year before for a week ending after New Year', () => {
    expect(periodOf('一周|12.26-1.1', '2023-01-02')).toEqual({ start: '2022-12-26', end: '2023-01-01' });
    expect(periodOf('一周|12.19-12.25', '2022-12-26')).toEqual({ start: '2022-12-19', end: '2022-12-25' });
    expect(periodOf('一周|12.19-12.25', '2023-01-03')).toEqual({ start: '2022-12-19', end: '2022-12-25' });
  });

  it('gives no week period without a year to put it in', () => {
    expect(periodOf('一周|9.12-9.18', null)).toBeNull();
  });

  it('reads months and month ranges with their year', () => {
    expect(periodOf('2022年5月大事記', null)).toEqual({ start: '2022-05-01', end: '2022-05-31' });
    expect(periodOf('【区政府工作大事记】2021年7-9月区政府大事记', null)).toEqual({ start: '2021-07-01', end: '2021-09-30' });
    expect(periodOf('2024年2月大事记', null)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('rejects dates that do not exist', () => {
    expect(periodOf('一周|2.30-3.5')).toBeNull();
    expect(periodOf('一周|13.1-13.7')).toBeNull();
  });

  it('finds none in a plain headline', () => {
    expect(periodOf('区委副书记、区长李建国主持召开区长办公会')).toBeNull();
    expect(periodOf('')).toBeNull();
  });

  it('says where the period sits in the title', () => {
    expect(findPeriod('一周|9.12-9.18', '2022-09-19')).toMatchObject({ start: 3, end: 12 });
  });
  // dev/ conghua-district-chronicle-2022-01 (Chinese numerals) and luan-development-zone-chronicle-2023-05 (月份).
  it.each([
    ['二〇二二年一月从化大事记', { start: '2022-01-01', end: '2022-01-31' }],
    ['二〇一九年十二月大事记', { start: '2019-12-01', end: '2019-12-31' }],
    ['二零二一年七至九月区政府大事记', { start: '2021-07-01', end: '2021-09-30' }],
    ['2023年5月份大事记', { start: '2023-05-01', end: '2023-05-31' }],
  ])('reads the months in %s', (title, period) => {
    expect(periodOf(title, null)).toEqual(period);
  });

  it('does not read a day in Chinese numerals, or a year without a month, as a month', () => {
    expect(periodOf('二〇二二年一月五日区委常委会召开', null)).toBeNull();
    expect(periodOf('二〇二二年工作要点', null)).toBeNull();
    expect(periodOf('二〇二二年十三月', null)).toBeNull();
  });
});
