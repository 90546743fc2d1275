// Calendar helpers for the parser: checking a date exists, writing ISO dates and local date-times,
// and recognising the date forms that open a line. Pure arithmetic, no Date objects, no time zones.

import type { IsoDate } from './types';

/**
 * A full date with an optional clock time, as pages print a publish time:
 * "2022-09-19 14:38:35", "2022-11-9 18:11", "2019/3/6", "2019年3月6日 06:23", "2024年03月04日 10时00分".
 * Groups: year, month, day, hour, minute, second.
 */
export const DATE_TIME_SOURCE = String.raw`(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日?(?: {0,2}(\d{1,2})[:时](\d{2})分?(?::(\d{2}))?)?`;

// A line led by a day of the month: "9月12日,", "2019年2月27日下午", "2022-09-19", or a chronicle's "1日 …".
const DAY_LED = /^(?:(?:\d{4} ?年 ?)?\d{1,2} ?月 ?\d{1,2} ?日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2} ?日(?:[ ,、:]|$))/;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Orders two ISO dates; they compare correctly as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns the groups of DATE_TIME_SOURCE into "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (local time, no
 * zone; missing seconds are :00). Returns null when the date or time does not exist.
 */
export function dateTimeFromGroups(groups: readonly (string | undefined)[]): string | null {
  const [year, month, day, hour, minute, second] = groups.map((group) => (group === undefined ? undefined : Number(group)));
  if (year === undefined || month === undefined || day === undefined || !isValidDate(year, month, day)) return null;
  const date = toIsoDate(year, month, day);
  if (hour === undefined || minute === undefined) return date;
  const seconds = second ?? 0;
  if (hour > 23 || minute > 59 || seconds > 59) return date;
  return `${date}T${pad2(hour)}:${pad2(minute)}:${pad2(seconds)}`;
}

/** True when the (normalised) line opens with a day of the month, as chronicle entries and event paragraphs do. */
export function isDayLed(norm: string): boolean {
  return DAY_LED.test(norm);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
