// Finds the officials named in a text (normalised, see normalise.ts), in the ways Chinese
// government news writes them:
//   - titles before the name: "市委常委、江阴市委书记许峰" → 许峰 with [市委常委, 江阴市委书记];
//   - lists sharing those titles: "副区长钱宇、沈伟江和李红";
//   - a title after the name, with its organisation before it: "顺德区金融业联合会陈立芬秘书长",
//     "申文霞书记强调";
//   - titles in apposition: "张三(市委书记)", "张三,市委书记,";
//   - names before "等" and the leaders' title they share: "郭立香、汪海霞等区领导参加";
//   - "张三同志";
//   - bare names opening a clause before an official's act: "胡海峰、吴晓东,虞红鸣出席";
//   - people the issue named before, by full name or by surname and address ("张书记").
// Officials only cited — the author of a speech being studied — are left out (cited.ts).
import { isCited } from './cited';
import type { KnownMention, KnownOfficials } from './known-officials';
import { vocabulary } from './vocabulary';
import {
  boundaryChars,
  dottedNameLengthAt,
  followerStrength,
  isBoundary,
  isHan,
  listNameLengthAt,
  nameLengthAt,
  nameStartBefore,
  surnameLength,
  WordIndex,
} from './person-names';
import { isTitle, officeWordAt, phraseStartBefore, titleChain, titlesBefore, type ReadTitles, type TitleSpan } from './titles';

/**
 * How the mention shows the person is an official: a title, "同志", an earlier mention in the
 * issue, or an official's act done by bare names that open a clause ("胡海峰、李锋出席").
 */
export type Evidence = 'title' | 'comrade' | 'known' | 'act';

export interface FoundOfficial {
  /** The name in normalised characters. */
  name: string;
  /** The name as written, when this mention does not write it ("张书记" for 张三伟). */
  written?: string;
  titles: string[];
  /** Where each title is written in the text (a title after the name has two pieces). */
  titleSpans: TitleSpan[];
  /** Range of the name in the text (of the whole "张书记" for an address). */
  start: number;
  end: number;
  /** Range of the whole mention: titles and name (a list shares where its titles start). */
  phraseStart: number;
  phraseEnd: number;
  evidence: Evidence;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Built once: every office word; matches may overlap ("副书记" then "书记"). */
const officePattern = new RegExp(vocabulary.officeWords.map(escape).join('|'), 'g');
const postposedTitles = new Set(vocabulary.postposedTitles);
const organEndings = new Set(vocabulary.organEndingChars);
const sharingConjunctions = new WordIndex(vocabulary.titleSharingConjunctions);
const appositionLeadChars = new Set(vocabulary.appositionLeadChars);
const groupTitles = new Set(vocabulary.groupTitles);
/** The characters a name in apposition may follow: punctuation, 、 and a few lead-ins (出席的有张三(市委书记)). */
const appositionOpeners = new Set([...boundaryChars, '、', ...appositionLeadChars]);
const comrade = '同志';
const dottedText = /[·•・‧∙.]/;
const longestApposition = 40;

/** The mentions found so far in a text, one per place a name starts. */
class Mentions {
  readonly found: FoundOfficial[] = [];
  private readonly starts = new Set<number>();

  has(start: number): boolean {
    return this.starts.has(start);
  }

  add(official: FoundOfficial): void {
    if (this.starts.has(official.start)) return;
    this.starts.add(official.start);
    this.found.push(official);
  }
}

/** Every official named in `text`, in order of appearance, each name once. */
export function findOfficials(text: string, known?: KnownOfficials): FoundOfficial[] {
  const mentions = new Mentions();
  const found = mentions.found;

  // Titles before a name, and titles after one; `floor` is where the last mention ended, so that
  // the titles of the next name start after it ("市委书记张三与市长李四").
  let floor = 0;
  officePattern.lastIndex = 0;
  for (let match = officePattern.exec(text); match; match = officePattern.exec(text)) {
    officePattern.lastIndex = match.index + 1;
    const word = officeWordAt(text, match.index);
    if (!word) continue;
    const nameStart = match.index + word.length;
    if (mentions.has(nameStart)) continue;
    const length = nameLengthAt(text, nameStart);
    if (length > 0) {
      const read = titlesBefore(text, nameStart, floor);
      if (read.titles.length > 0) {
        floor = addList(text, nameStart, length, read, mentions);
        continue;
      }
    }
    const after = titleAfterName(text, match.index, word, floor);
    if (after && !mentions.has(after.start)) {
      mentions.add(after);
      floor = after.phraseEnd;
      continue;
    }
    const group = namesBeforeGroupTitle(text, match.index, word, floor);
    if (group.length > 0) {
      for (const official of group) mentions.add(official);
      floor = group[0]!.phraseEnd;
      continue;
    }
    const addressed = known?.addressedAt(text, match.index, word);
    if (addressed && addressed.start >= floor) {
      mentions.add(knownMention(addressed));
      floor = addressed.end;
    }
  }
  for (const official of appositions(text)) mentions.add(official);
  for (const official of comrades(text)) mentions.add(official);
  for (const official of namesBeforeActs(text)) mentions.add(official);
  if (known && known.size > 0) {
    const names = known.namesIn(text);
    if (names.length > 0) {
      // A known name counts where no name found above stands ("许峰" inside "许峰同志" is found already).
      const named = new Uint8Array(text.length);
      for (const official of found) named.fill(1, official.start, official.end);
      for (const mention of names) if (!named.subarray(mention.start, mention.end).includes(1)) mentions.add(knownMention(mention));
    }
  }

  found.sort((a, b) => a.start - b.start);
  const byName = new Map<string, FoundOfficial>();
  for (const official of found) {
    if (isCited(text, official.phraseStart, official.phraseEnd)) continue;
    const seen = byName.get(official.name);
    if (!seen) byName.set(official.name, official);
    else if (seen.titles.length === 0 && official.titles.length > 0) {
      seen.titles = official.titles;
      seen.titleSpans = official.titleSpans;
      seen.evidence = official.evidence;
    }
  }
  return [...byName.values()];
}

function knownMention(mention: KnownMention): FoundOfficial {
  return {
    name: mention.official.name,
    ...(mention.byAddress ? { written: mention.official.written } : {}),
    titles: [],
    titleSpans: [],
    start: mention.start,
    end: mention.end,
    phraseStart: mention.start,
    phraseEnd: mention.end,
    evidence: 'known',
  };
}

/** The official named in [start, end) with the titles `read` before it. */
function titled(text: string, read: ReadTitles, start: number, end: number): FoundOfficial {
  const { titles, spans: titleSpans, start: phraseStart } = read;
  return { name: text.slice(start, end), titles, titleSpans, start, end, phraseStart, phraseEnd: end, evidence: 'title' };
}

/**
 * Adds the name after a chain of titles and the names listed after it that share the titles
 * ("副区长钱宇、季恒义、沈伟江和李红"); returns where the last name ends.
 */
function addList(text: string, nameStart: number, length: number, read: ReadTitles, mentions: Mentions): number {
  mentions.add(titled(text, read, nameStart, nameStart + length));
  let at = nameStart + length;
  while (text[at] === '、') {
    const next = listNameLengthAt(text, at + 1);
    if (next === 0 || officeWordAt(text, at + 1 + next) !== null) return at;
    mentions.add(titled(text, read, at + 1, at + 1 + next));
    at += 1 + next;
  }
  // The last of a list may follow 和 / 及, when a clear cue ends it ("副市长张三和李四出席").
  const conjunction = sharingConjunctions.at(text, at);
  if (conjunction) {
    const from = at + conjunction.length;
    const next = nameLengthAt(text, from);
    const end = from + next;
    if (next > 0 && officeWordAt(text, end) === null && (followerStrength(text, end) >= 2 || text[end] === '等')) {
      mentions.add(titled(text, read, from, end));
      return end;
    }
  }
  return at;
}

/**
 * A post written after the name (`word` at `officeIndex`), with the organisation before the name
 * when there is one: "顺德区金融业联合会陈立芬秘书长等" → 陈伊芬, [顺德区金融业联合会秘书长];
 * "会上,申文霞书记强调" → 申文霞, [书记]. Posts that name a place's office (市长, 区长) are not
 * read so: "张家港市长" is a place's mayor.
 */
function titleAfterName(text: string, officeIndex: number, word: string, floor: number): FoundOfficial | null {
  if (!postposedTitles.has(word)) return null;
  const officeEnd = officeIndex + word.length;
  if (followerStrength(text, officeEnd) === 0) return null;
  const nameStart = nameStartBefore(text, officeIndex);
  if (nameStart < floor || nameStart < 0) return null;
  let titleStart = nameStart;
  const before = text[nameStart - 1];
  if (nameStart > 0 && before !== '、' && !isBoundary(before)) {
    if (!organEndings.has(before!)) return null;
    titleStart = phraseStartBefore(text, nameStart, floor);
    const separator = lastIndexBetween(text, '、', titleStart, nameStart);
    if (separator >= 0) titleStart = separator + 1;
    if (nameStart - titleStart > 30 || nameStart - titleStart < 2) return null;
  }
  const spans: [number, number][] = titleStart < nameStart ? [[titleStart, nameStart]] : [];
  spans.push([officeIndex, officeEnd]);
  return {
    name: text.slice(nameStart, officeIndex),
    titles: [text.slice(titleStart, nameStart) + word],
    titleSpans: [spans],
    start: nameStart,
    end: officeIndex,
    phraseStart: titleStart,
    phraseEnd: officeEnd,
    evidence: 'title',
  };
}

/**
 * Names listed before "等" and a title of leaders that they share: "郭立香、汪海霞、段明等区领导参加会议"
 * → each with [区领导]. Every item of the list must be a name and the list must open a clause;
 * the title must end in a word of groupTitles and name no kind of unit ("文旅等部门领导" are no names).
 */
function namesBeforeGroupTitle(text: string, officeIndex: number, word: string, floor: number): FoundOfficial[] {
  if (!groupTitles.has(word)) return [];
  const officeEnd = officeIndex + word.length;
  if (followerStrength(text, officeEnd) === 0) return [];
  const etc = lastIndexBetween(text, '等', officeIndex - 12, officeIndex);
  if (etc < 0) return [];
  const title = text.slice(etc + 1, officeEnd);
  if (!isTitle(title) || [...title].some((char) => isBoundary(char) || char === '、')) return [];
  if (vocabulary.groupTitleNotWords.some((unit) => title.includes(unit))) return [];
  const starts: number[] = [];
  let end = etc;
  for (;;) {
    const start = nameStartBefore(text, end);
    if (start < floor || start < 0) return [];
    starts.unshift(start);
    if (text[start - 1] !== '、') {
      if (!(start === 0 || isBoundary(text[start - 1]) || appositionLeadChars.has(text[start - 1]!))) return [];
      break;
    }
    end = start - 1;
  }
  const spans: TitleSpan[] = [[[etc + 1, officeEnd]]];
  return starts.map((start) => {
    const nameEnd = text.indexOf(start === starts[starts.length - 1] ? '等' : '、', start);
    return {
      name: text.slice(start, nameEnd),
      titles: [title],
      titleSpans: spans,
      start,
      end: nameEnd,
      phraseStart: starts[0]!,
      phraseEnd: officeEnd,
      evidence: 'title' as const,
    };
  });
}

/** Names with their titles after them in brackets or between commas: "张三(市委书记)、李四(市长)", "张三,市委书记,". */
function appositions(text: string): FoundOfficial[] {
  const result: FoundOfficial[] = [];
  const dotted = dottedText.test(text);
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const nameStart = appositionNameStart(text, open, dotted);
    const inside = nameStart < 0 ? -1 : text.slice(open, open + longestApposition + 1).indexOf(')');
    if (inside < 0) continue;
    const close = open + inside;
    const official = apposition(text, nameStart, open, close, close + 1);
    if (official) result.push(official);
  }
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (!isHan(text[comma - 1]) || !isHan(text[comma + 1])) continue;
    const nameStart = appositionNameStart(text, comma, dotted);
    if (nameStart < 0) continue;
    let end = comma + 1;
    while (end < text.length && end - comma <= longestApposition && !isBoundary(text[end])) end++;
    // The titles end the clause: what follows is punctuation that ends one, or nothing.
    if (end - comma > longestApposition || (end < text.length && !/[,;。!?]/.test(text[end]!))) continue;
    const official = apposition(text, nameStart, comma, end, end);
    if (official) result.push(official);
  }
  return result;
}

/** The official named in [nameStart, nameEnd) whose titles are all of [nameEnd + 1, titlesEnd). */
function apposition(text: string, nameStart: number, nameEnd: number, titlesEnd: number, phraseEnd: number): FoundOfficial | null {
  const chain = titleChain(text, nameEnd + 1, titlesEnd, false);
  if (chain.titles.length === 0) return null;
  return {
    name: text.slice(nameStart, nameEnd),
    titles: chain.titles,
    titleSpans: chain.spans,
    start: nameStart,
    end: nameEnd,
    phraseStart: nameStart,
    phraseEnd,
    evidence: 'title',
  };
}

/**
 * Where a name that ends at `end` starts, when it is the whole of what stands there (after
 * punctuation, 、 or "有"), or -1. `dotted`: whether the text has a middle dot at all.
 */
function appositionNameStart(text: string, end: number, dotted: boolean): number {
  for (let length = 2; length <= 4; length++) {
    const at = end - length;
    if (at < 0 || !(at === 0 || appositionOpeners.has(text[at - 1]!))) continue;
    const surname = surnameLength(text, at);
    if (surname > 0 && length - surname <= 2 && nameLengthAt(text, at) === length) return at;
  }
  if (dotted) {
    let start = end;
    while (start > 0 && end - start < 20 && !isBoundary(text[start - 1]) && text[start - 1] !== '、') start--;
    if (opensClause(text, start) && dottedNameLengthAt(text, start) === end - start) return start;
  }
  return -1;
}

/** "张三同志": a name at the start of a clause followed by 同志 and a cue. */
function comrades(text: string): FoundOfficial[] {
  const result: FoundOfficial[] = [];
  for (let at = text.indexOf(comrade); at >= 0; at = text.indexOf(comrade, at + comrade.length)) {
    const end = at + comrade.length;
    if (followerStrength(text, end) === 0) continue;
    const nameStart = nameStartBefore(text, at);
    if (nameStart < 0 || !opensClause(text, nameStart)) continue;
    result.push({
      name: text.slice(nameStart, at),
      titles: [],
      titleSpans: [],
      start: nameStart,
      end: at,
      phraseStart: nameStart,
      phraseEnd: end,
      evidence: 'comrade',
    });
  }
  return result;
}

/** Built once: the acts, longest first, with 等 allowed before them ("胡海峰、李锋等出席"). */
/** What may stand before a list of bare names doing an act: punctuation, or 由 / 有 (会议由王强主持). */
const actOpeners = new Set([...boundaryChars, '由', '有']);
const actOpenersBeforeEscort = new Set([...actOpeners, '在']);
const actPattern = new RegExp(
  `等?(?:${[...vocabulary.attendanceActs]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`,
  'g',
);

/**
 * Bare names before an official's act, the list opening a clause: "胡海峰、李锋出席启动仪式",
 * "胡海峰、吴晓东,虞红鸣、陈瑞商、李锋出席" (a chronicle's leaders, listed by rank in comma
 * groups), "会议由王强主持". Every item of a 、 list must be a name; a comma group is taken back
 * only while it holds names.
 */
function namesBeforeActs(text: string): FoundOfficial[] {
  const result: FoundOfficial[] = [];
  actPattern.lastIndex = 0;
  for (let match = actPattern.exec(text); match; match = actPattern.exec(text)) {
    // 在 opens such a list only before 陪同 ("在胡海峰陪同下"): "在王府井、李子园走访" names places.
    const openers = match[0].endsWith('陪同') ? actOpenersBeforeEscort : actOpeners;
    const starts = namesEndingAt(text, match.index, openers);
    if (starts.length === 0) continue;
    const phraseEnd = match.index + match[0].length;
    for (const [start, end] of starts)
      result.push({
        name: text.slice(start, end),
        titles: [],
        titleSpans: [],
        start,
        end,
        phraseStart: starts[0]![0],
        phraseEnd,
        evidence: 'act',
      });
  }
  return result;
}

/** The names, as [start, end) in reading order, of a list that ends at `end` and opens a clause; none if it is no such list. */
function namesEndingAt(text: string, end: number, openers: ReadonlySet<string>): [number, number][] {
  const names: [number, number][] = [];
  let at = end;
  for (;;) {
    const start = nameStartBefore(text, at);
    const before = text[start - 1];
    if (start < 0 || (start > 0 && before !== '、' && !openers.has(before!))) {
      // A comma group that holds no name ends the list before it; a broken 、 list is none.
      return names.length > 0 && text[at] === ',' ? names : [];
    }
    names.unshift([start, at]);
    if (start > 0 && (before === '、' || before === ',')) {
      at = start - 1;
      continue;
    }
    return names;
  }
}

/** Whether a clause (or a list item) can begin at `index`: at the start, after punctuation or 、. */
function opensClause(text: string, index: number): boolean {
  return index === 0 || text[index - 1] === '、' || isBoundary(text[index - 1]);
}

/** The last index of `char` in [from, to) of `text`, or -1: a bounded search back, never to the text's start. */
function lastIndexBetween(text: string, char: string, from: number, to: number): number {
  for (let index = to - 1; index >= Math.max(from, 0); index--) if (text[index] === char) return index;
  return -1;
}
