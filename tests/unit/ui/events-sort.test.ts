// The Events table's column sort: reading order by default, empty cells last, ties in reading order.
import { describe, expect, it } from 'vitest';
import { nextSort, sortEvents } from '../../../renderer/src/ui/features/events/events-sort';
import { makeEventRecord } from '../factories';

const person = (name: string) => [{ name, titles: [], personId: name }];

describe('sortEvents', () => {
  const a = makeEventRecord({ blockIndex: 3, date: '2022-09-14', place: '江阴', officials: person('许峰'), status: 'confirmed' });
  const b = makeEventRecord({ blockIndex: 1, date: null, place: null, officials: person('蒋敏'), type: 'visit' });
  const c = makeEventRecord({ blockIndex: 2, date: '2022-09-12', place: '宜兴', officials: person('杜小刚'), type: 'signing' });

  it('keeps reading order until a column is chosen', () => {
    expect(sortEvents([a, b, c], null).map((event) => event.id)).toEqual([b.id, c.id, a.id]);
  });

  it('sorts by date both ways, the undated event last each time', () => {
    expect(sortEvents([a, b, c], { key: 'date', direction: 'ascending' }).map((event) => event.id)).toEqual([c.id, a.id, b.id]);
    expect(sortEvents([a, b, c], { key: 'date', direction: 'descending' }).map((event) => event.id)).toEqual([a.id, c.id, b.id]);
  });

  it('sorts places and names in Chinese (pinyin) order, a missing place last', () => {
    // 江阴 jiāng < 宜兴 yí; 杜 dù < 蒋 jiǎng < 许 xǔ.
    expect(sortEvents([a, b, c], { key: 'place', direction: 'ascending' }).map((event) => event.place)).toEqual(['江阴', '宜兴', null]);
    expect(sortEvents([a, b, c], { key: 'officials', direction: 'ascending' }).map((event) => event.officials[0]!.name)).toEqual([
      '杜小刚',
      '蒋敏',
      '许峰',
    ]);
  });

  it('sorts types in the list order and statuses from proposed to confirmed', () => {
    expect(sortEvents([a, b, c], { key: 'type', direction: 'ascending' }).map((event) => event.type)).toEqual([
      'meeting',
      'signing',
      'visit',
    ]);
    expect(sortEvents([a, b, c], { key: 'status', direction: 'descending' })[0]!.id).toBe(a.id);
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, reading order; a new column starts ascending', () => {
    const ascending = nextSort(null, 'date');
    expect(ascending).toEqual({ key: 'date', direction: 'ascending' });
    const descending = nextSort(ascending, 'date');
    expect(descending).toEqual({ key: 'date', direction: 'descending' });
    expect(nextSort(descending, 'date')).toBeNull();
    expect(nextSort(descending, 'place')).toEqual({ key: 'place', direction: 'ascending' });
  });
});
