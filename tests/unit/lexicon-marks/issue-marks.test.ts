// The lexicon layer's matching (issue-marks.ts): once per issue text and lexicon, its matches
// cut to blocks in block-local offsets, its counts those lexiconCounts keeps; and the highlight
// category a mark turns into (highlight-category-for.ts).
import { describe, expect, it } from 'vitest';
import { blockStarts, issueTextOf } from '../../../renderer/src/domain/anchoring';
import { parseDigest } from '../../../renderer/src/domain/digest/parse-digest';
import { compileLexicon } from '../../../renderer/src/domain/lexicon/matcher';
import { starterLexicon } from '../../../renderer/src/domain/lexicon/starter';
import { defaultCategories } from '../../../renderer/src/data/repositories/highlight-categories';
import { highlightCategoryFor } from '../../../renderer/src/ui/features/lexicon-marks/highlight-category-for';
import { issueMarksOf, markIssue, titleMarksOf } from '../../../renderer/src/ui/features/lexicon-marks/issue-marks';
import { corpusText } from '../factories';
import { entry } from '../domain/lexicon/entries';

describe('issue marks', () => {
  const blocks = parseDigest(corpusText('wuxi-leaders-week-2022-09-12.txt')).blocks;
  const matcher = compileLexicon(starterLexicon());
  const byPhrase = new Map(starterLexicon().map((item) => [item.id, item.phrase]));

  it('finds the sample’s phrases in its blocks, as counted by reading', () => {
    const { blocks: marks, counts } = markIssue(matcher, blocks);
    const count = (phrase: string) => counts.get(starterLexicon().find((item) => item.phrase === phrase)!.id);
    expect([count('城市更新'), count('招商引资'), count('高质量发展')]).toEqual([6, 1, 3]);
    // Block-local offsets: each mark's text in its block is its entry's phrase (here only quotes differ).
    marks.forEach((list, index) =>
      list.forEach((mark) => expect(blocks[index]!.text.slice(mark.from, mark.to).replace(/[“”]/g, '"')).toBe(byPhrase.get(mark.entryId))),
    );
    const heading = blocks.findIndex((block) => block.kind === 'heading' && block.text === '推动城市更新');
    expect(marks[heading]!.map((mark) => byPhrase.get(mark.entryId))).toEqual(['城市更新']);
  });

  it('agrees with the matcher on the issue text: the same occurrences, shifted by the block starts', () => {
    const starts = blockStarts(blocks);
    const flat = markIssue(matcher, blocks).blocks.flatMap((list, index) =>
      list.map((mark) => ({ entryId: mark.entryId, start: starts[index]! + mark.from, end: starts[index]! + mark.to })),
    );
    expect(flat).toEqual(matcher.match(issueTextOf(blocks)));
  });

  it('matches an issue once per lexicon: the same result for an equal text, another for another lexicon', () => {
    const first = issueMarksOf(matcher, blocks);
    expect(
      issueMarksOf(
        matcher,
        blocks.map((block) => ({ ...block })),
      ),
    ).toBe(first);
    const other = compileLexicon([entry('城市更新')]);
    expect(issueMarksOf(other, blocks)).not.toBe(first);
    expect(issueMarksOf(other, blocks).counts.get('城市更新')).toBe(6);
  });

  it('marks the title on its own', () => {
    expect(titleMarksOf(compileLexicon([entry('城市更新')]), '无锡推动城市更新')).toEqual([{ from: 4, to: 8, entryId: '城市更新' }]);
  });
});

describe('highlightCategoryFor', () => {
  it('takes the category of the same name in either language, renamed or not, else Policy phrase', () => {
    const categories = defaultCategories();
    expect(highlightCategoryFor('项目', categories)).toBe('project');
    expect(highlightCategoryFor(' Risk ', categories)).toBe('risk');
    expect(highlightCategoryFor('民生与治理', categories)).toBe('policy');
    const renamed = categories.map((category) => (category.id === 'other' ? { ...category, names: { 'zh-CN': '民生与治理' } } : category));
    expect(highlightCategoryFor('民生与治理', renamed)).toBe('other');
    // A renamed category no longer answers to its old name in that language.
    expect(highlightCategoryFor('其他', renamed)).toBe('policy');
    expect(highlightCategoryFor('Other', renamed)).toBe('other');
  });
});
