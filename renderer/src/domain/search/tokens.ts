// The index's tokens: every character that is not white space (a unigram) and every pair of
// adjacent such characters (a bigram), over folded text (segment.ts builds them; phrase.ts looks
// them up). Any query substring of two or more characters is made of bigrams its every occurrence
// also holds, at known distances, so bigram positions prove a phrase without reading the text.

/** A token as a number: one code unit (unigram) or two packed as hi·65536+lo (bigram, ≥ 65536). */
export type TokenCode = number;

export function tokenCodeToString(code: TokenCode): string {
  return code < 0x10000 ? String.fromCharCode(code) : String.fromCharCode(Math.floor(code / 0x10000), code % 0x10000);
}
