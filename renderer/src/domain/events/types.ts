// The shape of an event proposed from an issue's blocks: who did what, when and where. Pure data,
// shared by the extractor, the store, the review UI, the timeline and the `parse` command.

export type EventType = 'meeting' | 'inspection' | 'signing' | 'unveiling' | 'visit' | 'activity';

export const eventTypes: readonly EventType[] = ['meeting', 'inspection', 'signing', 'unveiling', 'visit', 'activity'];

/** An ISO day ("2022-09-12"), a day without a knowable year ("--09-12"), or a range of either. */
export type EventDay = string;
export type EventDate = EventDay | { start: EventDay; end: EventDay } | null;

export interface Official {
  name: string;
  /** Titles as written before the name, in order ("市委常委", "江阴市委书记"). */
  titles: string[];
}

/**
 * A field the extractor inferred rather than read in the event's own words, for the analyst to
 * check first: a date whose day or year was computed from the publish time (昨天, 本周, or a
 * "9月12日" given the publish time's year), a place taken from the issue (its home, a section
 * heading, the publisher) because the event names none, a type read from the context or the
 * default because the event's words name none.
 */
export type UncertainField = 'date' | 'place' | 'type';

export const uncertainFields: readonly UncertainField[] = ['date', 'place', 'type'];

export interface ProposedEvent {
  /** Index into the issue's blocks of the paragraph the event starts in. */
  blockIndex: number;
  /** Indexes of every block the event's text spans (its paragraph and the ones continuing it). */
  blockIndexes: number[];
  /** 1-based source line of the starting block. */
  line: number;
  date: EventDate;
  timeOfDay: string | null;
  officials: Official[];
  place: string | null;
  type: EventType;
  summary: string;
  /** The fields inferred from context, in the order date, place, type; empty when all were read. */
  uncertain: UncertainField[];
}

/** What the extractor needs from an issue besides its blocks, to resolve years and weeks. */
export interface IssueDating {
  published: string | null;
  period: { start: string; end: string } | null;
  title?: string;
  /** The publisher or source line (来源: …): the place an issue that names no other belongs to ("山西日报"). */
  source?: string | null;
  /** The one year the issue's text writes (2023年…), for an issue with neither publish time nor period; set by extractEvents. */
  statedYear?: number;
}

export function dateStartOf(date: EventDate): EventDay | null {
  if (date === null) return null;
  return typeof date === 'string' ? date : date.start;
}

export function dateEndOf(date: EventDate): EventDay | null {
  if (date === null) return null;
  return typeof date === 'string' ? date : date.end;
}
