// Tells whether a text is hard-wrapped, and at what width: most of its longer lines come close to
// the same width from below, hardly any line is wider, and many of them end mid-sentence. Width
// is measured two ways, and the one the text fits better is used: in display columns (a Chinese
// character 2, an ASCII one 1: how a PDF or a fixed-width editor breaks lines) and in characters
// (how a tool that wraps "at 30 characters" breaks them).

import type { LineFacts } from './line-facts';
import { displayWidth, type SourceLine } from './text-lines';

export interface Wrap {
  /** The size of each line in the chosen measure (0 for lines that were not measured). */
  sizes: readonly number[];
  /** A line of at least this size filled its line: it was broken because the line was full. */
  fullSize: number;
}

/** Columns per Chinese character in each measure. */
type Scale = 1 | 2;

/** Lines shorter than this (in Chinese characters) say nothing about the wrap width. */
const MIN_MEASURED_CHARS = 8;
/** Wrap widths outside this range (in Chinese characters) are not believed. */
const MIN_WRAP_CHARS = 20;
const MAX_WRAP_CHARS = 100;
/** A wrapped text has at least this many lines at the wrap width … */
const MIN_FULL_LINES = 4;
/** … and they are at least this share of its measured lines … */
const MIN_FULL_SHARE = 0.5;
/** … at most this share of its lines are wider … */
const MAX_WIDER_SHARE = 0.1;
/** … and at least this share of the full lines end mid-sentence (paragraphs of like length end with "。"). */
const MIN_OPEN_SHARE = 0.25;

/** How much a full line may fall short of the wrap width: a few characters, for line-breaking rules. */
function tolerance(size: number, scale: Scale): number {
  return Math.max(3 * scale, Math.round(size * 0.15));
}

/** The wrap of the text, or null when it is not hard-wrapped. `joinable` marks the lines of running text. */
export function findWrap(lines: readonly SourceLine[], facts: readonly LineFacts[], joinable: readonly boolean[]): Wrap | null {
  const firstText = joinable.indexOf(true);
  const columns: number[] = [];
  const characters: number[] = [];
  lines.forEach((line, index) => {
    const measured = joinable[index] === true;
    columns.push(measured ? line.indent + displayWidth(line.text, MAX_WRAP_CHARS * 2 + 8) : 0);
    // the indent is kept in columns; a full-width space is one character of two columns
    characters.push(measured ? Math.ceil(line.indent / 2) + Math.min(line.text.length, MAX_WRAP_CHARS + 4) : 0);
  });
  const open = facts.map((fact) => !fact.endsSentence);
  // the first line is left out: a headline is as wide as it likes
  const measuredAt = (index: number) => joinable[index] === true && index !== firstText;
  const byColumns = bestWidth(columns, 2, open, measuredAt);
  const byCharacters = bestWidth(characters, 1, open, measuredAt);
  const [sizes, best, scale] =
    byCharacters && (!byColumns || byCharacters.count > byColumns.count)
      ? [characters, byCharacters, 1 as const]
      : [columns, byColumns, 2 as const];
  return best ? { sizes, fullSize: best.width - tolerance(best.width, scale) } : null;
}

// The width that most measured lines come close to from below, if the text passes as wrapped at it.
function bestWidth(
  sizes: readonly number[],
  scale: Scale,
  open: readonly boolean[],
  measuredAt: (index: number) => boolean,
): { width: number; count: number } | null {
  // Each measured line as one number, size * 2 + (ends mid-sentence ? 1 : 0), for a fast numeric sort.
  const keys: number[] = [];
  let tooWide = 0;
  sizes.forEach((size, index) => {
    if (!measuredAt(index) || size < MIN_MEASURED_CHARS * scale) return;
    keys.push(size * 2 + (open[index] === true ? 1 : 0));
    if (size > (MAX_WRAP_CHARS + 1) * scale) tooWide += 1;
  });
  // Lines wider than any believable wrap width: when there are many, the text is not wrapped.
  if (keys.length < MIN_FULL_LINES || tooWide > Math.max(1, keys.length * MAX_WIDER_SHARE)) return null;
  const sorted = Float64Array.from(keys).sort();
  const sizeAt = (index: number) => Math.floor((sorted[index] ?? Infinity) / 2);
  // openBefore[i]: how many of the first i measured lines end mid-sentence
  const openBefore = new Uint32Array(sorted.length + 1);
  sorted.forEach((key, index) => (openBefore[index + 1] = (openBefore[index] ?? 0) + (key % 2)));
  let best = { width: 0, count: 0, open: 0, wider: 0 };
  let low = 0;
  let high = 0;
  // Two pointers over the sorted sizes: the window [W - tolerance, W + one character] for each size W.
  for (let top = 0; top < sorted.length; top += 1) {
    const size = sizeAt(top);
    while (sizeAt(low) < size - tolerance(size, scale)) low += 1;
    while (high < sorted.length && sizeAt(high) <= size + scale) high += 1;
    const count = high - low;
    if (count >= best.count)
      best = { width: size, count, open: (openBefore[high] ?? 0) - (openBefore[low] ?? 0), wider: sorted.length - high };
  }
  const wrapped =
    best.width >= MIN_WRAP_CHARS * scale &&
    best.width <= MAX_WRAP_CHARS * scale &&
    best.count >= MIN_FULL_LINES &&
    best.count >= sorted.length * MIN_FULL_SHARE &&
    best.wider <= Math.max(1, sorted.length * MAX_WIDER_SHARE) &&
    best.open >= Math.max(2, best.count * MIN_OPEN_SHARE);
  return wrapped ? { width: best.width, count: best.count } : null;
}
