// The difference between two versions of an issue text, computed once per issue so every
// highlight's old span can be mapped onto the new text: then where it went is known, not
// guessed, and an untouched copy of the same passage elsewhere is never mistaken for it.
// Fast for the usual case (small edits scattered through a long text): the common head and
// tail are trimmed, whole lines (paragraphs) are compared by Myers' diff, and only the lines
// that changed are compared character by character.
import { commonPrefixRun, commonSuffixRun } from './context-score';
import { myersMatches, type MatchRun } from './myers';

/** Old text [oldStart, oldEnd) became new text [newStart, newEnd); text between hunks is equal. */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export interface TextDiff {
  oldText: string;
  newText: string;
  /** In order, not touching one another. */
  hunks: Hunk[];
}

/** Edits beyond which a character comparison of one changed stretch gives up and calls it replaced. */
const MAX_CHARACTER_EDITS = 1000;

function codes(text: string, from: number, to: number): Uint16Array {
  const out = new Uint16Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = text.charCodeAt(i);
  return out;
}

/** Hunks turning old [a0, a1) into new [b0, b1), character by character. */
function diffCharacters(oldText: string, a0: number, a1: number, newText: string, b0: number, b1: number, out: Hunk[]) {
  const head = Math.min(commonPrefixRun(oldText, a0, newText, b0), a1 - a0, b1 - b0);
  a0 += head;
  b0 += head;
  const tail = Math.min(commonSuffixRun(oldText, a1, newText, b1), a1 - a0, b1 - b0);
  a1 -= tail;
  b1 -= tail;
  if (a0 === a1 && b0 === b1) return;
  if (a0 === a1 || b0 === b1) {
    out.push({ oldStart: a0, oldEnd: a1, newStart: b0, newEnd: b1 });
    return;
  }
  const runs = myersMatches(codes(oldText, a0, a1), codes(newText, b0, b1), MAX_CHARACTER_EDITS);
  pushGaps(runs ?? [], a0, a1, b0, b1, out, (x0, x1, y0, y1) => out.push({ oldStart: x0, oldEnd: x1, newStart: y0, newEnd: y1 }));
}

/** Calls `gap` for each stretch between the common runs (given relative to a0 and b0). */
function pushGaps(
  runs: readonly MatchRun[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  out: Hunk[],
  gap: (x0: number, x1: number, y0: number, y1: number) => void,
) {
  let x = a0;
  let y = b0;
  for (const run of runs) {
    if (a0 + run.a > x || b0 + run.b > y) gap(x, a0 + run.a, y, b0 + run.b);
    x = a0 + run.a + run.length;
    y = b0 + run.b + run.length;
  }
  if (x < a1 || y < b1) gap(x, a1, y, b1);
}

/** Starts of the lines of text[from, to), each line keeping its "\n", plus `to`. */
function lineStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (let at = text.indexOf('\n', from); at !== -1 && at + 1 < to; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  starts.push(to);
  return starts;
}

/**
 * Merges hunks separated by an equal stretch no longer than the edits on both sides of it
 * (the semantic clean-up of diff-match-patch): two unrelated sentences share scattered
 * characters, and those must not count as a highlight's text surviving.
 */
function mergeChance(hunks: Hunk[]): Hunk[] {
  const size = (hunk: Hunk) => Math.max(hunk.oldEnd - hunk.oldStart, hunk.newEnd - hunk.newStart);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < hunks.length; i++) {
      const [left, right] = [hunks[i]!, hunks[i + 1]!];
      const equal = right.oldStart - left.oldEnd;
      if (equal <= size(left) && equal <= size(right)) {
        hunks.splice(i, 2, { oldStart: left.oldStart, oldEnd: right.oldEnd, newStart: left.newStart, newEnd: right.newEnd });
        changed = true;
        i--;
      }
    }
  }
  return hunks;
}

export function diffTexts(oldText: string, newText: string): TextDiff {
  const hunks: Hunk[] = [];
  const head = commonPrefixRun(oldText, 0, newText, 0);
  const room = Math.min(oldText.length, newText.length) - head;
  const tail = Math.min(commonSuffixRun(oldText, oldText.length, newText, newText.length), room);
  const [a0, a1, b0, b1] = [head, oldText.length - tail, head, newText.length - tail];
  if (a1 > a0 || b1 > b0) {
    const oldLines = lineStarts(oldText, a0, a1);
    const newLines = lineStarts(newText, b0, b1);
    // Only a line that occurs once in each version is matched whole (as patience diff does): a
    // paragraph that occurs twice is compared character by character, so that the copy which
    // was edited is paired with its edited version, not with the untouched copy.
    const seen = new Map<string, { old: number; new: number }>();
    const count = (text: string, starts: number[], side: 'old' | 'new') => {
      const lines: string[] = [];
      for (let i = 0; i + 1 < starts.length; i++) {
        const line = text.slice(starts[i], starts[i + 1]);
        const tally = seen.get(line) ?? { old: 0, new: 0 };
        tally[side]++;
        seen.set(line, tally);
        lines.push(line);
      }
      return lines;
    };
    const oldLineTexts = count(oldText, oldLines, 'old');
    const newLineTexts = count(newText, newLines, 'new');
    const ids = new Map<string, number>();
    let nextId = 0;
    const idsOf = (lines: string[]) =>
      Int32Array.from(lines, (line) => {
        const tally = seen.get(line)!;
        // A repeated line gets an id of its own, equal to nothing.
        if (tally.old !== 1 || tally.new !== 1) return nextId++;
        let id = ids.get(line);
        if (id === undefined) ids.set(line, (id = nextId++));
        return id;
      });
    const oldIds = idsOf(oldLineTexts);
    const newIds = idsOf(newLineTexts);
    const lineRuns = myersMatches(oldIds, newIds, oldIds.length + newIds.length) ?? [];
    pushGaps(lineRuns, 0, oldIds.length, 0, newIds.length, hunks, (x0, x1, y0, y1) => {
      // As many changed lines on both sides: compare them pairwise (an edit within each);
      // otherwise lines were split, joined, added or removed: compare the stretch as a whole.
      if (x1 - x0 === y1 - y0)
        for (let i = 0; i < x1 - x0; i++)
          diffCharacters(oldText, oldLines[x0 + i]!, oldLines[x0 + i + 1]!, newText, newLines[y0 + i]!, newLines[y0 + i + 1]!, hunks);
      else diffCharacters(oldText, oldLines[x0]!, oldLines[x1]!, newText, newLines[y0]!, newLines[y1]!, hunks);
    });
  }
  return { oldText, newText, hunks: mergeChance(joinTouching(hunks)) };
}

/** Hunks that touch (no equal text between them) become one. */
function joinTouching(hunks: readonly Hunk[]): Hunk[] {
  const out: Hunk[] = [];
  for (const hunk of hunks) {
    const last = out[out.length - 1];
    if (last && last.oldEnd === hunk.oldStart && last.newEnd === hunk.newStart)
      out[out.length - 1] = { ...last, oldEnd: hunk.oldEnd, newEnd: hunk.newEnd };
    else out.push(hunk);
  }
  return out;
}

/** Index of the last hunk whose oldStart satisfies `before`, or -1. */
function lastHunk(hunks: readonly Hunk[], before: (oldStart: number) => boolean): number {
  let low = 0;
  let high = hunks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (before(hunks[middle]!.oldStart)) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export interface MappedSpan {
  start: number;
  end: number;
  /** Characters of the old span that are still there (not deleted or replaced). */
  kept: number;
}

/**
 * Where old span [start, end) is in the new text. Text inserted at either boundary stays
 * outside it, text inserted inside or replacing part of it joins it.
 */
export function mapSpan(diff: TextDiff, start: number, end: number): MappedSpan {
  const { hunks } = diff;
  const first = lastHunk(hunks, (oldStart) => oldStart <= start);
  let newStart = start;
  if (first !== -1) {
    const hunk = hunks[first]!;
    if (start < hunk.oldEnd) newStart = hunk.newStart;
    else if (hunk.oldStart === hunk.oldEnd && hunk.oldStart === start) newStart = hunk.newEnd;
    else newStart = start - hunk.oldEnd + hunk.newEnd;
  }
  const last = lastHunk(hunks, (oldStart) => oldStart < end);
  let newEnd = end;
  if (last !== -1) {
    const hunk = hunks[last]!;
    newEnd = end <= hunk.oldEnd ? hunk.newEnd : end - hunk.oldEnd + hunk.newEnd;
  }
  let kept = end - start;
  for (let i = Math.max(0, first); i <= last; i++) {
    const hunk = hunks[i]!;
    kept -= Math.max(0, Math.min(end, hunk.oldEnd) - Math.max(start, hunk.oldStart));
  }
  return { start: newStart, end: Math.max(newStart, newEnd), kept };
}

/** Whether new-text span [start, end) lies inside text this version inserted. */
export function isInsertedText(diff: TextDiff, start: number, end: number): boolean {
  return diff.hunks.some((hunk) => hunk.newStart <= start && end <= hunk.newEnd);
}

/**
 * How far a pure insertion or deletion next to old offsets [start, end) could slide without
 * changing either text (as "的" inserted beside another "的", or a repeated phrase deleted
 * from a run of repeats): a diff cannot know which of those places was edited, so a span
 * boundary within that reach is uncertain by as much. 0 when no boundary is within one.
 */
export function slideNear(diff: TextDiff, start: number, end: number): number {
  const { hunks, oldText, newText } = diff;
  let widest = 0;
  const from = Math.max(0, lastHunk(hunks, (oldStart) => oldStart <= start) - 1);
  for (let i = from; i < hunks.length && hunks[i]!.oldStart <= end + 1; i++) {
    const hunk = hunks[i]!;
    const deletion = hunk.newStart === hunk.newEnd;
    const insertion = hunk.oldStart === hunk.oldEnd;
    if (deletion === insertion) continue;
    const [text, s, e] = deletion ? [oldText, hunk.oldStart, hunk.oldEnd] : [newText, hunk.newStart, hunk.newEnd];
    let left = 0;
    while (s - 1 - left >= 0 && text.charCodeAt(s - 1 - left) === text.charCodeAt(e - 1 - left)) left++;
    let right = 0;
    while (e + right < text.length && text.charCodeAt(s + right) === text.charCodeAt(e + right)) right++;
    if (left + right === 0) continue;
    const [reachStart, reachEnd] = [hunk.oldStart - left, hunk.oldEnd + right];
    const touches = (at: number) => at >= reachStart && at <= reachEnd;
    if (touches(start) || touches(end)) widest = Math.max(widest, left + right);
  }
  return widest;
}
