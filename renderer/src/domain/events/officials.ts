// Finds the officials named in a text: a chain of titles written before a name
// ("市委常委、江阴市委书记许峰" → 许峰 with [市委常委, 江阴市委书记]), lists of names sharing the
// titles before them ("副区长钱宇、沈伟江"), and people already known from earlier in the issue
// named again by name alone. Works on normalised text (see normalise.ts).
import { lexicon } from './lexicon';

export interface FoundOfficial {
  name: string;
  titles: string[];
  /** Range of the name in the text. */
  start: number;
  end: number;
  /** Where the titles written for this name start and end (shared by every name of a list). */
  phraseStart: number;
  phraseEnd: number;
}

const boundary = /[,，。;；:：!！?？()（）“”"'‘’\s《》【】[\]|]/;
const notNameChars = new Set('市区县省委厅局部处科镇乡村会院所室办组团队市场');
const leadIns = [
  '邀请',
  '陪同',
  '会见了',
  '会见',
  '看望',
  '慰问',
  '听取',
  '带领',
  '率领',
  '由',
  '与',
  '和',
  '同',
  '及',
  '向',
  '对',
  '为',
  '请',
  '受',
];
const datePrefix = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上|中午|晚)?/;

function isHan(char: string | undefined): boolean {
  return char !== undefined && /\p{Script=Han}/u.test(char);
}

const officePattern = new RegExp(lexicon.officeWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

function officeWordAt(text: string, index: number): string | null {
  for (const word of lexicon.officeWords) if (text.startsWith(word, index)) return word;
  return null;
}

function surnameLength(text: string, index: number): number {
  if (lexicon.compoundSurnames.some((surname) => text.startsWith(surname, index))) return 2;
  return lexicon.surnames.has(text[index] ?? '') ? 1 : 0;
}

/** How strongly the text at `index` reads as following a name: a boundary or the longest follower word; 0 for nothing. */
function followerStrength(text: string, index: number): number {
  if (index >= text.length) return 3;
  const char = text[index]!;
  if (char === '、' || boundary.test(char)) return 3;
  const word = lexicon.nameFollowers.find((follower) => text.startsWith(follower, index));
  return word ? Math.min(word.length, 3) : 0;
}

/**
 * The length of a personal name starting at `index` (2–3 characters, 3–4 with a two-character
 * surname), or 0. Where both lengths could be a name, the one followed by the stronger cue wins
 * ("王嵘陪同" is 王嵘 + 陪同, not 王嵘陪 + 同).
 */
export function nameLengthAt(text: string, index: number): number {
  const surname = surnameLength(text, index);
  if (surname === 0) return 0;
  let best = 0;
  let bestStrength = 0;
  for (const given of [2, 1]) {
    const length = surname + given;
    let ok = true;
    for (let k = surname; k < length; k++) {
      const char = text[index + k];
      if (!isHan(char) || lexicon.nameStopChars.has(char!) || notNameChars.has(char!)) ok = false;
    }
    if (!ok || officeWordAt(text, index + surname) !== null) continue;
    const strength = followerStrength(text, index + length);
    if (strength > bestStrength) {
      best = length;
      bestStrength = strength;
    }
  }
  return best;
}

/** A name in a list between "、" marks ("谷向" in "马骏、谷向、宋笑前"): any 2–4 characters after a surname. */
function listNameLengthAt(text: string, index: number): number {
  if (surnameLength(text, index) === 0) return 0;
  for (let length = 2; length <= 4; length++) {
    const slice = text.slice(index, index + length);
    if (![...slice].every((char) => isHan(char))) break;
    if (text[index + length] === '、') return length;
  }
  return nameLengthAt(text, index);
}

/** The titles written before position `end` (where a name starts), back to the phrase's start. */
function titlesBefore(text: string, end: number): { titles: string[]; start: number } {
  let start = end;
  while (start > 0 && !boundary.test(text[start - 1]!)) start--;
  let region = text.slice(start, end);
  const date = datePrefix.exec(region);
  if (date) {
    region = region.slice(date[0].length);
    start += date[0].length;
  }
  for (const word of leadIns) {
    if (region.startsWith(word) && region.length > word.length + 1) {
      region = region.slice(word.length);
      start += word.length;
      break;
    }
  }
  const parts = region.split('、');
  // Keep the trailing run of parts that read as titles (end with an office word).
  let first = parts.length;
  while (first > 0 && endsWithOfficeWord(parts[first - 1]!)) first--;
  const titles = parts.slice(first).filter((part) => part.length > 0);
  const skipped = parts.slice(0, first).reduce((sum, part) => sum + part.length + 1, 0);
  return { titles, start: start + Math.min(skipped, region.length) };
}

function endsWithOfficeWord(part: string): boolean {
  return lexicon.officeWords.some((word) => part.endsWith(word)) && part.length <= 30;
}

/** Every official named in `text`, in order of appearance, each name once. */
export function findOfficials(text: string, knownNames: ReadonlySet<string> = new Set()): FoundOfficial[] {
  const found: FoundOfficial[] = [];
  const taken = new Set<number>();
  const add = (official: FoundOfficial) => {
    if (taken.has(official.start)) return;
    taken.add(official.start);
    found.push(official);
  };

  officePattern.lastIndex = 0;
  for (let match = officePattern.exec(text); match; match = officePattern.exec(text)) {
    // Overlapping matches matter ("副书记" then "书记"): the next search starts one character on.
    officePattern.lastIndex = match.index + 1;
    const word = officeWordAt(text, match.index);
    if (!word) continue;
    const nameStart = match.index + word.length;
    const length = nameLengthAt(text, nameStart);
    if (length === 0) continue;
    const { titles, start } = titlesBefore(text, nameStart);
    if (titles.length === 0) continue;
    add({
      name: text.slice(nameStart, nameStart + length),
      titles,
      start: nameStart,
      end: nameStart + length,
      phraseStart: start,
      phraseEnd: nameStart,
    });
    // A list of names sharing the titles: "副区长钱宇、季恒义、沈伟江".
    let at = nameStart + length;
    while (text[at] === '、') {
      const next = listNameLengthAt(text, at + 1);
      if (next === 0 || officeWordAt(text, at + 1 + next) !== null) break;
      add({ name: text.slice(at + 1, at + 1 + next), titles, start: at + 1, end: at + 1 + next, phraseStart: start, phraseEnd: nameStart });
      at += 1 + next;
    }
  }

  for (const name of knownNames) {
    let from = text.indexOf(name);
    while (from >= 0) {
      const coveredByTitled = found.some((official) => from >= official.start && from < official.end);
      if (!coveredByTitled && isNameBoundaryBefore(text, from))
        add({ name, titles: [], start: from, end: from + name.length, phraseStart: from, phraseEnd: from });
      from = text.indexOf(name, from + name.length);
    }
  }

  found.sort((a, b) => a.start - b.start);
  const byName = new Map<string, FoundOfficial>();
  for (const official of found) {
    const seen = byName.get(official.name);
    if (!seen) byName.set(official.name, official);
    else if (seen.titles.length === 0 && official.titles.length > 0) seen.titles = official.titles;
  }
  return [...byName.values()];
}

/** A name alone counts where a clause could begin with it (after punctuation, 、 or a title-less verb). */
function isNameBoundaryBefore(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1]!;
  return before === '、' || boundary.test(before);
}
