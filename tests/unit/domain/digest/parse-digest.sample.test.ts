// The sample issue against its hand-checked expectations in the shared corpus
// (../shared/corpus/wuxi-leaders-week-2022-09-12.expected.json, beside the repository).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';

// tests/unit/domain/digest/ → repository root → ../shared/corpus/
const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
const readCorpus = (name: string) => readFileSync(fileURLToPath(new URL(name, corpus)), 'utf8');

describe('the sample issue (wuxi-leaders-week-2022-09-12)', () => {
  const expected = JSON.parse(readCorpus('wuxi-leaders-week-2022-09-12.expected.json')) as Record<string, unknown>;
  const issue = parseDigest(readCorpus('wuxi-leaders-week-2022-09-12.txt'));

  it.each(['series', 'period', 'published', 'sections', 'imagePlaceholders', 'credits'] as const)('finds the %s', (field) => {
    expect(issue[field]).toEqual(expected[field]);
  });

  it('starts each event paragraph named in the expectations at its line', () => {
    const events = expected.events as { line: number }[];
    const paragraphLines = new Set(issue.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.line));
    for (const event of events) expect(paragraphLines, `line ${event.line}`).toContain(event.line);
  });
});
