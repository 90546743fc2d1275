// Reads personal names in normalised text: a surname of one character (or two: 欧阳, 司马) and a
// given name of one or two characters, or a name of parts joined by a middle dot as many ethnic
// minority names are written (阿不都·热合曼). Chinese has no spaces, so which length is meant is
// decided by what follows the name: a boundary or a word that follows names (主持, 出席, 表示 …).
import { vocabulary } from './vocabulary';

/** Punctuation and spaces that end a name or a phrase of titles. */
export const boundaryChars =
  ',，。;；:：!！?？()（）“”"\'‘’《》【】[]| \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2009\u200a\u202f\u3000\ufeff';
const boundarySet = new Set(boundaryChars);
/** Middle dots as written between the parts of a name ("．" becomes "." in normalised text). */
const dots = new Set(['·', '•', '・', '‧', '∙', '.']);
const hanPattern = /\p{Script=Han}/u;

export function isBoundary(char: string | undefined): boolean {
  return char !== undefined && boundarySet.has(char);
}

/** Whether `char` is a Han character (the ranges of the Han script in the Basic Multilingual Plane). */
export function isHan(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x2e80) return false;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true;
  return hanPattern.test(char);
}

/** Words indexed by their first character, longest first: a lookup at a position costs a few comparisons, not a scan of the list. */
export class WordIndex {
  private readonly byFirst = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const list = this.byFirst.get(word[0]!) ?? [];
      list.push(word);
      this.byFirst.set(word[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word starting at `index`, or null. */
  at(text: string, index: number): string | null {
    const list = this.byFirst.get(text[index] ?? '');
    if (!list) return null;
    for (const word of list) if (text.startsWith(word, index)) return word;
    return null;
  }
}

export const officeWords = new WordIndex(vocabulary.officeWords);
const followers = new WordIndex(vocabulary.nameFollowers);
const notNameWords = new WordIndex(vocabulary.notNameWords);

export function surnameLength(text: string, index: number): number {
  const first = text[index] ?? '';
  if (vocabulary.compoundSurnames.some((surname) => surname[0] === first && text.startsWith(surname, index))) return 2;
  return vocabulary.surnames.has(first) ? 1 : 0;
}

/** How strongly the text at `index` reads as following a name: 3 for a boundary or 、, else the follower word's length (at most 3); 0 for nothing. */
export function followerStrength(text: string, index: number): number {
  if (index >= text.length) return 3;
  const char = text[index]!;
  if (char === '、' || isBoundary(char)) return 3;
  const word = followers.at(text, index);
  return word ? Math.min(word.length, 3) : 0;
}

/** Whether `char` may stand in a given name: 1 yes, 0.5 only where nothing reads better (和, 为, 中, 月 …), 0 never (的, 在, 市, 局 …). */
function givenCharFit(char: string | undefined): number {
  if (!isHan(char) || vocabulary.nameStopChars.has(char!) || vocabulary.nameOrganChars.has(char!)) return 0;
  return vocabulary.nameSoftChars.has(char!) ? 0.5 : 1;
}

/**
 * Whether the characters [index, index + length) after a surname of `surname` characters can be a
 * name: given characters that fit, not a common word that begins with a surname character (单位,
 * 常务), and a given name that does not begin with an office or a word that follows names (王主持).
 * Returns 0 when not, 0.5 when a given character fits only weakly, 1 when it fits.
 */
function nameFit(text: string, index: number, surname: number, length: number): number {
  let fit = 1;
  for (let k = index + surname; k < index + length; k++) fit = Math.min(fit, givenCharFit(text[k]));
  if (fit === 0) return 0;
  if (notNameWords.at(text, index) !== null) return 0;
  const givenStart = index + surname;
  if (officeWords.at(text, givenStart) !== null) return 0;
  const follower = followers.at(text, givenStart);
  if (follower !== null && follower.length >= 2 && follower.length <= length - surname) return 0;
  return fit;
}

/**
 * The length of a personal name starting at `index`, or 0: a dotted name, or a surname with a
 * given name of one or two characters. Where both lengths could be a name the one followed by the
 * stronger cue wins ("王嵘陪同" is 王嵘 + 陪同, not 王嵘陪 + 同); a longer name with a weakly fitting
 * character must be followed by a strictly stronger cue ("李为民主持" but "张三为企业").
 */
export function nameLengthAt(text: string, index: number): number {
  const dotted = dottedNameLengthAt(text, index);
  if (dotted > 0) return dotted;
  const surname = surnameLength(text, index);
  if (surname === 0) return 0;
  let best = 0;
  let bestStrength = 0;
  for (const given of [1, 2]) {
    const length = surname + given;
    const fit = nameFit(text, index, surname, length);
    if (fit === 0) continue;
    const strength = followerStrength(text, index + length);
    if (strength === 0) continue;
    if (best === 0 || strength > bestStrength || (strength === bestStrength && fit === 1)) {
      best = length;
      bestStrength = strength;
    }
  }
  return best;
}

/**
 * The length of a name written in parts joined by a middle dot (阿不都·热合曼, 买买提·艾力), or 0.
 * Such names need no surname: the dot marks them. No character may be one of an organisation (so
 * "会副委员长" before a dotted name is not its first part; function words like 都 of 阿不都 may be
 * sounds of the name); the last part ends where a follower begins.
 */
export function dottedNameLengthAt(text: string, index: number): number {
  let at = index;
  let parts = 0;
  for (;;) {
    let run = 0;
    while (run < 8 && isHan(text[at + run]) && !vocabulary.nameOrganChars.has(text[at + run]!)) run++;
    if (run === 0) return 0;
    if (dots.has(text[at + run] ?? '') && parts < 3) {
      at += run + 1;
      parts++;
      continue;
    }
    if (parts === 0) return 0;
    // The last part: the shortest run (two characters or more, one if that is all) followed by a cue.
    for (let length = Math.min(2, run); length <= run; length++) {
      if (followerStrength(text, at + length) > 0) return at + length - index;
    }
    return 0;
  }
}

/** A name in a list between "、" marks ("谷向" in "马骏、谷向、宋笑前"): 2–4 fitting characters after a surname. */
export function listNameLengthAt(text: string, index: number): number {
  const dotted = dottedNameLengthAt(text, index);
  if (dotted > 0) return dotted;
  const surname = surnameLength(text, index);
  if (surname === 0) return 0;
  for (let length = surname + 1; length <= surname + 2; length++) {
    if (text[index + length] === '、' && nameFit(text, index, surname, length) > 0) return length;
  }
  return nameLengthAt(text, index);
}

/**
 * The start of a name that ends exactly at `end` (before a title written after it: "陈伊芬秘书长"),
 * or -1. Three-character names are tried first, then two, then four (a two-character surname).
 */
export function nameStartBefore(text: string, end: number): number {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const surname = surnameLength(text, start);
    if (surname === 0 || length - surname < 1 || length - surname > 2) continue;
    if (nameFit(text, start, surname, length) > 0) return start;
  }
  return -1;
}
