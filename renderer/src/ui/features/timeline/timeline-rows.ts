// The timeline's rows: events filtered by official, place, type, tag and date range, in date
// order, with a heading row at the start of each week (Monday to Sunday). Pure functions.
import type { EventRecord } from '../../../data/records';

export interface TimelineFilters {
  personId: string;
  place: string;
  type: string;
  tagId: string;
  from: string;
  to: string;
}

export const noFilters: TimelineFilters = { personId: '', place: '', type: '', tagId: '', from: '', to: '' };

export type TimelineRow = { kind: 'week'; key: string; weekStart: string | null } | { kind: 'event'; key: string; event: EventRecord };

const pad = (n: number) => String(n).padStart(2, '0');

/** Monday of the ISO day's week; for a day without a year, its "--MM" month; '~' when undated. */
export function weekKeyOf(dateSort: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateSort)) {
    const date = new Date(`${dateSort}T00:00:00Z`);
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
    return `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`;
  }
  if (dateSort.startsWith('--')) return dateSort.slice(0, 4);
  return '~';
}

function dateEnd(event: EventRecord): string {
  if (event.date === null) return event.dateSort;
  return typeof event.date === 'string' ? event.date : event.date.end;
}

export function matches(event: EventRecord, filters: TimelineFilters): boolean {
  if (filters.personId && !event.personIds.includes(filters.personId)) return false;
  if (filters.place && event.place !== filters.place) return false;
  if (filters.type && event.type !== filters.type) return false;
  if (filters.tagId && !event.tagIds.includes(filters.tagId)) return false;
  // A date range keeps events that overlap it; undated events only when no range is set.
  if (filters.from && (event.dateSort === '~' || dateEnd(event) < filters.from)) return false;
  if (filters.to && (event.dateSort === '~' || event.dateSort > filters.to)) return false;
  return true;
}

/** Rows for events already sorted by `dateSort`. */
export function timelineRows(events: readonly EventRecord[], filters: TimelineFilters): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let week: string | null = null;
  for (const event of events) {
    if (!matches(event, filters)) continue;
    const key = weekKeyOf(event.dateSort);
    if (key !== week) {
      week = key;
      rows.push({ kind: 'week', key: `week-${key}`, weekStart: key === '~' ? null : key });
    }
    rows.push({ kind: 'event', key: event.id, event });
  }
  return rows;
}

export function eventCount(rows: readonly TimelineRow[]): number {
  let count = 0;
  for (const row of rows) if (row.kind === 'event') count++;
  return count;
}
