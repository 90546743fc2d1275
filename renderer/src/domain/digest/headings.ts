// Decides which short lines are section headings. A heading is a heading-shaped line (short, no
// sentence punctuation, not a dated entry) followed by text; one or two such lines in a row form
// a heading, or a heading and its subheading (the sample's "稳经济促增长" / "紧扣发展谋良策").
// Three or more in a row are a list or page clutter, not headings. What sets a run apart:
//   - blank lines (or page furniture, or a picture) before and after it: the corpus's layout;
//   - a heading mark ("一、", "(一)", "1.", "第一部分", "【要闻】") and a break or a finished
//     sentence before it: the paragraph may follow on the very next line;
//   - in text without blank lines, a finished sentence before a bare short line, when the text
//     has at least two such lines (one could be a slogan or a stray fragment).
// A short line with a blank line before it and text right under it is the first line of a
// paragraph, not a heading.

import type { HeadingMarkStyle } from './heading-marks';

export interface HeadingItem {
  /** Index of the line in the line list. */
  index: number;
  headingShaped: boolean;
  image: boolean;
  mark: HeadingMarkStyle | null;
  /** The line just before is blank, or dropped chrome, meta, the title, a credit (or there is none). */
  gapBefore: boolean;
  /** Likewise for the line just after. */
  gapAfter: boolean;
  /** The line ends a sentence ("。", "！", "”" …). */
  endsSentence: boolean;
}

export type HeadingLevel = 'heading' | 'subheading';

/** A heading pair has at most this many lines. */
const MAX_HEADING_RUN = 2;
/** Bare short lines between unbroken paragraphs count as headings only when there are this many. */
const MIN_DENSE_HEADINGS = 2;

type Verdict = 'heading' | 'dense' | 'none';

/** Marks the headings among `items` (the content and image lines, in reading order). */
export function findHeadings(items: readonly HeadingItem[]): Map<number, HeadingLevel> {
  const levels = new Map<number, HeadingLevel>();
  const dense: HeadingItem[][] = [];
  let runStart = 0;
  while (runStart < items.length) {
    if (!isCandidate(items[runStart])) {
      runStart += 1;
      continue;
    }
    let runEnd = runStart;
    while (runEnd < items.length && isCandidate(items[runEnd])) runEnd += 1;
    const run = items.slice(runStart, runEnd);
    const verdict = judgeRun(run, items[runStart - 1], items[runEnd]);
    if (verdict === 'heading') markRun(levels, run);
    else if (verdict === 'dense') dense.push(run);
    runStart = runEnd;
  }
  if (dense.length >= MIN_DENSE_HEADINGS) dense.forEach((run) => markRun(levels, run));
  return levels;
}

function judgeRun(run: readonly HeadingItem[], previous: HeadingItem | undefined, next: HeadingItem | undefined): Verdict {
  const first = run[0];
  const last = run[run.length - 1];
  // "Followed by text": a paragraph or a picture comes next, not the end.
  if (!first || !last || !next || run.length > MAX_HEADING_RUN) return 'none';
  // "一、…" then "二、…": two items of one list, not a heading and its subheading.
  if (run.length === 2 && first.mark !== null && first.mark === last.mark) return 'none';
  const openBefore = first.gapBefore || previous === undefined || previous.image;
  const closedAfter = last.gapAfter || next.image;
  if (openBefore && closedAfter) return 'heading';
  const afterSentence = previous !== undefined && !previous.image && previous.endsSentence;
  if (first.mark !== null && (openBefore || afterSentence)) return 'heading';
  return !openBefore && afterSentence ? 'dense' : 'none';
}

function markRun(levels: Map<number, HeadingLevel>, run: readonly HeadingItem[]): void {
  run.forEach((item, offset) => levels.set(item.index, offset === 0 ? 'heading' : 'subheading'));
}

function isCandidate(item: HeadingItem | undefined): boolean {
  return item !== undefined && item.headingShaped && !item.image;
}
