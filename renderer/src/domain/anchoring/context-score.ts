// How well the context recorded beside a quote (its prefix and suffix) agrees with a text at a
// candidate place. A side scores 1 when its whole context is there, down to 0 when none is;
// the comparison keeps its alignment but steps over a small edit inside the context.
import { CONTEXT_LENGTH } from './describe';
import type { AnchorTarget } from './types';

/** Characters of `a` ending at `aEnd` equal to those of `b` ending at `bEnd`, read backwards. */
export function commonSuffixRun(a: string, aEnd: number, b: string, bEnd: number): number {
  let run = 0;
  while (run < aEnd && run < bEnd && a.charCodeAt(aEnd - 1 - run) === b.charCodeAt(bEnd - 1 - run)) run++;
  return run;
}

/** Characters of `a` from `aStart` equal to those of `b` from `bStart`, read forwards. */
export function commonPrefixRun(a: string, aStart: number, b: string, bStart: number): number {
  let run = 0;
  while (aStart + run < a.length && bStart + run < b.length && a.charCodeAt(aStart + run) === b.charCodeAt(bStart + run)) run++;
  return run;
}

/** Dice coefficient of the character bigrams of two short strings. */
export function bigramDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const bigram = a.slice(i, i + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const bigram = b.slice(i, i + 2);
    const left = counts.get(bigram) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(bigram, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Edits inside a context that a match may step over, and how far each may shift the alignment. */
const MAX_CONTEXT_EDITS = 2;
const MAX_SHIFT = 6;
const RESYNC = 3;

/**
 * Characters of `context` that match `text`, both read from their start, stepping over up to
 * two small edits (a resync needs a few equal characters again within a short shift). The
 * alignment is kept, so the same words a few dozen characters away do not count.
 */
export function alignedMatch(context: string, text: string): number {
  let i = 0;
  let j = 0;
  let matched = 0;
  let edits = 0;
  while (i < context.length && j < text.length) {
    if (context.charCodeAt(i) === text.charCodeAt(j)) {
      i++;
      j++;
      matched++;
      continue;
    }
    if (edits === MAX_CONTEXT_EDITS) break;
    edits++;
    let resynced = false;
    for (let shift = 1; shift <= 2 * MAX_SHIFT && !resynced; shift++) {
      for (let di = Math.max(0, shift - MAX_SHIFT); di <= Math.min(shift, MAX_SHIFT) && !resynced; di++) {
        const dj = shift - di;
        const need = Math.min(RESYNC, context.length - (i + di));
        if (need <= 0) continue;
        if (context.substr(i + di, need) === text.substr(j + dj, need)) {
          i += di;
          j += dj;
          resynced = true;
        }
      }
    }
    if (!resynced) break;
  }
  return matched;
}

const reversed = (text: string) => [...text].reverse().join('');

/** Agreement of the recorded prefix with the text just before `at`. */
export function prefixAgreement(target: AnchorTarget, text: string, at: number): number {
  const prefix = target.quote.prefix;
  // A short prefix reached the start of the old text, so the start of the text is part of the context.
  const atTextStart = prefix.length < CONTEXT_LENGTH;
  const run = commonSuffixRun(prefix, prefix.length, text, at);
  if (run === prefix.length) {
    if (!atTextStart) return 1;
    return at - run === 0 ? 1 : run / (prefix.length + 1);
  }
  const window = text.slice(Math.max(0, at - prefix.length - 2 * MAX_SHIFT), at);
  return alignedMatch(reversed(prefix), reversed(window)) / (prefix.length + (atTextStart ? 1 : 0));
}

/** Agreement of the recorded suffix with the text just after `at`. */
export function suffixAgreement(target: AnchorTarget, text: string, at: number): number {
  const suffix = target.quote.suffix;
  // A short suffix reached the end of the old text, so the end of the text is part of the context.
  const atTextEnd = suffix.length < CONTEXT_LENGTH;
  const run = commonPrefixRun(suffix, 0, text, at);
  if (run === suffix.length) {
    if (!atTextEnd) return 1;
    return at + run === text.length ? 1 : run / (suffix.length + 1);
  }
  const window = text.slice(at, at + suffix.length + 2 * MAX_SHIFT);
  return alignedMatch(suffix, window) / (suffix.length + (atTextEnd ? 1 : 0));
}

/** The share (0–1) of `quote`'s character bigrams that occur in `window`. */
export function bigramContainment(quote: string, window: string): number {
  if (quote.length < 2) return window.includes(quote) ? 1 : 0;
  let found = 0;
  for (let i = 0; i + 1 < quote.length; i++) if (window.includes(quote.slice(i, i + 2))) found++;
  return found / (quote.length - 1);
}
