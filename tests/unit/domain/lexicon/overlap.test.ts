// Which entries an edit re-counts: those whose spellings can meet the edited one's in a text, and
// through them the ones they meet — checked against what matching with the whole lexicon gives.
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../renderer/src/domain/lexicon/matcher';
import { entriesAffectedBy, foldedSpellings, spellingsCanOverlap } from '../../../../renderer/src/domain/lexicon/overlap';
import { defaultCategory, type LexiconEntry } from '../../../../renderer/src/domain/lexicon/types';

const entry = (id: string, phrase: string, variants: string[] = [], enabled = true): LexiconEntry => ({
  id,
  phrase,
  variants,
  category: defaultCategory,
  note: '',
  enabled,
});

describe('spellingsCanOverlap', () => {
  it('is true for containment and for an end that is the other start', () => {
    expect(spellingsCanOverlap('城市更新行动', '城市更新')).toBe(true);
    expect(spellingsCanOverlap('更新', '城市更新')).toBe(true);
    expect(spellingsCanOverlap('招商引资', '引资项目')).toBe(true);
    expect(spellingsCanOverlap('引资项目', '招商引资')).toBe(true);
    expect(spellingsCanOverlap('招商引资', '城市更新')).toBe(false);
    expect(spellingsCanOverlap('', '城市更新')).toBe(false);
  });
});

describe('entriesAffectedBy', () => {
  const lexicon = [
    entry('a', '城市更新'),
    entry('b', '城市更新行动'),
    entry('c', '行动方案'),
    entry('d', '招商引资'),
    entry('e', '更新', [], false),
  ];

  it('follows chains of overlap, and leaves out what is off or unrelated', () => {
    expect([...entriesAffectedBy(lexicon, foldedSpellings(lexicon[0]!))].sort()).toEqual(['a', 'b', 'c']);
    expect([...entriesAffectedBy(lexicon, foldedSpellings(lexicon[3]!))]).toEqual(['d']);
    expect([...entriesAffectedBy(lexicon, ['稳增长'])]).toEqual([]);
  });

  it('finds every entry whose count an added phrase changes', () => {
    const text = '实施城市更新行动方案,推进城市更新,抓好招商引资。';
    const before = compileLexicon(lexicon).count(text);
    const withNew = [...lexicon, entry('f', '推进城市')];
    const after = compileLexicon(withNew).count(text);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id));
    const affected = entriesAffectedBy(withNew, foldedSpellings(withNew.at(-1)!));
    for (const id of changed) expect(affected).toContain(id);
  });

  it('folds width and traditional characters as matching does', () => {
    expect(foldedSpellings(entry('x', '集成電路'))).toEqual(['集成电路']);
    expect(foldedSpellings(entry('y', 'ＡＩ产业'))).toEqual(['ai产业']);
  });
});
