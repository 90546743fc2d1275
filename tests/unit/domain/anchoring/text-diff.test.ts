// The diff of two versions of an issue text, and re-anchoring that follows a highlight through
// it. Expectations are written from reading the sample issue's text.
import { describe, expect, it } from 'vitest';
import { describeSpan, diffTexts, followSpan, issueTextOf, mapSpan, reanchor } from '../../../../renderer/src/domain/anchoring';
import { myersMatches } from '../../../../renderer/src/domain/anchoring/myers';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import { corpusText } from '../../factories';

const text = issueTextOf(parseDigest(corpusText('wuxi-leaders-week-2022-09-12.txt')).blocks);
const sentence = '城市更新,向美而行。';
const at = text.indexOf(sentence);
const span = { start: at, end: at + 4 }; // 城市更新
const replace = (source: string, from: number, to: number, insert: string) => source.slice(0, from) + insert + source.slice(to);
const codes = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

describe("Myers' diff", () => {
  it('finds a longest common subsequence', () => {
    // The classic example: ABCABBA → CBABAC keeps four letters (e.g. B, A, B, A).
    const runs = myersMatches(codes('ABCABBA'), codes('CBABAC'), 100)!;
    expect(runs.reduce((sum, run) => sum + run.length, 0)).toBe(4);
    for (const run of runs) expect('ABCABBA'.slice(run.a, run.a + run.length)).toBe('CBABAC'.slice(run.b, run.b + run.length));
  });

  it('gives up beyond its edit budget', () => {
    expect(myersMatches(codes('abcdef'), codes('uvwxyz'), 3)).toBeNull();
  });
});

describe('mapping a span through the diff', () => {
  it('keeps an unchanged text as it is', () => {
    const diff = diffTexts(text, text);
    expect(diff.hunks).toEqual([]);
    expect(mapSpan(diff, span.start, span.end)).toEqual({ ...span, kept: 4 });
  });

  it('shifts a span by text inserted before it, and leaves text inserted at its edges outside', () => {
    const before = diffTexts(text, replace(text, 10, 10, '导语。'));
    expect(mapSpan(before, span.start, span.end)).toEqual({ start: span.start + 3, end: span.end + 3, kept: 4 });
    const atStart = replace(text, span.start, span.start, '推进');
    expect(mapSpan(diffTexts(text, atStart), span.start, span.end)).toEqual({ start: span.start + 2, end: span.end + 2, kept: 4 });
    const atEnd = replace(text, span.end, span.end, '工作');
    expect(mapSpan(diffTexts(text, atEnd), span.start, span.end)).toEqual({ ...span, kept: 4 });
  });

  it('takes text inserted inside a span, or replacing part of it, into the span', () => {
    // 城市更新 → 城市有机更新
    const inside = replace(text, span.start + 2, span.start + 2, '有机');
    expect(mapSpan(diffTexts(text, inside), span.start, span.end)).toEqual({ start: span.start, end: span.end + 2, kept: 4 });
    // 城市更新 → 城区更新: one character replaced, three kept.
    const replaced = replace(text, span.start + 1, span.start + 2, '区');
    expect(mapSpan(diffTexts(text, replaced), span.start, span.end)).toEqual({ ...span, kept: 3 });
  });

  it('keeps nothing of a span whose text was deleted', () => {
    const without = replace(text, at, at + sentence.length, '');
    expect(mapSpan(diffTexts(text, without), span.start, span.end).kept).toBe(0);
  });

  it('pairs the edited copy of a repeated paragraph with its edit, not with the untouched copy', () => {
    // The paragraph "城市更新,向美而行。过去一周,…" twice in a row; the first copy is edited.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const paragraph = text.slice(lineStart, lineEnd);
    const twice = replace(text, lineStart, lineEnd, paragraph + '\n' + paragraph);
    const edited = replace(twice, at + 5, at + 9, '向善'); // 向美而行 → 向善
    const mapped = mapSpan(diffTexts(twice, edited), at, at + sentence.length);
    expect(edited.slice(mapped.start, mapped.end)).toBe('城市更新,向善。');
    expect(mapped.start).toBe(at);
  });
});

describe('re-anchoring with the old text', () => {
  const target = describeSpan(text, span.start, span.end);

  it('follows a flagged edit of the quote to its place', () => {
    const edited = replace(text, span.start + 2, span.start + 2, '有机');
    expect(reanchor(target, edited, diffTexts(text, edited))).toEqual({ status: 'fuzzy', start: span.start, end: span.end + 2 });
  });

  it('orphans a highlight whose passage was deleted though its quote and context occur elsewhere', () => {
    // A copy of the sentence with its context is appended; then the highlighted one is deleted.
    const from = span.start - 40;
    const withCopy = text + '\n' + text.slice(from, span.end + 40);
    const copied = describeSpan(withCopy, span.start, span.end);
    const without = replace(withCopy, from, span.end + 40, '');
    expect(reanchor(copied, without, diffTexts(withCopy, without)).status).toBe('orphaned');
  });

  it('finds a passage that was moved, in the text the new version inserted', () => {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at) + 1;
    const paragraph = text.slice(lineStart, lineEnd);
    const moved = replace(text, lineStart, lineEnd, '') + '\n' + paragraph;
    const result = reanchor(target, moved, diffTexts(text, moved));
    expect(result.status).toBe('moved');
    expect(result.start).toBe(moved.lastIndexOf(sentence));
  });

  it('orphans a span in repeated text when the edit could have been on either repeat', () => {
    const old = '会议强调,要学习学习再学习,推动工作落实。';
    const first = old.indexOf('学习');
    const changed = '会议强调,要学习再学习,推动工作落实。';
    const diff = diffTexts(old, changed);
    expect(followSpan(diff, first, first + 2)).toBeNull();
    expect(reanchor(describeSpan(old, first, first + 2), changed, diff).status).toBe('orphaned');
  });

  it('searches by the selectors when the diff does not start from the text the target was taken from', () => {
    const other = replace(text, 0, 0, '另一版本。');
    const edited = replace(text, 10, 10, '导语。');
    expect(reanchor(target, edited, diffTexts(other, edited))).toEqual({ status: 'moved', start: span.start + 3, end: span.end + 3 });
  });
});
