// Answers a folded term from a segment's postings, exactly. A term of two or more characters
// without white space is found where its covering bigrams (at offsets 0, 2, 4 … and the last)
// all occur at the right distance from one start: every character is then the typed one, so no
// text need be read. One character: the documents that contain it. A term with white space in it
// ("招商 引资") is rare: its pieces give candidates, and the caller checks those against the text.
import { isSeparator } from './fold';
import { intersectSorted } from './postings';
import type { Posting } from './segment';
import type { TokenCode } from './tokens';

export type TermPlan =
  | { kind: 'unigram'; code: TokenCode }
  | { kind: 'phrase'; parts: { offset: number; code: TokenCode }[] }
  | { kind: 'pieces'; pieces: TermPlan[] };

/** How a folded term is looked up; null for a term with no character to look up (white space only). */
export function planTerm(folded: string): TermPlan | null {
  const pieces = folded
    .split(/[\s\u00a0\u2028\u2029\ufeff]+/)
    .filter((piece) => piece.length > 0 && ![...piece].every((c) => isSeparator(c.charCodeAt(0))));
  if (pieces.length === 0) return null;
  if (pieces.length > 1 || pieces[0] !== folded) return { kind: 'pieces', pieces: pieces.map((piece) => planTerm(piece)!) };
  if (folded.length === 1) return { kind: 'unigram', code: folded.charCodeAt(0) };
  const offsets = new Set<number>();
  for (let offset = 0; offset < folded.length - 1; offset += 2) offsets.add(offset);
  offsets.add(folded.length - 2);
  return {
    kind: 'phrase',
    parts: [...offsets].map((offset) => ({ offset, code: folded.charCodeAt(offset) * 0x10000 + folded.charCodeAt(offset + 1) })),
  };
}

/** Whether a plan's answer needs checking against the text (only a term with white space in it). */
export function needsVerification(plan: TermPlan): boolean {
  return plan.kind === 'pieces';
}

/**
 * The local documents of one segment the plan matches (ascending): exact for 'unigram' and
 * 'phrase', a superset for 'pieces'. `postingOf` gives a token's posting in this segment, or
 * undefined when the segment lacks the token.
 */
export function matchPlan(plan: TermPlan, postingOf: (code: TokenCode) => Posting | undefined): Int32Array {
  if (plan.kind === 'unigram') return postingOf(plan.code)?.docs ?? new Int32Array(0);
  if (plan.kind === 'pieces') return intersectSorted(plan.pieces.map((piece) => matchPlan(piece, postingOf)));
  const postings: Posting[] = [];
  for (const part of plan.parts) {
    const posting = postingOf(part.code);
    if (!posting) return new Int32Array(0);
    postings.push(posting);
  }
  if (postings.length === 1) return postings[0]!.docs;
  const docs = intersectSorted(postings.map((posting) => posting.docs));
  const out = new Int32Array(docs.length);
  let count = 0;
  const cursors = new Int32Array(postings.length);
  for (const doc of docs) {
    // Where this document sits in each posting (docs ascend, so cursors only move forward).
    for (let k = 0; k < postings.length; k++) {
      const list = postings[k]!.docs;
      let at = cursors[k]!;
      while (list[at]! < doc) at++;
      cursors[k] = at;
    }
    if (startsAligned(plan.parts, postings, cursors)) out[count++] = doc;
  }
  return out.slice(0, count);
}

/** Whether some start has every part's bigram at start + offset, in the documents at `cursors`. */
function startsAligned(parts: readonly { offset: number }[], postings: readonly Posting[], cursors: Int32Array): boolean {
  // Lead with the part that occurs least often in this document.
  let lead = 0;
  let leadCount = Infinity;
  for (let k = 0; k < postings.length; k++) {
    const { starts } = postings[k]!;
    const count = starts![cursors[k]! + 1]! - starts![cursors[k]!]!;
    if (count < leadCount) {
      lead = k;
      leadCount = count;
    }
  }
  const leadPosting = postings[lead]!;
  const from = leadPosting.starts![cursors[lead]!]!;
  for (let p = from; p < from + leadCount; p++) {
    const start = leadPosting.positions![p]! - parts[lead]!.offset;
    let all = start >= 0;
    for (let k = 0; k < postings.length && all; k++) {
      if (k === lead) continue;
      const { starts, positions } = postings[k]!;
      all = containsSorted(positions!, starts![cursors[k]!]!, starts![cursors[k]! + 1]!, start + parts[k]!.offset);
    }
    if (all) return true;
  }
  return false;
}

function containsSorted(values: Int32Array, from: number, to: number, wanted: number): boolean {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return low < to && values[low] === wanted;
}
