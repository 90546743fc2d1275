// Golden fixtures: every text of the shared corpus parsed and compared with the expectations in
// tests/fixtures/digest/<name>.expected.json, written by reading each text (see the README there).

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import type { BlockKind, ParsedIssue, Period, SectionHeading } from '../../../../renderer/src/domain/digest/types';

interface Fixture {
  file: string;
  note: string;
  title: string;
  series: string | null;
  period: Period | null;
  published: string | null;
  source: string | null;
  sections: SectionHeading[];
  imagePlaceholders: number;
  credits: string[];
  /** How many blocks of each kind; a kind left out must not occur. */
  blockCounts: Partial<Record<BlockKind, number>>;
  /** Blocks that must start at these lines, with this kind and text start. */
  blocks: { line: number; kind: BlockKind; startsWith: string }[];
  /** Text (page chrome, meta lines) that no block may contain. */
  absent: string[];
}

const ALL_KINDS: BlockKind[] = ['intro', 'heading', 'subheading', 'paragraph', 'image', 'credit'];
const corpusDir = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('../../../fixtures/digest/', import.meta.url));

const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => JSON.parse(readFileSync(fixturesDir + name, 'utf8')) as Fixture);

function countKinds(issue: ParsedIssue): Record<BlockKind, number> {
  const counts = Object.fromEntries(ALL_KINDS.map((kind) => [kind, 0])) as Record<BlockKind, number>;
  for (const block of issue.blocks) counts[block.kind] += 1;
  return counts;
}

describe('golden fixtures', () => {
  it('has a fixture for every text of the corpus', () => {
    const texts = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));
    expect(fixtures.map((fixture) => fixture.file).sort()).toEqual(texts.sort());
  });

  describe.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (file, fixture) => {
    const issue = parseDigest(readFileSync(corpusDir + file, 'utf8'));

    it('finds title, series, period, publish time and source', () => {
      expect({
        title: issue.title,
        series: issue.series,
        period: issue.period,
        published: issue.published,
        source: issue.source,
      }).toEqual({
        title: fixture.title,
        series: fixture.series,
        period: fixture.period,
        published: fixture.published,
        source: fixture.source,
      });
    });

    it('finds the sections, image placeholders and credits', () => {
      expect(issue.sections).toEqual(fixture.sections);
      expect(issue.imagePlaceholders).toBe(fixture.imagePlaceholders);
      expect(issue.credits).toEqual(fixture.credits);
    });

    it('has as many blocks of each kind as expected', () => {
      const expected = Object.fromEntries(ALL_KINDS.map((kind) => [kind, fixture.blockCounts[kind] ?? 0]));
      expect(countKinds(issue)).toEqual(expected);
    });

    it('puts the expected blocks at their lines', () => {
      for (const check of fixture.blocks) {
        const block = issue.blocks.find((candidate) => candidate.line === check.line);
        expect(block, `a block at line ${check.line}`).toBeDefined();
        expect(block?.kind, `kind at line ${check.line}`).toBe(check.kind);
        expect(block?.text.startsWith(check.startsWith), `text at line ${check.line}: ${block?.text.slice(0, 40)}`).toBe(true);
      }
    });

    it('drops page chrome and meta lines', () => {
      for (const text of fixture.absent) {
        const holder = issue.blocks.find((block) => block.text.includes(text));
        expect(holder, `"${text}" found in a block`).toBeUndefined();
      }
    });
  });
});
