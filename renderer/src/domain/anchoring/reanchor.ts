// Finds a highlight's span again in a text that may have changed. When the old text is known
// (a new version of an issue replacing the stored one), the span is followed through the diff
// of the two versions: where it went is then known, and a passage whose text was wholly
// replaced is looked for only in text the new version inserted (a moved passage). Otherwise,
// by its selectors alone, in order:
//   1. the recorded position, if the quote is still there and its context agrees;
//   2. the unchanged quote elsewhere, chosen by its context (then by distance);
//   3. a near match of the quote between the recorded context (an edit inside the span);
// and otherwise orphaned. A place is only taken when the context agrees with it, and when two
// unrelated places fit about equally and distance cannot tell them apart the highlight is
// orphaned: a quote that still occurs verbatim elsewhere must not pull the highlight there.
import { bigramContainment, bigramDice, commonPrefixRun, commonSuffixRun, prefixAgreement, suffixAgreement } from './context-score';
import { isInsertedText, mapSpan, slideNear, type TextDiff } from './text-diff';
import type { AnchorTarget, Reanchored } from './types';

/** Context agreement (prefix + suffix, each 0–1) a place needs: one whole side, or half of each. */
const MIN_CONTEXT = 1;
/** Similarity of a near match to the old quote (0–1) below which it is not the same text. */
const MIN_QUOTE_SIMILARITY = 0.5;
/** …and below which it is not, even between a prefix and a suffix that are both intact. */
const MIN_QUOTE_SIMILARITY_BETWEEN_FULL_CONTEXT = 0.25;
/** Context agreement of (nearly) both whole sides. */
const FULL_CONTEXT = 1.9;
/** Candidates whose scores differ by less than this are equally good: distance must decide, or nothing. */
const AMBIGUITY_MARGIN = 0.2;
/** Length of the pieces of context and quote looked up to bracket a near match. */
const PIECE = 8;
/** Cap on candidates per looked-up piece, so a very common quote cannot make re-anchoring slow. */
const MAX_OCCURRENCES = 400;

/**
 * How far from its recorded position a place with only part of its context may be. Small edits
 * move text by a little; a place far away must show its whole context (a passage inserted
 * before a highlight moves it far, but leaves its context whole).
 */
const NEAR = 64;
/** Share of the quote's bigrams still around its old place above which that place is a rival to a far copy. */
const HOME_RESEMBLANCE = 0.6;

interface Candidate {
  start: number;
  end: number;
  /** Context agreement, 0–2. */
  context: number;
  /** Context plus, for a near match, quote similarity. */
  score: number;
}

function occurrences(text: string, needle: string, limit = MAX_OCCURRENCES): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function contextScore(target: AnchorTarget, text: string, start: number, end: number): number {
  return prefixAgreement(target, text, start) + suffixAgreement(target, text, end);
}

/**
 * 0–1: how much of the old quote a candidate keeps. One edit inside keeps both ends, so the
 * equal head and tail measure it exactly; several edits in a long quote are measured by bigrams.
 */
export function quoteSimilarity(quote: string, candidate: string): number {
  if (quote === candidate) return 1;
  const longest = Math.max(quote.length, candidate.length);
  if (longest === 0) return 1;
  const head = commonPrefixRun(quote, 0, candidate, 0);
  const tail = commonSuffixRun(quote, quote.length, candidate, candidate.length);
  const ends = Math.min(head + tail, Math.min(quote.length, candidate.length)) / longest;
  return quote.length >= 2 * PIECE ? Math.max(ends, bigramDice(quote, candidate)) : ends;
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/**
 * The best candidate, or null when it is ambiguous: another place, not overlapping it, scores
 * nearly as well and neither is clearly nearer the recorded position.
 */
function choose(all: Candidate[], oldStart: number): Candidate | null {
  const candidates = all.filter((candidate) => candidate.context >= FULL_CONTEXT || Math.abs(candidate.start - oldStart) <= NEAR);
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const best = sorted[0]!;
  const rivals = sorted.filter((other) => other !== best && !overlaps(other, best) && other.score > best.score - AMBIGUITY_MARGIN);
  if (rivals.length === 0) return best;
  const contenders = [best, ...rivals].map((candidate) => ({ candidate, distance: Math.abs(candidate.start - oldStart) }));
  contenders.sort((a, b) => a.distance - b.distance);
  const [nearest, next] = contenders;
  // Edits move text by a little; a copy of the passage far away is a different place.
  if (nearest!.distance * 4 + 64 <= next!.distance) return nearest!.candidate;
  return null;
}

/** Step 2: the unchanged quote wherever it occurs, judged by its context. */
function findMoved(target: AnchorTarget, text: string): Candidate | null | 'ambiguous' {
  const { exact } = target.quote;
  const candidates: Candidate[] = [];
  for (const start of occurrences(text, exact)) {
    const score = contextScore(target, text, start, start + exact.length);
    if (score >= MIN_CONTEXT) candidates.push({ start, end: start + exact.length, context: score, score });
  }
  if (candidates.length === 0) return null;
  const chosen = choose(candidates, target.position.start);
  // Only fitting places far away with part of their context: let the near-match search judge.
  if (
    !chosen &&
    candidates.every((candidate) => candidate.context < FULL_CONTEXT && Math.abs(candidate.start - target.position.start) > NEAR)
  )
    return null;
  return chosen ?? 'ambiguous';
}

/** Where a near match may start: after a surviving piece of the prefix, or at the quote's surviving head. */
function possibleStarts(target: AnchorTarget, text: string): Set<number> {
  const { prefix, exact } = target.quote;
  const starts = new Set<number>();
  if (prefix.length === 0) starts.add(0);
  for (let pieceEnd = prefix.length; pieceEnd >= PIECE && pieceEnd >= prefix.length - PIECE; pieceEnd -= PIECE) {
    const piece = prefix.slice(pieceEnd - PIECE, pieceEnd);
    for (const at of occurrences(text, piece)) {
      // Follow the rest of the prefix as far as it survives: the near match starts where it stops.
      const after = at + PIECE;
      starts.add(after + commonPrefixRun(prefix, pieceEnd, text, after));
    }
  }
  if (prefix.length > 0 && prefix.length < PIECE) for (const at of occurrences(text, prefix)) starts.add(at + prefix.length);
  for (const at of occurrences(text, exact.slice(0, PIECE))) starts.add(at);
  return starts;
}

/** Where a near match may end: before a surviving piece of the suffix, or after the quote's surviving tail. */
function possibleEnds(target: AnchorTarget, text: string): Set<number> {
  const { suffix, exact } = target.quote;
  const ends = new Set<number>();
  if (suffix.length === 0) ends.add(text.length);
  for (let pieceStart = 0; pieceStart + PIECE <= suffix.length && pieceStart <= PIECE; pieceStart += PIECE) {
    const piece = suffix.slice(pieceStart, pieceStart + PIECE);
    for (const at of occurrences(text, piece)) ends.add(at - commonSuffixRun(suffix, pieceStart, text, at));
  }
  if (suffix.length > 0 && suffix.length < PIECE) for (const at of occurrences(text, suffix)) ends.add(at);
  const tail = exact.slice(-PIECE);
  for (const at of occurrences(text, tail)) ends.add(at + tail.length);
  return ends;
}

/** Step 3: a changed quote bracketed by its surviving context or its surviving ends. */
function findFuzzy(target: AnchorTarget, text: string, nearOnly = false): Candidate | null {
  const { exact } = target.quote;
  const minLength = Math.max(1, Math.floor(exact.length * 0.5));
  const maxLength = Math.ceil(exact.length * 1.5) + 16;
  const ends = [...possibleEnds(target, text)].sort((a, b) => a - b);
  const candidates: Candidate[] = [];
  for (const start of possibleStarts(target, text)) {
    if (nearOnly && Math.abs(start - target.position.start) > NEAR) continue;
    for (const end of ends) {
      const length = end - start;
      if (length < minLength) continue;
      if (length > maxLength) break;
      const similarity = quoteSimilarity(exact, text.slice(start, end));
      if (similarity < MIN_QUOTE_SIMILARITY_BETWEEN_FULL_CONTEXT) continue;
      const context = contextScore(target, text, start, end);
      if (context < MIN_CONTEXT) continue;
      // A quote rewritten more than half is still the same place when all its context is there.
      if (similarity < MIN_QUOTE_SIMILARITY && context < FULL_CONTEXT) continue;
      candidates.push({ start, end, context, score: similarity + context });
    }
  }
  return choose(candidates, target.position.start);
}

/** Finds `target` in `text` by its selectors alone (no knowledge of how the text changed). */
function search(target: AnchorTarget, text: string): Reanchored {
  const { start, end } = target.position;
  const { exact } = target.quote;
  if (text.slice(start, end) === exact && contextScore(target, text, start, end) >= FULL_CONTEXT) return { status: 'exact', start, end };
  const moved = findMoved(target, text);
  if (moved === 'ambiguous') return { status: 'orphaned', start, end };
  if (moved && Math.abs(moved.start - start) > NEAR) {
    // A copy of the quote far away, but an edited version at home with all its context: the
    // highlight's own text was edited, and the copy is another passage.
    const home = findFuzzy(target, text, true);
    if (home && home.context >= FULL_CONTEXT) return { status: 'fuzzy', start: home.start, end: home.end };
    // An edited version at home with part of its context, or text at home still much like the
    // quote: either place could be meant, so neither is taken.
    if (home) return { status: 'orphaned', start, end };
    const homeWindow = text.slice(Math.max(0, start - NEAR), end + NEAR);
    if (bigramContainment(exact, homeWindow) >= HOME_RESEMBLANCE) return { status: 'orphaned', start, end };
  }
  if (moved) return { status: 'moved', start: moved.start, end: moved.end };
  const fuzzy = findFuzzy(target, text);
  if (
    fuzzy &&
    Math.abs(fuzzy.start - start) > NEAR &&
    bigramContainment(exact, text.slice(Math.max(0, start - NEAR), end + NEAR)) >= HOME_RESEMBLANCE
  )
    return { status: 'orphaned', start, end };
  if (fuzzy) return { status: text.slice(fuzzy.start, fuzzy.end) === exact ? 'moved' : 'fuzzy', start: fuzzy.start, end: fuzzy.end };
  return { status: 'orphaned', start, end };
}

/** Whether `diff` starts from the text `target` was taken from (its quote and context are there). */
function describesOldText(target: AnchorTarget, diff: TextDiff): boolean {
  const { start, end } = target.position;
  const { exact, prefix, suffix } = target.quote;
  const old = diff.oldText;
  return (
    old.slice(start, end) === exact && old.slice(start - prefix.length, start) === prefix && old.slice(end, end + suffix.length) === suffix
  );
}

/**
 * Where old span [start, end) of `diff`'s old text is in its new text, or null when none of
 * its characters are left, or when an edit in repeated text leaves it unknowable (an edit that
 * could equally have been a span's length away). Also for a placed fuzzy highlight, whose
 * quote is older than the text it is on.
 */
export function followSpan(diff: TextDiff, start: number, end: number): { start: number; end: number; kept: number } | null {
  const mapped = mapSpan(diff, start, end);
  if (mapped.kept === 0 || slideNear(diff, start, end) >= mapped.end - mapped.start) return null;
  return mapped;
}

/** Step 0, when the old text is known: follow the span through the diff. */
function follow(target: AnchorTarget, text: string, diff: TextDiff): Reanchored {
  const { start, end } = target.position;
  const { exact } = target.quote;
  const mapped = mapSpan(diff, start, end);
  if (mapped.kept > 0) {
    if (!followSpan(diff, start, end)) return { status: 'orphaned', start, end };
    const now = text.slice(mapped.start, mapped.end);
    if (now === exact) return { status: mapped.start === start ? 'exact' : 'moved', start: mapped.start, end: mapped.end };
    // Its own text, edited: a near match while enough of it is left, else not the same text.
    if (2 * mapped.kept >= exact.length || quoteSimilarity(exact, now) >= MIN_QUOTE_SIMILARITY)
      return { status: 'fuzzy', start: mapped.start, end: mapped.end };
    return { status: 'orphaned', start, end };
  }
  // All of its text was deleted or replaced. A passage moved elsewhere shows up as inserted
  // text; a copy in text that was already there is another passage.
  const moved = findInInserted(target, text, diff);
  if (moved) return { status: 'moved', start: moved.start, end: moved.end };
  const found = search(target, text);
  if (found.status !== 'orphaned' && isInsertedText(diff, found.start, found.end)) return found;
  return { status: 'orphaned', start, end };
}

/**
 * The unchanged quote in text the new version inserted, with part of its context at least
 * (a moved passage keeps the context inside it, not the context at its edges); null when
 * there is none or two such places fit about equally.
 */
function findInInserted(target: AnchorTarget, text: string, diff: TextDiff): Candidate | null {
  const { exact } = target.quote;
  const candidates: Candidate[] = [];
  for (const hunk of diff.hunks) {
    if (hunk.newEnd - hunk.newStart < exact.length) continue;
    const inserted = text.slice(hunk.newStart, hunk.newEnd);
    for (const offset of occurrences(inserted, exact)) {
      const at = hunk.newStart + offset;
      const context = contextScore(target, text, at, at + exact.length);
      if (context >= MIN_CONTEXT) candidates.push({ start: at, end: at + exact.length, context, score: context });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const [best, next] = candidates;
  if (!best || (next && !overlaps(best, next) && next.score > best.score - AMBIGUITY_MARGIN)) return null;
  return best;
}

/**
 * Finds `target` in `text`. Pure; orphaned results keep the old offsets, which must not be
 * painted. With `diff` (diffTexts(oldText, text), computed once for all of an issue's
 * highlights) the span is followed through the edits when `target` was taken from that old
 * text; otherwise it is searched for by its quote, context and position.
 */
export function reanchor(target: AnchorTarget, text: string, diff?: TextDiff): Reanchored {
  const { start, end } = target.position;
  if (target.quote.exact.length === 0) return { status: 'orphaned', start, end };
  if (diff && diff.newText === text && describesOldText(target, diff)) return follow(target, text, diff);
  return search(target, text);
}
