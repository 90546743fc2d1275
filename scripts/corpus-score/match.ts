// Scores proposed events against expectations written by reading a text, in the measures of
// issue 11: event detection (precision, recall, F1), official names (F1), and, on the events
// found, whether the date, the place and the type are right. An expected event is anchored by
// its source `line` (the older fixtures) or by a `quote` from its own text (dev/ fixtures, where
// several dated entries may share a line); it is paired with a proposed event whose blocks hold
// that anchor, the one whose summary holds the quote first, else the next in document order.
import { Converter } from 'opencc-js/t2cn';
import type { Block } from '../../renderer/src/domain/digest/types';
import type { EventDate, ProposedEvent, UncertainField } from '../../renderer/src/domain/events/types';

export interface ExpectedEvent {
  line?: number;
  quote?: string;
  date: EventDate;
  timeOfDay?: string;
  officials: { name: string; titles: string[] }[];
  /** null: the text names no place; absent with `placeUnknown`: the place is not scored. */
  place?: string | null;
  placeUnknown?: boolean;
  /** null: the type cannot be read (a cut-off entry) and is not scored. */
  type: string | null;
}

export interface Counts {
  expected: number;
  proposed: number;
  found: number;
  officialsExpected: number;
  officialsProposed: number;
  officialsRight: number;
  dateRight: number;
  placeScored: number;
  placeRight: number;
  typeScored: number;
  typeRight: number;
  /** Scored fields (date, place, type) of found events marked uncertain, wrong, and both. */
  fieldsMarked: number;
  fieldsWrong: number;
  fieldsWrongMarked: number;
}

export function emptyCounts(): Counts {
  return {
    expected: 0,
    proposed: 0,
    found: 0,
    officialsExpected: 0,
    officialsProposed: 0,
    officialsRight: 0,
    dateRight: 0,
    placeScored: 0,
    placeRight: 0,
    typeScored: 0,
    typeRight: 0,
    fieldsMarked: 0,
    fieldsWrong: 0,
    fieldsWrongMarked: 0,
  };
}

export function addCounts(into: Counts, more: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += more[key];
}

let toSimplified: ((text: string) => string) | null = null;

/** Compares as a reader would: full-width and half-width alike, traditional as simplified, no spaces. */
export function fold(text: string): string {
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '');
}

function anchorBlock(expected: ExpectedEvent, blocks: readonly Block[]): number {
  if (expected.quote !== undefined) {
    const quote = fold(expected.quote);
    return blocks.findIndex((block) => fold(block.text).includes(quote));
  }
  return blocks.findIndex((block) => block.line === expected.line);
}

/** Pairs each expected event with at most one proposed event; returns the pairs by expected index. */
export function pairEvents(
  expected: readonly ExpectedEvent[],
  proposed: readonly ProposedEvent[],
  blocks: readonly Block[],
): (ProposedEvent | null)[] {
  const taken = new Set<ProposedEvent>();
  return expected.map((want) => {
    const block = anchorBlock(want, blocks);
    if (block < 0) return null;
    const candidates = proposed.filter((event) => !taken.has(event) && event.blockIndexes.includes(block));
    const quote = want.quote === undefined ? null : fold(want.quote);
    const byQuote = quote === null ? undefined : candidates.find((event) => summaryHolds(fold(event.summary), quote));
    const chosen = byQuote ?? candidates[0] ?? null;
    if (chosen) taken.add(chosen);
    return chosen;
  });
}

function summaryHolds(summary: string, quote: string): boolean {
  const head = quote.slice(0, 12);
  return summary.includes(head) || quote.includes(summary.slice(0, 12));
}

function sameDate(a: EventDate, b: EventDate): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The counts of one text; `misses`, when given, receives a line for each expected event missed or field wrong. */
export function scoreText(
  expected: readonly ExpectedEvent[],
  proposed: readonly ProposedEvent[],
  blocks: readonly Block[],
  misses?: string[],
): Counts {
  const counts = emptyCounts();
  counts.expected = expected.length;
  counts.proposed = proposed.length;
  const pairs = pairEvents(expected, proposed, blocks);
  for (const event of proposed) counts.officialsProposed += new Set(event.officials.map((official) => fold(official.name))).size;
  expected.forEach((want, index) => {
    const names = new Set(want.officials.map((official) => fold(official.name)));
    counts.officialsExpected += names.size;
    const got = pairs[index];
    const where = (want.quote ?? `line ${want.line}`).slice(0, 24);
    if (!got) {
      misses?.push(`missed  ${where}`);
      return;
    }
    counts.found++;
    const gotNames = new Set(got.officials.map((official) => fold(official.name)));
    counts.officialsRight += [...names].filter((name) => gotNames.has(name)).length;
    const missedNames = [...names].filter((name) => !gotNames.has(name));
    if (missedNames.length > 0) misses?.push(`officials  ${where}: missing ${missedNames.join(' ')}; got ${[...gotNames].join(' ')}`);
    const marked = (field: UncertainField, right: boolean) => {
      const isMarked = got.uncertain.includes(field);
      if (isMarked) counts.fieldsMarked++;
      if (!right) counts.fieldsWrong++;
      if (isMarked && !right) counts.fieldsWrongMarked++;
      return isMarked ? ' (marked uncertain)' : '';
    };
    const dateRight = sameDate(got.date, want.date);
    const dateMark = marked('date', dateRight);
    if (dateRight) counts.dateRight++;
    else misses?.push(`date  ${where}: want ${JSON.stringify(want.date)} got ${JSON.stringify(got.date)}${dateMark}`);
    if (!want.placeUnknown) {
      counts.placeScored++;
      const placeRight = (got.place === null ? null : fold(got.place)) === (want.place ? fold(want.place) : null);
      const placeMark = marked('place', placeRight);
      if (placeRight) counts.placeRight++;
      else misses?.push(`place  ${where}: want ${want.place ?? 'none'} got ${got.place ?? 'none'}${placeMark}`);
    }
    if (want.type !== null) {
      counts.typeScored++;
      const typeMark = marked('type', got.type === want.type);
      if (got.type === want.type) counts.typeRight++;
      else misses?.push(`type  ${where}: want ${want.type} got ${got.type}${typeMark}`);
    }
  });
  return counts;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const f1 = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

export interface Measures {
  eventPrecision: number;
  eventRecall: number;
  eventF1: number;
  officialPrecision: number;
  officialRecall: number;
  officialF1: number;
  dateRight: number;
  placeRight: number;
  typeRight: number;
}

export function measuresOf(counts: Counts): Measures {
  const eventPrecision = ratio(counts.found, counts.proposed);
  const eventRecall = ratio(counts.found, counts.expected);
  const officialPrecision = ratio(counts.officialsRight, counts.officialsProposed);
  const officialRecall = ratio(counts.officialsRight, counts.officialsExpected);
  return {
    eventPrecision,
    eventRecall,
    eventF1: f1(eventPrecision, eventRecall),
    officialPrecision,
    officialRecall,
    officialF1: f1(officialPrecision, officialRecall),
    dateRight: ratio(counts.dateRight, counts.found),
    placeRight: ratio(counts.placeRight, counts.placeScored),
    typeRight: ratio(counts.typeRight, counts.typeScored),
  };
}
