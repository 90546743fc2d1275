// The index's tokens: every character that is not white space (a unigram) and every pair of
// adjacent such characters (a bigram), over folded text. Any query substring of two or more
// characters contains only bigrams its every occurrence also contains, so intersecting bigram
// postings never misses a text; checking the folded text then removes the false candidates.
import { isSeparator } from './fold';

/** A token as a number: one code unit (unigram) or two packed as hi·65536+lo (bigram, ≥ 65536). */
export type TokenCode = number;

export function tokenCodeToString(code: TokenCode): string {
  return code < 0x10000 ? String.fromCharCode(code) : String.fromCharCode(Math.floor(code / 0x10000), code % 0x10000);
}

/**
 * Calls `emit` once for each token of a folded text, in text order; a token may come more than
 * once (callers that want each once per document dedupe with a last-seen map, cheaper than a Set).
 */
export function forEachTokenCode(folded: string, emit: (code: TokenCode) => void): void {
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isSeparator(code)) {
      previous = -1;
      continue;
    }
    emit(code);
    if (previous >= 0) emit(previous * 0x10000 + code);
    previous = code;
  }
}

/**
 * The tokens whose postings a folded query term must intersect: its distinct bigrams, or for a
 * term with no two adjacent characters (one character, "a b") its distinct unigrams.
 */
export function queryTokens(foldedTerm: string): string[] {
  const bigrams = new Set<string>();
  const unigrams = new Set<string>();
  let previous = -1;
  for (let i = 0; i < foldedTerm.length; i++) {
    const code = foldedTerm.charCodeAt(i);
    if (isSeparator(code)) {
      previous = -1;
      continue;
    }
    unigrams.add(String.fromCharCode(code));
    if (previous >= 0) bigrams.add(String.fromCharCode(previous, code));
    previous = code;
  }
  return [...(bigrams.size > 0 ? bigrams : unigrams)];
}
