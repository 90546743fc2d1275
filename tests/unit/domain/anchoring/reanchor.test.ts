// Golden re-anchoring cases on the sample issue, each expectation written from reading the text.
import { describe, expect, it } from 'vitest';
import { blockAt, blockStarts, describeSpan, issueTextOf, reanchor } from '../../../../renderer/src/domain/anchoring';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import { corpusText } from '../../factories';

const blocks = parseDigest(corpusText('wuxi-leaders-week-2022-09-12.txt')).blocks;
const text = issueTextOf(blocks);
// "加快推进城市更新" in the paragraph on Liangxi district.
const phrase = '城市更新';
const paragraphWith = (words: string) => text.indexOf(words);

describe('the issue text', () => {
  it('joins the block texts with a newline, and maps offsets back to blocks', () => {
    const starts = blockStarts(blocks);
    expect(text.split('\n')).toEqual(blocks.map((block) => block.text));
    const at = text.indexOf(phrase);
    const block = blockAt(starts, at);
    expect(blocks[block]!.text.slice(at - starts[block]!, at - starts[block]! + phrase.length)).toBe(phrase);
  });
});

describe('re-anchoring on the sample', () => {
  const heading = paragraphWith('推动城市更新');
  const start = heading + 2;
  const target = describeSpan(text, start, start + phrase.length);

  it('finds an unchanged text at its position', () => {
    expect(reanchor(target, text)).toEqual({ status: 'exact', start, end: start + phrase.length });
  });

  it('follows the quote when a passage is inserted before it', () => {
    const inserted = '新增一段:市委召开常委会议。\n' + text;
    expect(reanchor(target, inserted)).toEqual({ status: 'moved', start: start + 15, end: start + 19 });
  });

  it('flags a near match when the quote itself was edited', () => {
    const edited = text.slice(0, start) + '城市有机更新' + text.slice(start + phrase.length);
    expect(reanchor(target, edited)).toEqual({ status: 'fuzzy', start, end: start + 6 });
  });

  it('orphans a highlight whose passage was deleted, though its quote occurs elsewhere', () => {
    // 城市更新 occurs several times in the issue; the heading that held this one is gone.
    expect(text.indexOf(phrase, start + 10)).toBeGreaterThan(-1);
    const without = text.slice(0, heading) + text.slice(heading + '推动城市更新\n打造品质之城'.length);
    expect(reanchor(target, without).status).toBe('orphaned');
  });

  it('orphans rather than guesses between two equal copies of its passage on either side', () => {
    const from = start - 40;
    const passage = text.slice(from, start + 40);
    const twoCopies =
      text.slice(0, from - 300) +
      passage +
      text.slice(from - 300, from) +
      text.slice(from + 80, from + 380) +
      passage +
      text.slice(from + 380);
    expect(reanchor(target, twoCopies).status).toBe('orphaned');
  });

  it('takes the nearer of two equal copies when one is where the text was', () => {
    const copyAtEnd = text + '\n' + text.slice(start - 40, start + 40);
    expect(reanchor(target, copyAtEnd)).toEqual({ status: 'exact', start, end: start + phrase.length });
  });
});
