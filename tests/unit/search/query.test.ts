// The query language: terms, quoted phrases, exclusions and filters, as an analyst types them.
import { describe, expect, it } from 'vitest';
import { normaliseDay, parseQuery } from '../../../renderer/src/domain/search/query';

describe('parseQuery', () => {
  it('splits terms, keeps a quoted phrase whole and collects exclusions', () => {
    const query = parseQuery('城市更新 "招商 引资" -疫情 “许峰”');
    expect(query.terms).toEqual(['城市更新', '招商 引资', '许峰']);
    expect(query.excluded).toEqual(['疫情']);
  });

  it('reads filters, with quoted values and full-width colons', () => {
    const query = parseQuery('tag:重点 kind:note place："梁溪区" official：许峰 from:2022-9 to:2022');
    expect(query).toMatchObject({
      tag: ['重点'],
      kind: ['note'],
      place: ['梁溪区'],
      official: ['许峰'],
      from: '2022-09-01',
      to: '2022-12-31',
    });
    expect(query.terms).toEqual([]);
  });

  it("reads kind: as the kind of result, and type: (its old name, now the Timeline's event type) as the same filter", () => {
    expect(parseQuery('kind:highlight').kind).toEqual(['highlight']);
    expect(parseQuery('type:event 许峰')).toMatchObject({ kind: ['event'], terms: ['许峰'] });
    expect(parseQuery('KIND：笔记').kind).toEqual(['笔记']);
  });

  it('treats an unknown name: as text', () => {
    expect(parseQuery('http://example 会议：').terms).toEqual(['http://example', '会议：']);
  });

  it('normalises dates and refuses impossible ones', () => {
    expect(normaliseDay('2022年9月12日', 'from')).toBe('2022-09-12');
    expect(normaliseDay('2024-2', 'to')).toBe('2024-02-29');
    expect(normaliseDay('2022-13', 'from')).toBeNull();
  });
});
