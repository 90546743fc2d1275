// Where the lexicon's phrases are in an issue: the matcher run once over the issue text (as the
// counts are taken, so the marks and lexiconCounts agree) and its matches handed out to the
// blocks in block-local offsets. Memoised on the matcher and the text itself, not on the render:
// a live query answering again with an equal text, or a highlight being added, costs a lookup.
import { blockStarts, issueTextOf } from '../../../domain/anchoring';
import type { LexiconMatch } from '../../../domain/lexicon/types';
import type { LexiconMatcher } from '../../../domain/lexicon/matcher';

/** One occurrence in a block, in block-local offsets. */
export interface BlockMatch {
  from: number;
  to: number;
  entryId: string;
}

export interface IssueMarks {
  /** Per block, its occurrences in order. */
  blocks: BlockMatch[][];
  /** Occurrences per entry id over the issue text (the same figure lexiconCounts keeps). */
  counts: ReadonlyMap<string, number>;
}

/** The matches cut to blocks; a match crossing a block boundary (none can: phrases hold no "\n") is dropped. */
export function matchesByBlock(matches: readonly LexiconMatch[], starts: readonly number[], lengths: readonly number[]): BlockMatch[][] {
  const blocks: BlockMatch[][] = starts.map(() => []);
  let block = 0;
  for (const match of matches) {
    while (block + 1 < starts.length && starts[block + 1]! <= match.start) block++;
    const start = starts[block]!;
    if (match.end - start > lengths[block]!) continue;
    blocks[block]!.push({ from: match.start - start, to: match.end - start, entryId: match.entryId });
  }
  return blocks;
}

export function markIssue(matcher: LexiconMatcher, blocks: readonly { text: string }[], text = issueTextOf(blocks)): IssueMarks {
  const matches = matcher.match(text);
  const counts = new Map<string, number>();
  for (const { entryId } of matches) counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
  return {
    blocks: matchesByBlock(
      matches,
      blockStarts(blocks),
      blocks.map((block) => block.text.length),
    ),
    counts,
  };
}

// A few recent issues per matcher: going back to the issue just read does not match it again.
const recent = new WeakMap<LexiconMatcher, Map<string, IssueMarks>>();
const KEPT_PER_MATCHER = 8;

/** markIssue, remembered per matcher and issue text. */
export function issueMarksOf(matcher: LexiconMatcher, blocks: readonly { text: string }[]): IssueMarks {
  const text = issueTextOf(blocks);
  let byText = recent.get(matcher);
  if (!byText) recent.set(matcher, (byText = new Map()));
  const known = byText.get(text);
  if (known) return known;
  const marks = markIssue(matcher, blocks, text);
  byText.set(text, marks);
  if (byText.size > KEPT_PER_MATCHER) byText.delete(byText.keys().next().value!);
  return marks;
}

/** The title's occurrences (the title is not one of the blocks: shown, never highlighted or counted). */
export function titleMarksOf(matcher: LexiconMatcher, title: string): BlockMatch[] {
  return issueMarksOf(matcher, [{ text: title }]).blocks[0]!;
}
