// Suggestions on real text. Expectations come from reading the texts (grep for the quotes, and
// each hit read in its sentence): the sample (wuxi week) quotes “南征北战、东西互搏” once,
// “科创江阴” and “加速度” twice each, the slogans “465”现代产业体系 (in the starter lexicon) and
// “121”航空航天产业体系, and the quoted event name “金秋品茗话发展,政企同心破浪行” (a comma: not a term).
// The kaifu chronicle quotes “七一”重要讲话精神; fucheng “十三五”收官 (收官 is a verb: the slogan is
// the number alone) and “十四五” (in the lexicon); xinhua “十六三”实施方案.
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import { issueTextOf } from '../../../../renderer/src/domain/anchoring';
import { starterLexicon } from '../../../../renderer/src/domain/lexicon/starter';
import { findNumberSlogans } from '../../../../renderer/src/domain/lexicon/suggestions/number-slogans';
import { findQuotedTerms } from '../../../../renderer/src/domain/lexicon/suggestions/quoted-terms';
import { mineCandidates, suggestFrom } from '../../../../renderer/src/domain/lexicon/suggestions/suggest';
import { risingPhrases, type DatedText } from '../../../../renderer/src/domain/lexicon/suggestions/rising-phrases';
import { corpusText } from '../../factories';

const textOf = (file: string) => issueTextOf(parseDigest(corpusText(file)).blocks);
const sample = textOf('wuxi-leaders-week-2022-09-12.txt');
const phrases = (found: { phrase: string }[]) => found.map((term) => term.phrase);

describe('quoted terms', () => {
  it('reads the sample’s quoted terms, short and without sentence punctuation', () => {
    const found = phrases(findQuotedTerms(sample));
    expect(found).toContain('南征北战、东西互搏');
    expect(found.filter((term) => term === '科创江阴')).toHaveLength(2);
    expect(found.filter((term) => term === '加速度')).toHaveLength(2);
    expect(found).toContain('一廊两带三心四片五园');
    expect(found).not.toContain('金秋品茗话发展,政企同心破浪行');
    expect(found).not.toContain('465');
    expect(found).not.toContain('121');
  });

  it('reads straight and corner quotes too', () => {
    expect(phrases(findQuotedTerms('推进"双碳"目标与「放管服」改革,发出"OK"'))).toEqual(['双碳', '放管服']);
  });
});

describe('number slogans', () => {
  it('cuts the term after a quoted number at its head noun', () => {
    expect(phrases(findNumberSlogans(sample))).toEqual(['"465"现代产业体系', '"121"航空航天产业体系']);
    expect(phrases(findNumberSlogans(textOf('kaifu-chronicle-2021-q3-excerpt.txt')))).toContain('"七一"重要讲话精神');
    expect(phrases(findNumberSlogans(textOf('xinhua-district-office-meeting-2024-03-04.txt')))).toContain('"十六三"实施方案');
  });

  it('keeps a quoted number alone when no term follows it', () => {
    expect(phrases(findNumberSlogans(textOf('fucheng-standing-committee-2021-01-05.txt')))).toEqual(['"十三五"', '"十四五"']);
  });

  it('reads an unquoted digit-by-digit run before a term, not a number in words', () => {
    expect(phrases(findNumberSlogans('全面实施一三五工程,推进十四个重点项目'))).toEqual(['一三五工程']);
  });
});

describe('suggestions against the lexicon', () => {
  const suggestions = suggestFrom(mineCandidates([{ issueId: 'wuxi', day: '2022-09-12', text: sample }]), starterLexicon());

  it('leaves out what the lexicon matches ("465"现代产业体系) and keeps the rest, with counts and examples', () => {
    expect(phrases(suggestions)).not.toContain('"465"现代产业体系');
    const slogan = suggestions.find((suggestion) => suggestion.phrase === '"121"航空航天产业体系');
    expect(slogan).toMatchObject({ kind: 'slogan', count: 1, issues: 1 });
    expect(slogan!.examples[0]!.text).toContain('重点打造“121”航空航天产业体系');
    const brand = suggestions.find((suggestion) => suggestion.phrase === '科创江阴');
    expect(brand).toMatchObject({ kind: 'quoted', count: 2, issues: 1 });
    expect(phrases(suggestions)).toContain('南征北战、东西互搏');
  });

  it('a phrase once added is no longer suggested', () => {
    const added = [
      ...starterLexicon(),
      { id: 'x', phrase: '南征北战、东西互搏', variants: [], category: { name: 'x', colour: '#000' }, note: '', enabled: true },
    ];
    expect(phrases(suggestFrom(mineCandidates([{ issueId: 'wuxi', day: '2022-09-12', text: sample }]), added))).not.toContain(
      '南征北战、东西互搏',
    );
  });
});

describe('rising phrases', () => {
  // The sample's paragraphs as recent "issues" against the other top-level corpus texts' paragraphs
  // as the baseline: 益多环保热电厂 (the plant whose closure 新吴 signed, lines 113 and 115) is in two
  // recent paragraphs and in no other text; 主持召开 is in 6 of the sample's 44 long lines and
  // 12 of the baseline's 102 (grep -c): about as often before, so not rising.
  const paragraphs = (text: string) => text.split('\n').filter((line) => line.length > 20);
  const baselineFiles = [
    'laocheng-secretary-meeting-2025-03-13.txt',
    'fucheng-standing-committee-2021-01-05.txt',
    'xinhua-district-office-meeting-2024-03-04.txt',
    'kaifu-chronicle-2021-q3-excerpt.txt',
    'wujiang-chronicle-2023-06-excerpt.txt',
    'daliang-inspection-2019-02-27.txt',
    'shanxi-silk-road-launch-2019-09-16.txt',
    'wuhan-metro-leaders-week-2024-08-excerpt.txt',
    'forum-repost-officials-shanghai-2022-11-excerpt.txt',
  ];
  const baseline: DatedText[] = baselineFiles.flatMap((file, n) =>
    paragraphs(textOf(file)).map((text, i) => ({ issueId: `${file}#${i}`, day: `2020-01-${String(n + 1).padStart(2, '0')}`, text })),
  );
  const recent: DatedText[] = paragraphs(sample).map((text, i) => ({ issueId: `wuxi#${i}`, day: '2022-09-19', text }));
  const share = recent.length / (recent.length + baseline.length);
  const rising = risingPhrases([...baseline, ...recent], { recentShare: share });

  it('finds 益多环保热电厂 whole, not its fragments', () => {
    expect(rising.find((phrase) => phrase.phrase === '益多环保热电厂')).toMatchObject({ recent: 2, baseline: 0 });
    expect(rising.map((phrase) => phrase.phrase)).not.toContain('益多环保热电');
    expect(rising.map((phrase) => phrase.phrase)).not.toContain('多环保热电厂');
  });

  it('does not call a phrase said as often before rising', () => {
    expect(rising.map((phrase) => phrase.phrase)).not.toContain('主持召开');
  });

  it('finds nothing without a baseline to compare with', () => {
    expect(risingPhrases(recent.slice(0, 2))).toEqual([]);
  });
});
