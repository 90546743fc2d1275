// The parser is total and linear: seeded random texts (corpus fragments, control characters,
// lone surrogates, punctuation soup) never make it throw or break its invariants, and large
// inputs built to trip up regular expressions are parsed quickly.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import type { ParsedIssue } from '../../../../renderer/src/domain/digest/types';
import { mulberry32 as seededRandom } from '../../../seeded-random';

const corpusDir = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt') || name.endsWith('.html'))
  .map((name) => readFileSync(corpusDir + name, 'utf8'));

const PIECES = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '图片',
  '来源:',
  '发布时间:',
  '|',
  '｜',
  '9.12-9.18',
  '2022-09-19 14:38:35',
  '。',
  '，',
  '：',
  '（',
  '）',
  '\u3000',
  '\u00A0',
  '\uFEFF',
  '-',
  '【字体:',
  '一周',
  '7月',
  '1日 ',
  '责任编辑：',
  '友情链接:',
  ' > ',
  '一、',
  '（一）',
  '【要闻】',
  '图为',
  '第12期',
  '往期推荐',
  '-END-',
  '\u3000\u3000',
  '原创 滨江发布 2024-03-04 18:30',
  '12.30-1.5',
  '区委书记张伟主持召开区委常委会会议，传达学',
];

function randomText(random: () => number): string {
  const pick = (count: number) => Math.floor(random() * count);
  const parts: string[] = [];
  const length = pick(60);
  for (let index = 0; index < length; index += 1) {
    const choice = pick(6);
    if (choice === 0) {
      const text = corpus[pick(corpus.length)] ?? '';
      const start = pick(text.length);
      parts.push(text.slice(start, start + pick(400)));
    } else if (choice === 1) {
      parts.push(PIECES[pick(PIECES.length)] ?? '');
    } else if (choice === 2) {
      // any UTF-16 unit, lone surrogates included
      parts.push(String.fromCharCode(pick(0x10000)));
    } else if (choice === 3) {
      // control characters
      parts.push(String.fromCharCode(pick(0x20)));
    } else if (choice === 4) {
      parts.push(String.fromCodePoint(0x4e00 + pick(0x5000)).repeat(1 + pick(20)));
    } else {
      parts.push(' '.repeat(pick(5)));
    }
  }
  return parts.join('');
}

function expectWellFormed(issue: ParsedIssue, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const block of issue.blocks) {
    expect(block.line).toBeGreaterThanOrEqual(1);
    expect(block.line).toBeLessThanOrEqual(lineCount);
    expect(block.text).toBe(block.text.trim());
    if (block.kind !== 'image') expect(block.text.length).toBeGreaterThan(0);
  }
  const lines = issue.blocks.map((block) => block.line);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
  expect(issue.imagePlaceholders).toBe(issue.blocks.filter((block) => block.kind === 'image').length);
  expect(issue.credits).toEqual(issue.blocks.filter((block) => block.kind === 'credit').map((block) => block.text));
  expect(issue.sections.length).toBe(issue.blocks.filter((block) => block.kind === 'heading').length);
  if (issue.period) expect(issue.period.start <= issue.period.end).toBe(true);
}

describe('parseDigest on random input', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('never throws and stays well formed (seed %i, 150 texts)', (seed) => {
    const random = seededRandom(seed);
    for (let round = 0; round < 150; round += 1) {
      const text = randomText(random);
      let issue: ParsedIssue | undefined;
      expect(() => (issue = parseDigest(text)), `seed ${seed}, round ${round}`).not.toThrow();
      if (issue) expectWellFormed(issue, text);
    }
  });

  it.each([
    ['an empty string', ''],
    ['only blank lines', '\n \r\n\u3000\n\u00A0\n\n'],
    ['only a byte-order mark', '\uFEFF'],
    ['binary garbage', String.fromCharCode(...Array.from({ length: 4096 }, (_, index) => (index * 7919) % 65536))],
    ['lone surrogates', '\uD800\uDC00\uDFFF\uD83D一周|9.12-9.18\uDE00'],
  ])('copes with %s', (_name, text) => {
    expect(() => expectWellFormed(parseDigest(text), text)).not.toThrow();
  });
});

// Speed is measured by `npm run bench` (parse MB/s); here only that no input shape sends a rule into
// catastrophic backtracking: a quadratic rule on a megabyte runs for hours, far past the timeout.
describe('parseDigest on large input', { timeout: 120_000 }, () => {
  const MEGABYTE = 1 << 20;
  it.each([
    ['one line of Chinese', '市委书记主持召开会议'.repeat(MEGABYTE / 10)],
    ['one line of spaces ending in a letter', `${' '.repeat(MEGABYTE)}x`],
    ['one line of full-width spaces and colons', `${'\u3000：'.repeat(MEGABYTE / 2)}x`],
    ['one line of digits and dots', '9.12-'.repeat(MEGABYTE / 5)],
    ['one line of brackets', '【'.repeat(MEGABYTE)],
    ['a million short lines', '图片\n'.repeat(MEGABYTE / 3)],
    ['many heading-shaped lines', '稳经济促增长\n\n'.repeat(MEGABYTE / 8)],
    ['a long chronicle', '6月1日,区长王国荣主持召开全区重点项目推进会。\n'.repeat(MEGABYTE / 25)],
    ['a long hard-wrapped paragraph', '区委书记张伟主持召开区委常委会会议，传达学习全国两会精神和\n'.repeat(MEGABYTE / 30)],
    [
      'a long text without blank lines',
      '一、经济发展\n会议强调，要把学习贯彻全国两会精神作为重要政治任务。\n稳经济促增长\n'.repeat(MEGABYTE / 40),
    ],
  ])('parses %s without catastrophic backtracking', (_name, text) => {
    const issue = parseDigest(text);
    expect(issue.blocks).toBeInstanceOf(Array);
  });
});
