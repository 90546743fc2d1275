// Precision and recall of extracted events against golden expectations, per field. A "fact" is
// one field of one event, keyed by the event's line: (line, date), (line, place), (line, name),
// (line, name, title) … Extracted facts are compared with expected ones; empty values are no fact.
import type { EventDate, ProposedEvent } from '../../../../renderer/src/domain/events/types';

export interface GoldenEvent {
  line: number;
  date: EventDate;
  timeOfDay?: string;
  officials: { name: string; titles: string[] }[];
  place: string | null;
  type: string;
}

export const fields = ['event', 'date', 'timeOfDay', 'official', 'title', 'place', 'type'] as const;
export type Field = (typeof fields)[number];

export interface Tally {
  extracted: number;
  expected: number;
  correct: number;
}

type Factual = Pick<GoldenEvent, 'line' | 'date' | 'officials' | 'place' | 'type'> & { timeOfDay?: string | null };

function factsOf(event: Factual): Record<Field, string[]> {
  const key = (value: unknown) => `${event.line}|${JSON.stringify(value)}`;
  return {
    event: [key('')],
    date: event.date === null ? [] : [key(event.date)],
    timeOfDay: event.timeOfDay ? [key(event.timeOfDay)] : [],
    official: event.officials.map((official) => key(official.name)),
    title: event.officials.flatMap((official) => official.titles.map((title) => key([official.name, title]))),
    place: event.place ? [key(event.place)] : [],
    type: [key(event.type)],
  };
}

export function emptyTally(): Record<Field, Tally> {
  return Object.fromEntries(fields.map((field) => [field, { extracted: 0, expected: 0, correct: 0 }])) as Record<Field, Tally>;
}

/** Adds one file's comparison to `tally`. */
export function score(tally: Record<Field, Tally>, extracted: readonly ProposedEvent[], expected: readonly GoldenEvent[]): void {
  const expectedLines = new Set(expected.map((event) => event.line));
  for (const field of fields) {
    const got = new Set(extracted.flatMap((event) => factsOf(event)[field]));
    const want = new Set(expected.flatMap((event) => factsOf(event)[field]));
    // Field facts of events that are not expected at all count against the event field only.
    const gotOnExpected = field === 'event' ? got : new Set([...got].filter((fact) => expectedLines.has(Number(fact.split('|')[0]))));
    tally[field].extracted += gotOnExpected.size;
    tally[field].expected += want.size;
    tally[field].correct += [...gotOnExpected].filter((fact) => want.has(fact)).length;
  }
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export function formatTally(tally: Record<Field, Tally>): string {
  const rows = fields.map((field) => {
    const { extracted, expected, correct } = tally[field];
    return `${field.padEnd(10)} precision ${ratio(correct, extracted).toFixed(3)}  recall ${ratio(correct, expected).toFixed(3)}  (${correct} right of ${extracted} extracted, ${expected} expected)`;
  });
  return rows.join('\n');
}
