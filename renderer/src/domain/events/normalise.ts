// Brings a block's text to the form the matchers expect: NFKC (full-width ，：（） become , : ( )),
// traditional characters converted to simplified, inline pinyin glosses like 強(qiáng) removed.
// Keeps a map back to the original text so names are reported as written.
import { Converter } from 'opencc-js/t2cn';
import { vocabulary } from './vocabulary';

let toSimplified: ((text: string) => string) | null = null;

export interface NormalText {
  /** The text to match against. */
  text: string;
  /** For each index of `text`, the index in the original block text. */
  origin: number[];
  /** The original block text. */
  original: string;
}

const pinyinGloss = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ\s]+\)/g;

export function looksTraditional(text: string): boolean {
  let hits = 0;
  for (const char of text) if (vocabulary.traditionalMarkers.has(char) && ++hits >= 2) return true;
  return false;
}

export function normaliseText(original: string, traditional: boolean): NormalText {
  let text = original.normalize('NFKC');
  let origin: number[];
  if (text.length === original.length) {
    // The usual case: one character for one, so the map is the identity.
    origin = Array.from({ length: text.length }, (_, index) => index);
  } else {
    ({ text, origin } = normalisePerCharacter(original));
  }
  if (traditional) {
    toSimplified ??= Converter({ from: 't', to: 'cn' });
    const converted = toSimplified(text);
    // Conversion is character for character in practice; when it is not, keep the map approximate.
    if (converted.length === text.length) text = converted;
    else {
      const approximate = converted.split('').map((_, i) => origin[Math.min(i, origin.length - 1)] ?? 0);
      return stripGlosses({ text: converted, origin: approximate, original });
    }
  }
  return stripGlosses({ text, origin, original });
}

/** NFKC character by character, so the index map stays exact where one character becomes several. */
function normalisePerCharacter(original: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  for (let index = 0; index < original.length; index++) {
    const char = original[index]!;
    const normal = char.charCodeAt(0) < 0x80 ? char : char.normalize('NFKC');
    text += normal;
    for (let k = 0; k < normal.length; k++) origin.push(index);
  }
  return { text, origin };
}

function stripGlosses(normal: NormalText): NormalText {
  if (!normal.text.includes('(')) return normal;
  let text = '';
  const origin: number[] = [];
  let last = 0;
  for (const match of normal.text.matchAll(pinyinGloss)) {
    const start = match.index;
    text += normal.text.slice(last, start);
    origin.push(...normal.origin.slice(last, start));
    last = start + match[0].length;
  }
  text += normal.text.slice(last);
  origin.push(...normal.origin.slice(last));
  return { text, origin, original: normal.original };
}

/** The original text of normalised range [start, end): the original characters it came from, glosses left out. */
export function originalSlice(normal: NormalText, start: number, end: number): string {
  let result = '';
  let last = -1;
  for (let index = start; index < end; index++) {
    const from = normal.origin[index];
    if (from === undefined || from === last) continue;
    result += normal.original[from];
    last = from;
  }
  return result;
}
