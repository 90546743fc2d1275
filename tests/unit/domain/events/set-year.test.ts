// Bulk fix "set the year": month and day kept, the year replaced or supplied.
import { describe, expect, it } from 'vitest';
import { withYear } from '../../../../renderer/src/domain/events/set-year';

describe('withYear', () => {
  it('replaces a wrong year and supplies a missing one', () => {
    expect(withYear('2021-05-06', 2022)).toBe('2022-05-06');
    expect(withYear('--09-12', 2022)).toBe('2022-09-12');
  });

  it('moves a range, keeping an end after New Year in the next year', () => {
    expect(withYear({ start: '--09-12', end: '--09-18' }, 2022)).toEqual({ start: '2022-09-12', end: '2022-09-18' });
    expect(withYear({ start: '2020-12-28', end: '2021-01-03' }, 2023)).toEqual({ start: '2023-12-28', end: '2024-01-03' });
  });

  it('leaves an undated event undated and never makes 29 February of a common year', () => {
    expect(withYear(null, 2022)).toBeNull();
    expect(withYear('2024-02-29', 2023)).toBe('2023-02-28');
    expect(withYear('--02-29', 2024)).toBe('2024-02-29');
  });
});
