// Matching a lexicon: folding as search folds, quote and number variants, the longer of
// overlapping phrases, offsets in the original text, on real digest text.
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../renderer/src/domain/lexicon/matcher';
import { corpusText } from '../../factories';
import { entry } from './entries';

const marked = (text: string, phrases: Parameters<typeof entry>[]) => {
  const matcher = compileLexicon(phrases.map((args) => entry(...args)));
  return matcher.match(text).map((m) => [m.entryId, text.slice(m.start, m.end)]);
};

describe('compileLexicon', () => {
  it('marks each occurrence with offsets into the original text', () => {
    const text = '推动城市更新,各板块进一步推进城市更新行动';
    const matches = compileLexicon([entry('城市更新')]).match(text);
    expect(matches).toEqual([
      { entryId: '城市更新', start: 2, end: 6 },
      { entryId: '城市更新', start: 15, end: 19 },
    ]);
  });

  it('finds a simplified phrase in traditional text and reports the traditional characters', () => {
    // The huaibei chronicle is written in traditional characters with pinyin after some of them.
    const text = corpusText('huaibei-chronicle-2022-05-traditional-excerpt.txt');
    const found = marked(text, [['双招双引'], ['扩大有效投资']]);
    expect(found[0]).toEqual(['双招双引', '雙招雙引']);
    // 擴(kuò)大 has pinyin inside the phrase, so it is not the phrase any more: no mark.
    expect(found.some(([id]) => id === '扩大有效投资')).toBe(false);
  });

  it('folds full-width letters and digits and upper case', () => {
    expect(marked('打造ＣＢＤ＋高新区新地标', [['CBD+高新区']])).toEqual([['CBD+高新区', 'ＣＢＤ＋高新区']]);
  });

  it('finds a quoted slogan with or without its quotes and with its number in words', () => {
    const lexicon: Parameters<typeof entry>[] = [['"465"现代产业体系']];
    const wuxi = corpusText('wuxi-leaders-week-2022-09-12.txt');
    expect(marked(wuxi, lexicon)).toEqual([['"465"现代产业体系', '“465”现代产业体系']]);
    expect(marked('构建465现代产业体系', lexicon)).toEqual([['"465"现代产业体系', '465现代产业体系']]);
    expect(marked('构建「四六五」现代产业体系', lexicon)).toEqual([['"465"现代产业体系', '「四六五」现代产业体系']]);
  });

  it('marks the longer of two overlapping phrases, never both', () => {
    const lexicon: Parameters<typeof entry>[] = [['营商环境'], ['优化营商环境'], ['环境质量']];
    expect(marked('持续优化营商环境质量', lexicon)).toEqual([['优化营商环境', '优化营商环境']]);
    expect(marked('改善营商环境质量', lexicon)).toEqual([['营商环境', '营商环境']]);
  });

  it('uses an entry’s own variants and skips entries that are off', () => {
    const matcher = compileLexicon([entry('不忘初心、牢记使命', { variants: ['不忘初心'] }), entry('主题教育', { enabled: false })]);
    const text = '开展“不忘初心、牢记使命”主题教育,守住不忘初心';
    expect(matcher.match(text).map((m) => text.slice(m.start, m.end))).toEqual(['不忘初心、牢记使命', '不忘初心']);
    expect([...matcher.count(text)]).toEqual([['不忘初心、牢记使命', 2]]);
  });

  it('counts the phrases of the wuxi week as read', () => {
    // Counted by reading the text: 城市更新 in the heading 推动城市更新, twice in the paragraph
    // below it, in 城市更新项目 twice, and once near the start; 招商引资 once.
    const counts = compileLexicon([entry('城市更新'), entry('招商引资'), entry('新质生产力')]).count(
      corpusText('wuxi-leaders-week-2022-09-12.txt'),
    );
    expect(Object.fromEntries(counts)).toEqual({ 城市更新: 6, 招商引资: 1 });
  });

  it('finds nothing in a text without the phrases and with an empty lexicon', () => {
    expect(compileLexicon([entry('城市更新')]).match('区委书记主持召开会议')).toEqual([]);
    expect(compileLexicon([]).match('城市更新')).toEqual([]);
  });
});
