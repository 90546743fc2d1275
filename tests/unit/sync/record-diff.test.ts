// Conflicted versions compared field by field, and merged by the analyst's choices.
import { describe, expect, it } from 'vitest';
import { choiceKey, diffRecords, mergeRecords } from '../../../renderer/src/domain/sync/record-diff';

const map = (...records: { id: string; [field: string]: unknown }[]) => new Map(records.map((record) => [record.id, record]));

describe('record diff and merge', () => {
  const a = map({ id: 'e1', summary: 'A 的摘要', place: '江阴', updatedAt: '1' }, { id: 'e2', summary: '只在 A' });
  const b = map({ id: 'e1', summary: '原来的', place: 'B 的地点', updatedAt: '2' }, { id: 'e3', summary: '只在 B' });

  it('lists each differing field, and records only one side has', () => {
    expect(diffRecords(a, b, ['updatedAt'])).toEqual([
      {
        key: 'e1',
        kind: 'changed',
        fields: [
          { field: 'summary', a: 'A 的摘要', b: '原来的' },
          { field: 'place', a: '江阴', b: 'B 的地点' },
        ],
      },
      { key: 'e2', kind: 'onlyA', record: { id: 'e2', summary: '只在 A' } },
      { key: 'e3', kind: 'onlyB', record: { id: 'e3', summary: '只在 B' } },
    ]);
  });

  it('merges field by field, and keeps a one-sided record only when its side is chosen', () => {
    const merged = mergeRecords(a, b, { [choiceKey('e1', 'place')]: 'b', e2: 'b', e3: 'b' }, ['updatedAt']);
    expect([...merged.values()]).toEqual([
      { id: 'e1', summary: 'A 的摘要', place: 'B 的地点', updatedAt: '1' },
      { id: 'e3', summary: '只在 B' },
    ]);
  });

  it('takes version a wherever nothing is chosen', () => {
    const merged = mergeRecords(a, b, {}, ['updatedAt']);
    expect([...merged.keys()]).toEqual(['e1', 'e2']);
    expect(merged.get('e1')).toMatchObject({ summary: 'A 的摘要', place: '江阴' });
  });
});
