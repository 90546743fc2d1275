// Finds the period an issue covers in its title: a week such as "|9.12-9.18", "9.12—9.18",
// "9月12日-18日" (the year taken from the publish time), or months such as "2021年7-9月", "2022年5月".

import { compareIsoDates, daysInMonth, isValidDate, toIsoDate } from './dates';
import type { Period } from './types';

export interface PeriodMatch {
  period: Period;
  /** Where the period's text sits in the title (UTF-16 indices), so the series can be cut around it. */
  start: number;
  end: number;
}

const RANGE_DASH = '[-—–~～至到]';
// What may not follow a range of days: more digits, or a unit that makes it a range of amounts
// ("3.5-4.5万元", "1.5-2个百分点").
const NOT_AFTER_RANGE = '(?![\\d.%‰万亿元千百倍米吨亩个家项台辆户])';
// Day range: optional year, month.day or M月D日, a dash, optional year and month, day; not inside a number.
// Groups: startYear, startMonth, startDay, endYear, endMonth, endDay.
const DAY_RANGE = new RegExp(
  String.raw`(?<![\d.])(?:(\d{4}) ?[./年-] ?)?(\d{1,2}) ?[.月] ?(\d{1,2}) ?日? ?${RANGE_DASH}{1,2} ?(?:(\d{4}) ?[./年-] ?)?(?:(\d{1,2}) ?[.月] ?)?(\d{1,2}) ?日?` +
    NOT_AFTER_RANGE,
);
// Month or month range with its year: "2022年5月", "2021年7-9月", "2023年5月份". Not followed by a day.
// Groups: year, startMonth, endMonth.
const MONTH_RANGE = new RegExp(String.raw`(\d{4}) ?年 ?(\d{1,2})(?: ?${RANGE_DASH} ?(\d{1,2}))? ?月份?(?! ?\d{1,2} ?日)`);
// The same in Chinese numerals, as chronicles title their months: "二〇二二年一月", "二〇二一年七至九月".
const CN_DIGIT = '〇零一二三四五六七八九';
const CN_MONTH = '(十[一二]?|[一二三四五六七八九])';
const CN_MONTH_RANGE = new RegExp(
  `([${CN_DIGIT}]{4}) ?年 ?${CN_MONTH}(?: ?${RANGE_DASH} ?${CN_MONTH})? ?月份?(?! ?[${CN_DIGIT}十\\d]{1,3} ?日)`,
);

/** Titles are short; longer text is not searched. */
const TITLE_MAX_LENGTH = 300;
/** A line naming only a period or an issue number is short. */
const PERIOD_LINE_MAX_LENGTH = 40;
const LOOSE_BRACKETS = /^[\s([【]+|[\s)\]】]+$/g;
const ISSUE_NUMERAL = '[\\d一二三四五六七八九十百零〇]{1,6}';
/** An issue number in a title or on a line: "第12期", "2024年第12期", "(总第345期)". Global: for cutting all out. */
export const ISSUE_NUMBER = new RegExp(`(?:\\d{4} ?年 ?)?\\(?总?第 ?${ISSUE_NUMERAL} ?期\\)?`, 'g');
const ISSUE_NUMBER_LINE = new RegExp(`^(?:(?:\\d{4} ?年 ?)?\\(?总?第 ?${ISSUE_NUMERAL} ?期\\)? ?){1,2}$`);

/**
 * The period named in a (normalised) title, or null. `published` (ISO) gives the year when the
 * title has none; a period never starts after the issue was published, so a week that would is
 * taken to belong to the year before (an issue for 12.26-1.1 published on 2 January).
 */
export function findPeriod(titleNorm: string, published: string | null): PeriodMatch | null {
  if (titleNorm.length === 0 || titleNorm.length > TITLE_MAX_LENGTH) return null;
  return findDayRange(titleNorm, published) ?? findMonthRange(titleNorm) ?? findChineseMonthRange(titleNorm);
}

function findDayRange(title: string, published: string | null): PeriodMatch | null {
  const match = DAY_RANGE.exec(title);
  if (!match) return null;
  const [, startYearText, startMonthText, startDayText, endYearText, endMonthText, endDayText] = match;
  const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
  let startYear = startYearText ? Number(startYearText) : publishedYear;
  if (startYear === undefined) return null;
  const startMonth = Number(startMonthText);
  const startDay = Number(startDayText);
  const endMonth = endMonthText ? Number(endMonthText) : startMonth;
  const endDay = Number(endDayText);
  // "9.12-18" ends in its own month; an end before the start there is no range of days.
  if (!endMonthText && endDay <= startDay) return null;
  if (!startYearText && published && isValidDate(startYear, startMonth, startDay)) {
    if (compareIsoDates(toIsoDate(startYear, startMonth, startDay), published.slice(0, 10)) > 0) startYear -= 1;
  }
  const crossesYear = endMonth < startMonth || (endMonth === startMonth && endDay < startDay);
  const endYear = endYearText ? Number(endYearText) : crossesYear ? startYear + 1 : startYear;
  return toMatch(startYear, startMonth, startDay, endYear, endMonth, endDay, match);
}

/**
 * A line that only names a period, as some columns print it under their title:
 * "（2024年3月4日—3月10日）", "2024.3.4-3.10", "（2024年3月）". A bare month ("2024年1月") is
 * not one: chronicles head their months so.
 */
export function isPeriodLine(norm: string): boolean {
  if (norm.length > PERIOD_LINE_MAX_LENGTH || !opensWithDigit(norm)) return false;
  const bare = norm.replace(LOOSE_BRACKETS, '');
  if (!/^\d/.test(bare)) return false;
  const whole = (match: RegExpExecArray | null) => match !== null && match.index === 0 && match[0].length === bare.length;
  return whole(DAY_RANGE.exec(bare)) || (bare.length < norm.length && whole(MONTH_RANGE.exec(bare)));
}

// A cheap test first: a period line opens with a digit, maybe after a bracket or a space.
function opensWithDigit(norm: string): boolean {
  for (let index = 0; index < Math.min(norm.length, 3); index += 1) {
    const char = norm.charAt(index);
    if (char >= '0' && char <= '9') return true;
    if (!' ([【'.includes(char)) return false;
  }
  return false;
}

/** A line that only numbers the issue: "第12期", "2024年第12期", "第12期（总第345期）". */
export function isIssueNumberLine(norm: string): boolean {
  if (norm.length > PERIOD_LINE_MAX_LENGTH || !norm.includes('期')) return false;
  return ISSUE_NUMBER_LINE.test(norm.replace(LOOSE_BRACKETS, ''));
}

function findMonthRange(title: string): PeriodMatch | null {
  const match = MONTH_RANGE.exec(title);
  if (!match) return null;
  const [, yearText, startMonthText, endMonthText] = match;
  return monthsMatch(Number(yearText), Number(startMonthText), endMonthText ? Number(endMonthText) : undefined, match);
}

function findChineseMonthRange(title: string): PeriodMatch | null {
  if (!title.includes('年')) return null;
  const match = CN_MONTH_RANGE.exec(title);
  if (!match) return null;
  const [, yearText = '', startMonthText = '', endMonthText] = match;
  const year = Number([...yearText].map(chineseDigit).join(''));
  return monthsMatch(year, chineseMonth(startMonthText), endMonthText ? chineseMonth(endMonthText) : undefined, match);
}

// 〇 and 零 both read 0; 一 … 九 read 1 … 9.
function chineseDigit(char: string): number {
  const index = CN_DIGIT.indexOf(char);
  return index <= 1 ? 0 : index - 1;
}

// "一" … "九", "十", "十一", "十二".
function chineseMonth(text: string): number {
  return text.startsWith('十') ? 10 + (text.length > 1 ? chineseDigit(text.charAt(1)) : 0) : chineseDigit(text);
}

function monthsMatch(year: number, startMonth: number, endMonthGiven: number | undefined, match: RegExpExecArray): PeriodMatch | null {
  const endMonth = endMonthGiven ?? startMonth;
  const endYear = endMonth < startMonth ? year + 1 : year;
  if (endMonth < 1 || endMonth > 12) return null;
  return toMatch(year, startMonth, 1, endYear, endMonth, daysInMonth(endYear, endMonth), match);
}

function toMatch(
  startYear: number,
  startMonth: number,
  startDay: number,
  endYear: number,
  endMonth: number,
  endDay: number,
  match: RegExpExecArray,
): PeriodMatch | null {
  if (!isValidDate(startYear, startMonth, startDay) || !isValidDate(endYear, endMonth, endDay)) return null;
  const period = { start: toIsoDate(startYear, startMonth, startDay), end: toIsoDate(endYear, endMonth, endDay) };
  if (compareIsoDates(period.start, period.end) > 0) return null;
  return { period, start: match.index, end: match.index + match[0].length };
}
