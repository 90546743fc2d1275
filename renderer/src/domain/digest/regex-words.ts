// Builds regular-expression alternations from the word lists in the data modules, so that the data
// stays plain strings and the matching code stays free of hand-escaped patterns.

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Escapes a literal string for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** A non-capturing group matching any of `words`, longest first (so "来源于" wins over "来源"). */
export function anyOf(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeRegExp).join('|')})`;
}

/**
 * Like anyOf, but a two-character label may be spread with spaces, as portals align their field
 * labels: "来  源:", "时 间:" (a full-width space U+3000 is a plain space in the normalised line).
 */
export function anyOfSpaced(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const spaced = sorted.map((word) => {
    const chars = [...word];
    return chars.length === 2 ? chars.map(escapeRegExp).join(' {0,4}') : escapeRegExp(word);
  });
  return `(?:${spaced.join('|')})`;
}
