// The stored shapes of events and the people registry (schema version 4). An event keeps what
// the extractor proposed, what the analyst changed, and whether it was confirmed; people keep
// their titles over time and their aliases.
import type { EventDate, EventType } from '../domain/events/types';

/** proposed: as extracted, replaced when extraction runs again; confirmed/edited: the analyst's, never replaced. */
export type EventStatus = 'proposed' | 'confirmed' | 'edited';

export interface EventOfficial {
  name: string;
  titles: string[];
  /** The person in the registry. */
  personId: string;
}

export interface EventRecord {
  id: string;
  issueId: string;
  /** The block the event starts in, and every block it spans. */
  blockIndex: number;
  blockIndexes: number[];
  line: number;
  date: EventDate;
  /** First day of `date` for ordering: "2022-09-12", "--09-12", or "~" when undated (sorts last). */
  dateSort: string;
  timeOfDay: string | null;
  officials: EventOfficial[];
  /** Registry ids of the officials, indexed (multi-entry) for "every event of this person". */
  personIds: string[];
  place: string | null;
  type: EventType;
  summary: string;
  status: EventStatus;
  /** 'extracted' by the app, or 'manual' when the analyst added it from a selection. */
  origin: 'extracted' | 'manual';
  tagIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface PersonTitle {
  title: string;
  /** First and last event day (or import day) the title was seen with. */
  firstSeen: string;
  lastSeen: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  /** Other names this person goes by (merged entries' names). */
  aliases: string[];
  titles: PersonTitle[];
  /** Set when this entry was merged into another: the surviving person's id. */
  mergedInto?: string;
}
