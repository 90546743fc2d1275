// Reads the titles written around a name: the chain before it ("市委常委、江阴市委书记许峰"), a
// chain in apposition after it ("张三(市委书记)", "张三,市委书记,"), and the organisation + post
// around a name ("顺德区金融业联合会陈伊芬秘书长"). A title is a run of text ending in an office
// word (words/vocabulary.json: officeWords); where it starts is found by cutting away what cannot be
// part of one: an earlier name, a date, a verb before it ("传达学习省委书记"), a conjunction.
import { vocabulary } from './vocabulary';
import { isBoundary, officeWords, WordIndex } from './person-names';

/** Pieces of the text [start, end) that make one title, in order. */
export type TitleSpan = readonly (readonly [number, number])[];

export interface ReadTitles {
  titles: string[];
  spans: TitleSpan[];
  /** Where the first title starts. */
  start: number;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Built once: a part is a title when it ends in an office word. */
const endsInOffice = new RegExp(`(?:${vocabulary.officeWords.map(escape).join('|')})$`);
/** Built once: the last of these inside a phrase ends what came before the titles ("会议邀请了市委书记" → 市委书记). */
const cutWords = new RegExp(vocabulary.titleCutWords.map(escape).join('|'), 'g');
const leadIns = new WordIndex(vocabulary.titleLeadIns);
const notLeadIns = new WordIndex(vocabulary.titleWordsNotLeadIns);
const conjunctionChars = new Set(['和', '与', '及']);
const organEndings = new Set(vocabulary.organEndingChars);
const placeSuffixChars = new Set(vocabulary.placeSuffixes.filter((suffix) => suffix.length === 1));
const datePrefix = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上|中午|晚)?/;
/** How far back from a name titles are looked for: longer than any chain of titles. */
const longestPhrase = 80;
const longestTitle = 30;

export function isTitle(part: string): boolean {
  return part.length > 0 && part.length <= longestTitle && endsInOffice.test(part);
}

export function officeWordAt(text: string, index: number): string | null {
  return officeWords.at(text, index);
}

/**
 * Where a phrase of titles before `end` can start: after the last boundary, the end of an earlier
 * mention (`floor`), a date, a cutting verb and any lead-in words.
 */
export function phraseStartBefore(text: string, end: number, floor: number): number {
  const limit = Math.max(floor, end - longestPhrase, 0);
  let start = end;
  while (start > limit && !isBoundary(text[start - 1])) start--;
  const afterName = start === floor && floor > 0;
  const date = datePrefix.exec(text.slice(start, end));
  if (date) start += date[0].length;
  cutWords.lastIndex = 0;
  const region = text.slice(start, end);
  let cut = 0;
  for (let match = cutWords.exec(region); match; match = cutWords.exec(region)) {
    if (!insideTitleWord(region, match.index, match[0].length)) cut = match.index + match[0].length;
  }
  start += cut;
  start = afterClauseInside(text, start, end);
  // Lead-ins, repeatedly ("传达学习省委书记").
  for (let guard = 0; guard < 4; guard++) {
    const word = leadIn(text, start, end, afterName && start === floor);
    if (!word) break;
    start += word.length;
  }
  return start;
}

/** Whether the word at [index, index + length) of `region` is part of a word of titles ("由" of 自由贸易区). */
function insideTitleWord(region: string, index: number, length: number): boolean {
  for (let at = Math.max(0, index - 2); at <= index; at++) {
    const word = notLeadIns.at(region, at);
    if (word && at + word.length >= index + length) return true;
  }
  return false;
}

/**
 * Where the titles start when the phrase holds a clause before them: after "的" when an organisation
 * and office follow it ("前来参会的中科院院长"; but "分管日常工作的副主任" is one title), and after a
 * conjunction that follows a whole organisation ("调研组和全国政协…主任"; but "住房和城乡建设局").
 */
function afterClauseInside(text: string, start: number, end: number): number {
  let partEnd = end;
  for (let index = end - 1; index > start; index--) {
    const char = text[index]!;
    if (char === '、') partEnd = index;
    else if (char === '的' && partEnd - index - 1 > (officeWordAt(text, index + 1)?.length ?? 0)) return index + 1;
    else if (conjunctionChars.has(char) && organEndings.has(text[index - 1]!)) return index + 1;
  }
  return start;
}

function leadIn(text: string, start: number, end: number, afterName: boolean): string | null {
  const word = leadIns.at(text, start);
  if (!word || end - start <= word.length + 1) return null;
  if (notLeadIns.at(text, start) !== null) return null;
  // A one-character lead-in that starts a two-character place name is part of it (和平区, 向阳区),
  // unless it follows a name ("张三和区委书记李四").
  if (word.length === 1 && placeSuffixChars.has(text[start + 2] ?? '') && !afterName) return null;
  return word;
}

/** The titles written before position `end` (where a name starts): the trailing run of "、" parts that are titles. */
export function titlesBefore(text: string, end: number, floor: number): ReadTitles {
  const start = phraseStartBefore(text, end, floor);
  return titleChain(text, start, end, true);
}

/**
 * The titles in [start, end) split at "、". `trailing`: keep the run of titles at its end (the
 * phrase may begin with other words); otherwise every part must be a title or there are none.
 */
export function titleChain(text: string, start: number, end: number, trailing: boolean): ReadTitles {
  const spans: [number, number][] = [];
  let partEnd = end;
  for (let at = end - 1; at >= start - 1; at--) {
    if (at >= start && text[at] !== '、') continue;
    const partStart = at + 1;
    if (partStart < partEnd) {
      if (!isTitle(text.slice(partStart, partEnd))) {
        if (!trailing) return { titles: [], spans: [], start: end };
        break;
      }
      spans.unshift([partStart, partEnd]);
    }
    partEnd = at;
  }
  return {
    titles: spans.map(([from, to]) => text.slice(from, to)),
    spans: spans.map((span) => [span]),
    start: spans[0]?.[0] ?? end,
  };
}
