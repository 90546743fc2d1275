// Decides which short lines are section headings. A heading is a heading-shaped line (short,
// no sentence punctuation, not a dated entry) standing alone between blank lines and followed by
// text. Two such lines in a row form a heading pair (the sample's "稳经济促增长" / "紧扣发展谋良策"):
// the second becomes a subheading. Three or more in a row are a list or page clutter, not headings.

export interface HeadingItem {
  /** Index of the line in the line list. */
  index: number;
  headingShaped: boolean;
  /** The lines just before and after are blank (or dropped chrome, meta, title). */
  isolated: boolean;
  image: boolean;
}

export type HeadingLevel = 'heading' | 'subheading';

/** A heading pair has at most this many lines. */
const MAX_HEADING_RUN = 2;

/** Marks the headings among `items` (the content and image lines, in reading order). */
export function findHeadings(items: readonly HeadingItem[]): Map<number, HeadingLevel> {
  const levels = new Map<number, HeadingLevel>();
  let runStart = 0;
  while (runStart < items.length) {
    if (!isCandidate(items[runStart])) {
      runStart += 1;
      continue;
    }
    let runEnd = runStart;
    while (runEnd < items.length && isCandidate(items[runEnd])) runEnd += 1;
    const next = items[runEnd];
    // "Followed by text": a paragraph or a picture comes next, not another short line or the end.
    const followedByText = next !== undefined && (next.image || !next.headingShaped);
    if (followedByText && runEnd - runStart <= MAX_HEADING_RUN) {
      items.slice(runStart, runEnd).forEach((item, offset) => levels.set(item.index, offset === 0 ? 'heading' : 'subheading'));
    }
    runStart = runEnd;
  }
  return levels;
}

function isCandidate(item: HeadingItem | undefined): boolean {
  return item !== undefined && item.headingShaped && item.isolated && !item.image;
}
