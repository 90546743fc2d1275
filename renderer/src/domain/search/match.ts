// Finding a folded term in folded text, and the snippet shown for a match: a few characters
// either side, taken from the ORIGINAL text (folding keeps offsets), the match itself apart so
// the UI can mark it.

export interface TextMatch {
  start: number;
  length: number;
}

/** Every occurrence (overlapping ones too) of a folded term in a folded text, up to `limit`. */
export function findAll(folded: string, foldedTerm: string, limit = Infinity): TextMatch[] {
  const matches: TextMatch[] = [];
  if (!foldedTerm) return matches;
  for (let at = folded.indexOf(foldedTerm); at >= 0 && matches.length < limit; at = folded.indexOf(foldedTerm, at + 1)) {
    matches.push({ start: at, length: foldedTerm.length });
  }
  return matches;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The snippet of one match: `context` characters either side, cut at line breaks, with ellipses where cut. */
export function snippetAt(original: string, match: TextMatch, context = 28): Snippet {
  const lineStart = original.lastIndexOf('\n', match.start - 1) + 1;
  const lineEndAt = original.indexOf('\n', match.start + match.length);
  const lineEnd = lineEndAt < 0 ? original.length : lineEndAt;
  const from = Math.max(lineStart, match.start - context);
  const to = Math.min(lineEnd, match.start + match.length + context);
  return {
    before: (from > lineStart ? '…' : '') + original.slice(from, match.start),
    match: original.slice(match.start, match.start + match.length),
    after: original.slice(match.start + match.length, to) + (to < lineEnd ? '…' : ''),
  };
}

/**
 * Which segment an offset falls in, for a text made of segments joined by one separator each
 * (an issue's title and blocks joined by "\n"): `starts` are the segments' start offsets, ascending.
 */
export function segmentAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Joins segments with "\n" and returns the text with each segment's start offset. */
export function joinSegments(segments: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    starts.push(offset);
    offset += segment.length + 1;
  }
  return { text: segments.join('\n'), starts };
}
