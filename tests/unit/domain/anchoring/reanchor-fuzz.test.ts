// The edit fuzz: seeded insertions, deletions and replacements inside and around highlighted
// spans of the corpus texts. Every highlight must come back on text equal to its quote, on a
// near match that is flagged (fuzzy) and overlaps its true place, or orphaned: none on unrelated
// text, none dropped. Run both ways the app re-anchors: following the diff of the old and new
// text (a new version replacing a stored issue), and by the selectors alone. The counts are printed.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeSpan,
  diffTexts,
  issueTextOf,
  reanchor,
  type AnchorTarget,
  type Reanchored,
} from '../../../../renderer/src/domain/anchoring';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import { corpusDir, corpusText } from '../../factories';
import { applyEdit, judge, mulberry32, pickSpans, seededEdits, trackSpan, type Span, type Verdict } from './edit-fuzz';

const texts = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => issueTextOf(parseDigest(corpusText(name)).blocks));
const pool = texts.join('');

type Anchor = (target: AnchorTarget, changed: string, old: string) => Reanchored;
/** One diff per changed text, as reanchorIssueHighlights computes it once per issue. */
const withOldText = (): Anchor => {
  let last: ReturnType<typeof diffTexts> | undefined;
  return (target, changed, old) => {
    if (!last || last.oldText !== old || last.newText !== changed) last = diffTexts(old, changed);
    return reanchor(target, changed, last);
  };
};
const selectorsOnly: Anchor = (target, changed) => reanchor(target, changed);

/** One round: a text, its highlighted spans and its seeded edits. */
interface Round {
  text: string;
  spans: Span[];
  editCount: number;
}

function fuzz(label: string, rounds: (random: () => number, round: number) => Round, anchor: Anchor, minEdits: number) {
  const random = mulberry32(20240817);
  const verdicts: Record<Verdict, number> = { exact: 0, 'boundary-off': 0, 'wrong place': 0, orphaned: 0 };
  const statuses: Record<string, number> = {};
  let edits = 0;
  let highlights = 0;
  let orphanedRightly = 0;
  const wrong: string[] = [];
  for (let round = 0; edits < minEdits; round++) {
    const { text, spans, editCount } = rounds(random, round);
    const editSet = seededEdits(text, spans, editCount, pool, random);
    edits += editSet.length;
    const changed = editSet.reduce(applyEdit, text);
    for (const span of spans) {
      const target = describeSpan(text, span.start, span.end);
      const truth = editSet.reduce<Span | null>(trackSpan, span);
      const result = anchor(target, changed, text);
      highlights++;
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      const verdict = judge(result, truth);
      verdicts[verdict]++;
      if (verdict === 'orphaned' && truth === null) orphanedRightly++;
      // Placed unflagged means the text there is the quote itself.
      if (result.status === 'exact' || result.status === 'moved') expect(changed.slice(result.start, result.end)).toBe(target.quote.exact);
      if (verdict === 'wrong place')
        wrong.push(
          `${JSON.stringify(target.quote.exact)} → ${JSON.stringify(changed.slice(result.start, result.end))} ${result.status} at ${result.start} truth ${JSON.stringify(truth)} old ${span.start}`,
        );
    }
  }
  console.log(
    `anchoring fuzz (${label}): ${edits} edits, ${highlights} highlights — exact ${verdicts.exact}, boundary-off ${verdicts['boundary-off']}, ` +
      `wrong place ${verdicts['wrong place']}, orphaned ${verdicts.orphaned} (${orphanedRightly} whose text was deleted); statuses ${JSON.stringify(statuses)}`,
  );
  expect(edits).toBeGreaterThanOrEqual(minEdits);
  expect(wrong).toEqual([]);
  expect(verdicts.exact + verdicts['boundary-off'] + verdicts.orphaned).toBe(highlights);
  return { highlights, exact: verdicts.exact };
}

/** Several edits per text (one per ~150 characters), half of them inside highlighted spans. */
const corpusRounds = (random: () => number, round: number): Round => {
  const text = texts[round % texts.length]!;
  return {
    text,
    spans: pickSpans(text, Math.max(4, Math.round(text.length / 100)), random),
    editCount: Math.max(3, Math.round(text.length / 150)),
  };
};

/**
 * A paragraph that occurs twice (a digest repeating a passage): the highlights are in one copy,
 * which is edited hard, while the other copy stays untouched and tempts.
 */
const duplicatedParagraphRounds = (random: () => number, round: number): Round => {
  const source = texts[round % texts.length]!;
  const lines = source.split('\n');
  const long = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.length >= 60);
  const { line, index } = long[Math.floor(random() * long.length)]!;
  const copyAt = (index + 1 + Math.floor(random() * (lines.length - 1))) % lines.length;
  const withCopy = [...lines];
  withCopy.splice(copyAt + (copyAt > index ? 1 : 0), 0, line);
  const text = withCopy.join('\n');
  const lineStart = withCopy.slice(0, index + (copyAt < index ? 1 : 0)).reduce((sum, other) => sum + other.length + 1, 0);
  const spans = pickSpans(line, 3, random).map((span) => ({ start: lineStart + span.start, end: lineStart + span.end }));
  return { text, spans, editCount: 8 };
};

describe('re-anchoring under a seeded edit fuzz', () => {
  it('following the diff of the old and new text, puts no highlight on unrelated text and drops none', () => {
    const { highlights, exact } = fuzz('with the old text', corpusRounds, withOldText(), 1200);
    expect(exact / highlights).toBeGreaterThan(0.95);
  });

  it('by the selectors alone, puts no highlight on unrelated text and drops none', () => {
    const { highlights, exact } = fuzz('selectors only', corpusRounds, selectorsOnly, 1200);
    // Re-anchoring is useful, not merely safe: most highlights land exactly.
    expect(exact / highlights).toBeGreaterThan(0.9);
  });

  it('following the diff, never takes the untouched copy of a paragraph whose highlighted copy was edited', () => {
    const { highlights, exact } = fuzz('duplicated paragraph, with the old text', duplicatedParagraphRounds, withOldText(), 1000);
    // Eight edits in one paragraph rewrite many quotes by more than half: those are orphaned by design.
    expect(exact / highlights).toBeGreaterThan(0.6);
  });
});
