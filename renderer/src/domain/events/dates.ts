// Reads the date an event paragraph opens with: "9月12日", "9.12", "2019年2月27日", ranges
// ("11月3日至4日", "7月26日至8月3日"), day-only chronicle entries ("2日" under a "7月" heading),
// 本周/上周, 上旬/中旬/下旬, 当天 — and the time of day after it (上午, 下午 …). Years come from the
// text, else from the issue's period or publish time; with no year at all the day is "--MM-DD".
import { vocabulary } from './vocabulary';
import type { EventDate, IssueDating } from './types';

export interface DateContext {
  dating: IssueDating;
  /** Month (and year, if stated) of the latest month heading or full date, for "N日" entries. */
  month: { year: number | null; month: number } | null;
  /** The date of the previous event, for 当天 and "△" entries. */
  previous: EventDate;
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
const dayOnly = new RegExp(`^${num}[日号](?:${rangeJoin}${num}[日号])?`);
const tenDays = new RegExp(`^(?:(\\d{4})年)?${num}月(上旬|中旬|下旬)`);
const monthHeading = /^(?:(\d{4})年)?(\d{1,2})月(?:份)?(?:大事记)?$/;

export function monthOfHeading(text: string): { year: number | null; month: number } | null {
  const match = monthHeading.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: match[1] ? Number(match[1]) : null, month } : null;
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The year an undated-year day falls in: the period's, else the publish time's (not after it). */
export function yearFor(month: number, day: number, dating: IssueDating): number | null {
  const anchor = dating.period?.end ?? dating.published;
  if (!anchor || !/^\d{4}-\d{2}-\d{2}/.test(anchor)) return null;
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
      // A bare "△" entry is the same day as the one before it.
      if (!/^[\d一二三四五六七八九十本上当同]/.test(text.slice(at)) && context.previous !== null) {
        return { date: context.previous, timeOfDay: null, length: at, month: null };
      }
      break;
    }
  }
  const rest = text.slice(at);
  const withTime = (date: EventDate, length: number, month: OpeningDate['month']): OpeningDate => {
    const time = readTimeOfDay(text, at + length);
    return { date, timeOfDay: time.value, length: at + length + time.length, month };
  };

  let match = tenDays.exec(rest);
  if (match) {
    const month = toNumber(match[2]!);
    const year = match[1] ? Number(match[1]) : yearFor(month, 15, context.dating);
    const part = match[3]!;
    const [from, to] = part === '上旬' ? [1, 10] : part === '中旬' ? [11, 20] : [21, lastDayOf(year, month)];
    return withTime({ start: day(year, month, from), end: day(year, month, to) }, match[0].length, { year, month });
  }
  match = fullDate.exec(rest);
  if (match) {
    const month = toNumber(match[2]!);
    const dayOfMonth = toNumber(match[3]!);
    if (validDay(month, dayOfMonth)) {
      const year = match[1] ? Number(match[1]) : yearFor(month, dayOfMonth, context.dating);
      const start = day(year, month, dayOfMonth);
      if (match[6]) {
        const endMonth = match[5] ? toNumber(match[5]) : month;
        const endDay = toNumber(match[6]);
        const endYear = match[4] ? Number(match[4]) : endMonth < month ? (year === null ? null : year + 1) : year;
        if (validDay(endMonth, endDay)) return withTime({ start, end: day(endYear, endMonth, endDay) }, match[0].length, { year, month });
      }
      return withTime(start, match[0].length, { year, month });
    }
  }
  match = dottedDate.exec(rest);
  if (match && /^[,，\s、日号上下晚早中]/.test(rest.slice(match[0].length))) {
    const month = Number(match[1]);
    const dayOfMonth = Number(match[2]);
    if (validDay(month, dayOfMonth)) {
      const year = yearFor(month, dayOfMonth, context.dating);
      if (match[3] && match[4]) {
        return withTime({ start: day(year, month, dayOfMonth), end: day(year, Number(match[3]), Number(match[4])) }, match[0].length, {
          year,
          month,
        });
      }
      return withTime(day(year, month, dayOfMonth), match[0].length, { year, month });
    }
  }
  match = dayOnly.exec(rest);
  if (match && context.month) {
    const dayOfMonth = toNumber(match[1]!);
    const { month } = context.month;
    if (validDay(month, dayOfMonth)) {
      const year = context.month.year ?? yearFor(month, dayOfMonth, context.dating);
      const start = day(year, month, dayOfMonth);
      if (match[2]) {
        const endDay = toNumber(match[2]);
        if (validDay(month, endDay)) return withTime({ start, end: day(year, month, endDay) }, match[0].length, null);
      }
      return withTime(start, match[0].length, null);
    }
  }
  if (rest.startsWith('本周')) return withTime(thisWeek(context.dating), 2, null);
  if (rest.startsWith('上周')) return withTime(lastWeek(context.dating), 2, null);
  for (const word of vocabulary.sameDayWords) {
    if (rest.startsWith(word) && context.previous !== null) return withTime(context.previous, word.length, null);
  }
  return null;
}

/** A date in parentheses right after a name: "李红军(11月3日至4日)" in a list of visits. */
export function readParenthesisedDate(text: string, context: DateContext): OpeningDate | null {
  const open = text.indexOf('(');
  if (open < 0) return null;
  const inner = readOpeningDate(text.slice(open + 1), context);
  return inner ? { ...inner, length: open + 1 + inner.length } : null;
}
