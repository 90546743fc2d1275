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
});
