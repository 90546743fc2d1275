// Reads the date an event paragraph opens with: "9月12日", "9.12", "2019年2月27日", ranges
// ("11月3日至4日", "7月26日至8月3日"), day-only chronicle entries ("2日" under a "7月" heading),
// 本周/上周, 上旬/中旬/下旬, 当天 — and the time of day after it (上午, 下午 …). Chronicle markers in
// their printed forms too: spaced ("1 月 15~17 日"), a day range with one 日 ("22—26日"), the month
// fused to the day when 月 was lost ("71日" = 7月1日, "422" = 4月22日) and bare day numbers set off
// by spaces ("30  市委…"). Years come from the text, else from the issue's period or publish time;
// a chronicle's day-only entries take the year only from its own headings, title or period (a
// page's posting time is not the year a yearbook's entries happened in); with no year the day is
// "--MM-DD". Relative days (昨日, 今天 …) count from the publish time (relative-dates.ts).
import { vocabulary } from './vocabulary';
import { readRelativeDay } from './relative-dates';
import type { MonthOfYear } from './month-headings';
import type { EventDate, IssueDating } from './types';

export interface DateContext {
  dating: IssueDating;
  /** Month (and year, if stated) of the latest month heading or full date, for "N日" entries. */
  month: MonthOfYear | null;
  /** The year a chronicle's title or period states, for day-only entries whose heading has none. */
  year?: number | null;
  /** Set once the text shows itself a chronicle (a month heading, a chronicle title): entries may share a line. */
  chronicle?: boolean;
  /** The date of the previous event, for 当天 and "△" entries. */
  previous: EventDate;
  /**
   * Whether `previous` itself came from the publish time: then a 同日 entry's date did too, and
   * reading it again without the publish time must not find it.
   */
  previousFromPublishTime?: boolean;
}

/**
 * The same context without the publish time. A date read differently in it was computed from the
 * publish time (a relative day, or a year the text does not write): the least certain of dates.
 */
export function withoutPublishTime(context: DateContext): DateContext {
  return {
    ...context,
    previous: context.previousFromPublishTime ? null : context.previous,
    dating: { ...context.dating, published: null },
  };
}

export function sameEventDate(a: EventDate, b: EventDate): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface OpeningDate {
  date: EventDate;
  timeOfDay: string | null;
  /** Characters of the text the date (and time, and opener) took. */
  length: number;
  /** The month the date is in, to carry to later day-only entries. */
  month: { year: number | null; month: number } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const num = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function toNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + (chineseDigits[text[1]!] ?? 0);
  if (text.endsWith('十')) return (chineseDigits[text[0]!] ?? 0) * 10;
  if (text.length === 3 && text[1] === '十') return (chineseDigits[text[0]!] ?? 0) * 10 + (chineseDigits[text[2]!] ?? 0);
  return chineseDigits[text] ?? NaN;
}

const rangeJoin = '(?:至|到|—|–|-|~|～)';
const fullDate = new RegExp(`^(?:(\\d{4})年)?${num}月${num}[日号](?:${rangeJoin}(?:(?:(\\d{4})年)?${num}月)?${num}[日号]?)?`);
const dottedDate = /^(\d{1,2})\.(\d{1,2})(?:-(\d{1,2})\.(\d{1,2}))?(?![\d.])/;
const dayOnly = new RegExp(`^${num}[日号](?:${rangeJoin}${num}[日号]?)?`);
/** "22—26日": a day range whose first day has no 日. */
const dayRange = new RegExp(`^(\\d{1,2})${rangeJoin}(\\d{1,2})[日号]`);
const tenDays = new RegExp(`^(?:(\\d{4})年)?${num}月(上旬|中旬|下旬)`);
/** "2月的第一天" */
const firstDayOfMonth = new RegExp(`^(?:(\\d{4})年)?${num}月的?第一天`);
/** Month and day run together when 月 was lost: "71日", "73日至5". */
const fusedDay = /^(\d{2,4})日(?:至(\d{1,2})日?)?/;
/** A bare number set off by spaces at the start of a chronicle line: "30  市委…", "422  我县…". */
const bareDay = /^(\d{1,4})(?:[ \t]{2,}|\u3000)(?=\S)/;
/** The characters a printed date may be spaced out with ("1 月 15~17 日", "2 — 4 日"). */
const spacedDate = /^[\d一二三四五六七八九十年月日号至到—–\-~～ ]+/;

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The year an undated-year day falls in: the period's, else the publish time's (not after it), else the one year the text states. */
export function yearFor(month: number, day: number, dating: IssueDating): number | null {
  const anchor = dating.period?.end ?? dating.published;
  if (!anchor || !/^\d{4}-\d{2}-\d{2}/.test(anchor)) return dating.statedYear ?? null;
  const year = Number(anchor.slice(0, 4));
  const anchorKey = anchor.slice(5, 10);
  // A December entry in an issue published in January belongs to the year before.
  return `${pad(month)}-${pad(day)}` > anchorKey && Number(anchor.slice(5, 7)) - month < -6 ? year - 1 : year;
}

function day(year: number | null, month: number, dayOfMonth: number): string {
  return year === null ? `--${pad(month)}-${pad(dayOfMonth)}` : `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

function lastDayOf(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Monday–Sunday week containing the ISO day, shifted by `weeks`. */
function weekOf(isoDate: string, weeks: number): { start: string; end: string } {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const monday = new Date(date.getTime() - (((date.getUTCDay() + 6) % 7) - weeks * 7) * 86_400_000);
  return { start: isoDay(monday), end: isoDay(new Date(monday.getTime() + 6 * 86_400_000)) };
}

function thisWeek(dating: IssueDating): EventDate {
  if (dating.period) return { start: dating.period.start, end: dating.period.end };
  return dating.published ? weekOf(dating.published, 0) : null;
}

function lastWeek(dating: IssueDating): EventDate {
  return dating.published ? weekOf(dating.published, -1) : null;
}

const timeWords = Object.entries(vocabulary.timesOfDay).sort((a, b) => b[0].length - a[0].length);

function readTimeOfDay(text: string, at: number): { value: string | null; length: number } {
  for (const [word, value] of timeWords) {
    if (text.startsWith(word, at)) return { value, length: word.length };
  }
  return { value: null, length: 0 };
}

/** The date a paragraph opens with, or null when it does not open with one. */
export function readOpeningDate(text: string, context: DateContext): OpeningDate | null {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /[\s\u3000,:]/.test(text[at]!)) at++;
  };
  skipSpace();
  for (const opener of vocabulary.eventOpeners) {
    if (text.startsWith(opener, at)) {
      at += opener.length;
      skipSpace();
      // A bare "△" entry is the same day as the one before it, unless its first sentence states
      // its own ("◆为保障饮水安全,9月25日,副县长…").
      if (!/^[\d一二三四五六七八九十本上当同是]/.test(text.slice(at))) {
        const sentence = /^[^。！？!?]*/.exec(text.slice(at))![0];
        const stated = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/.exec(sentence);
        const read = stated ? readCompactDate(sentence.slice(stated.index), context) : null;
        if (read) return { date: read.date, timeOfDay: null, length: at, month: read.month };
        if (context.previous !== null) return { date: context.previous, timeOfDay: null, length: at, month: null };
      }
      break;
    }
  }
  const original = text.slice(at);
  const withTime = (date: EventDate, length: number, month: OpeningDate['month']): OpeningDate => {
    const time = readTimeOfDay(text, at + length);
    return { date, timeOfDay: time.value, length: at + length + time.length, month };
  };
  // Bare numbers first: the spaces after them are what marks them as dates.
  const bare = readBareDay(original, context);
  if (bare) return withTime(bare.date, bare.length, bare.month);
  // Printed dates may be spaced out ("1 月 15~17 日"): read them without the spaces, then map back.
  const spaced = spacedDate.exec(original)?.[0] ?? '';
  const rest = spaced.includes(' ') ? spaced.replace(/ +/g, '') + original.slice(spaced.length) : original;
  const toOriginal = (length: number) => (rest === original ? length : originalLength(spaced, length));
  // "1月15~17日": the first day of a range printed without its 日.
  const mended = rest.replace(/^((?:\d{4}年)?\d{1,2}月\d{1,2})(?=[至到—–~～-]\d{1,2}[日号])/, '$1日');
  const found = readCompactDate(mended, context);
  if (found) return withTime(found.date, toOriginal(found.length - (mended.length - rest.length)), found.month);
  return null;
}

/** How many characters of `spaced` hold its first `compactLength` non-space characters (and the spaces between). */
function originalLength(spaced: string, compactLength: number): number {
  let seen = 0;
  for (let index = 0; index < spaced.length; index++) {
    if (spaced[index] !== ' ') seen++;
    if (seen === compactLength) return index + 1;
  }
  return spaced.length + (compactLength - seen);
}

interface Read {
  date: EventDate;
  length: number;
  month: OpeningDate['month'];
}

/** The year of a day-only chronicle entry: its heading's, else the title's or period's — never the posting time's. */
function chronicleYear(context: DateContext): number | null {
  if (context.month?.year) return context.month.year;
  if (context.year) return context.year;
  const start = context.dating.period?.start;
  return start && /^\d{4}/.test(start) ? Number(start.slice(0, 4)) : null;
}

/** Splits fused digits ("71", "422", "1015") into a month and a day, the month nearest the chronicle's current one. */
function splitFused(digits: string, context: DateContext): { month: number; day: number } | null {
  const splits: { month: number; day: number }[] = [];
  for (const cut of [1, 2]) {
    if (cut >= digits.length) continue;
    const month = Number(digits.slice(0, cut));
    const dayOfMonth = Number(digits.slice(cut));
    if (digits[cut] !== '0' || digits.length - cut === 2)
      if (validDay(month, dayOfMonth) && digits.slice(cut).length <= 2) splits.push({ month, day: dayOfMonth });
  }
  const current = context.month?.month;
  if (current === undefined) return splits.length === 1 ? splits[0]! : null;
  return splits.find((split) => split.month === current) ?? splits.find((split) => split.month === current + 1) ?? null;
}

function readBareDay(rest: string, context: DateContext): Read | null {
  if (!context.month) return null;
  const match = bareDay.exec(rest);
  if (!match) return null;
  const digits = match[1]!;
  const year = chronicleYear(context);
  if (digits.length <= 2 && validDay(context.month.month, Number(digits))) {
    return { date: day(year, context.month.month, Number(digits)), length: digits.length, month: null };
  }
  const fused = digits.length >= 3 ? splitFused(digits, context) : null;
  return fused
    ? { date: day(year, fused.month, fused.day), length: digits.length, month: { year: context.month.year, month: fused.month } }
    : null;
}

function readCompactDate(rest: string, context: DateContext): Read | null {
  let match = tenDays.exec(rest);
  if (match) {
    const month = toNumber(match[2]!);
    const year = match[1] ? Number(match[1]) : yearFor(month, 15, context.dating);
    const part = match[3]!;
    const [from, to] = part === '上旬' ? [1, 10] : part === '中旬' ? [11, 20] : [21, lastDayOf(year, month)];
    return { date: { start: day(year, month, from), end: day(year, month, to) }, length: match[0].length, month: { year, month } };
  }
  match = firstDayOfMonth.exec(rest);
  if (match) {
    const month = toNumber(match[2]!);
    if (month >= 1 && month <= 12) {
      const year = match[1] ? Number(match[1]) : yearFor(month, 1, context.dating);
      return { date: day(year, month, 1), length: match[0].length, month: { year, month } };
    }
  }
  match = fullDate.exec(rest);
  if (match) {
    const month = toNumber(match[2]!);
    const dayOfMonth = toNumber(match[3]!);
    if (validDay(month, dayOfMonth)) {
      const year = match[1]
        ? Number(match[1])
        : ((context.chronicle ? chronicleYear(context) : null) ?? yearFor(month, dayOfMonth, context.dating));
      const start = day(year, month, dayOfMonth);
      if (match[6]) {
        const endMonth = match[5] ? toNumber(match[5]) : month;
        const endDay = toNumber(match[6]);
        const endYear = match[4] ? Number(match[4]) : endMonth < month ? (year === null ? null : year + 1) : year;
        if (validDay(endMonth, endDay))
          return { date: { start, end: day(endYear, endMonth, endDay) }, length: match[0].length, month: { year, month } };
      }
      return { date: start, length: match[0].length, month: { year, month } };
    }
  }
  match = dottedDate.exec(rest);
  if (match && /^[,，\s、日号上下晚早中]/.test(rest.slice(match[0].length))) {
    const month = Number(match[1]);
    const dayOfMonth = Number(match[2]);
    if (validDay(month, dayOfMonth)) {
      const year = yearFor(month, dayOfMonth, context.dating);
      if (match[3] && match[4]) {
        return {
          date: { start: day(year, month, dayOfMonth), end: day(year, Number(match[3]), Number(match[4])) },
          length: match[0].length,
          month: { year, month },
        };
      }
      return { date: day(year, month, dayOfMonth), length: match[0].length, month: { year, month } };
    }
  }
  const dayRead = readDayOnly(rest, context);
  if (dayRead) return dayRead;
  const relative = readRelativeDay(rest, context.dating);
  if (relative) return { ...relative, month: null };
  if (rest.startsWith('本周')) return { date: thisWeek(context.dating), length: 2, month: null };
  if (rest.startsWith('上周')) return { date: lastWeek(context.dating), length: 2, month: null };
  for (const word of vocabulary.sameDayWords) {
    if (rest.startsWith(word) && context.previous !== null) return { date: context.previous, length: word.length, month: null };
  }
  return null;
}

/** "N日", "N日至M日", "22—26日", "71日" under a month; with no month at all, the publish time's month. */
function readDayOnly(rest: string, context: DateContext): Read | null {
  const fused = fusedDay.exec(rest);
  if (fused && Number(fused[1]) > 31 && context.month) {
    const split = splitFused(fused[1]!, context);
    if (split) {
      const year = chronicleYear(context);
      const start = day(year, split.month, split.day);
      const end = fused[2] && validDay(split.month, Number(fused[2])) ? day(year, split.month, Number(fused[2])) : null;
      return { date: end ? { start, end } : start, length: fused[0].length, month: { year: context.month.year, month: split.month } };
    }
  }
  const match = dayOnly.exec(rest) ?? dayRange.exec(rest);
  if (!match) return null;
  const dayOfMonth = toNumber(match[1]!);
  const endDay = match[2] ? toNumber(match[2]) : null;
  if (context.month) {
    const { month } = context.month;
    if (!validDay(month, dayOfMonth)) return null;
    const year = chronicleYear(context);
    const start = day(year, month, dayOfMonth);
    if (endDay !== null && validDay(month, endDay))
      return { date: { start, end: day(year, month, endDay) }, length: match[0].length, month: null };
    return { date: start, length: match[0].length, month: null };
  }
  // A single report's "25日晚上": the day of the month it was published in, or of the month before.
  const published = context.dating.published;
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published) || !validDay(1, dayOfMonth)) return null;
  let year = Number(published.slice(0, 4));
  let month = Number(published.slice(5, 7));
  if (dayOfMonth > Number(published.slice(8, 10))) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  if (!validDay(month, dayOfMonth) || dayOfMonth > lastDayOf(year, month)) return null;
  const start = day(year, month, dayOfMonth);
  if (endDay !== null && validDay(month, endDay) && endDay > dayOfMonth)
    return { date: { start, end: day(year, month, endDay) }, length: match[0].length, month: null };
  return { date: start, length: match[0].length, month: null };
}

/** A date in parentheses right after a name: "李红军(11月3日至4日)" in a list of visits. */
export function readParenthesisedDate(text: string, context: DateContext): OpeningDate | null {
  const open = text.indexOf('(');
  if (open < 0) return null;
  const inner = readOpeningDate(text.slice(open + 1), context);
  return inner ? { ...inner, length: open + 1 + inner.length } : null;
}
