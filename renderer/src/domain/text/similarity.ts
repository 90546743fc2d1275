// How alike two texts are, for recognising an edited copy of an issue already in the library:
// the Jaccard similarity of their sets of 5-character shingles, whitespace ignored (Chinese has
// no word breaks, so characters, not words, are the unit).
//
// The threshold, measured on ../shared/corpus (43 texts, old and dev/): no two different texts
// share more than 0.04 of their shingles — not even three weeks of the same Shenzhen column, or
// two traditional-script reports with the same pinyin glosses — while a copy with one character
// in 25 changed (4 % of the text) still keeps ≥ 0.53 (one in 100: ≥ 0.87). 0.5 lies far above
// the first and below the second.
export const SHINGLE_LENGTH = 5;
export const SAME_TEXT_SIMILARITY = 0.5;

export function shingles(text: string, length = SHINGLE_LENGTH): Set<string> {
  const compact = text.replace(/\s+/gu, '');
  const chars = Array.from(compact);
  const result = new Set<string>();
  if (chars.length <= length) {
    if (chars.length > 0) result.add(compact);
    return result;
  }
  for (let index = 0; index + length <= chars.length; index++) result.add(chars.slice(index, index + length).join(''));
  return result;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}
