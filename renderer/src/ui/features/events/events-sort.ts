// The order of the Events table: reading order (as the events stand in the issue) unless the
// analyst sorts by a column. Undated events and events without a place sort last either way,
// as spreadsheets put empty cells last. Pure functions.
import { eventTypes } from '../../../domain/events/types';
import type { EventRecord } from '../../../data/records';

export type EventSortKey = 'date' | 'officials' | 'place' | 'type' | 'status';
export interface EventSort {
  key: EventSortKey;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator('zh-CN');
const statusOrder = { proposed: 0, edited: 1, confirmed: 2 } as const;

/** The cell's value to compare; null for an empty cell. */
function valueOf(event: EventRecord, key: EventSortKey): string | number | null {
  switch (key) {
    case 'date':
      return event.dateSort === '~' ? null : event.dateSort;
    case 'officials':
      return event.officials[0]?.name ?? null;
    case 'place':
      return event.place || null;
    case 'type':
      return eventTypes.indexOf(event.type);
    case 'status':
      return statusOrder[event.status];
  }
}

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

/** The events in the table's order; `null` keeps their reading order. */
export function sortEvents(events: readonly EventRecord[], sort: EventSort | null): EventRecord[] {
  const reading = [...events].sort((a, b) => a.blockIndex - b.blockIndex || a.line - b.line);
  if (!sort) return reading;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable: equal cells keep reading order.
  return reading.sort((a, b) => {
    const left = valueOf(a, sort.key);
    const right = valueOf(b, sort.key);
    if (left === null || right === null) return Number(left === null) - Number(right === null);
    return sign * compareValues(left, right);
  });
}

/** A click on a column header: sort by it ascending, then descending, then back to reading order. */
export function nextSort(current: EventSort | null, key: EventSortKey): EventSort | null {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : null;
}
