// The analyst's bulk fix "these events happened in year Y": an event's date keeps its month and
// day and takes the year given, also where the extractor could not know the year ("--09-12").
import type { EventDate, EventDay } from './types';

function dayWithYear(day: EventDay, year: number): EventDay {
  const monthDay = day.startsWith('--') ? day.slice(2) : day.slice(5);
  const yyyy = String(year).padStart(4, '0');
  // 29 February keeps its day only in a leap year; elsewhere it becomes the 28th, a real day.
  if (monthDay === '02-29' && !isLeapYear(year)) return `${yyyy}-02-28`;
  return `${yyyy}-${monthDay}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The date in the given year; an undated event stays undated (a year alone is no date). */
export function withYear(date: EventDate, year: number): EventDate {
  if (date === null) return null;
  if (typeof date === 'string') return dayWithYear(date, year);
  // A range across New Year (12-28 – 01-03) keeps its end in the following year.
  const start = dayWithYear(date.start, year);
  const end = dayWithYear(date.end, year);
  return { start, end: end < start ? dayWithYear(date.end, year + 1) : end };
}
