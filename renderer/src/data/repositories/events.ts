// Stores and changes events. Extraction runs inside the import transaction (storeProposedEvents);
// the analyst's confirmed and edited events are never replaced when it runs again. Every change
// the analyst makes is one small write; a deleted event can be put back (undo).
import type { Block } from '../../domain/digest/types';
import { prepareGazetteer } from '../../domain/events/gazetteer/load-gazetteer';
import { extractEvents } from '../../domain/events/extract-events';
import { withYear } from '../../domain/events/set-year';
import type { EventDate, EventType } from '../../domain/events/types';
import { newId, type ReadoutDatabase } from '../schema/db';
import type { EventOfficial, EventRecord, IssueRecord, PersonRecord } from '../records';
import { dateSortOf, extractIssues, personFor, proposedEventRecords, type IssueToExtract } from './event-proposals';
import { peopleByNames } from './people';
import { eventDoc, eventDocId, personDoc, personSearchText } from '../search/search-docs';
import type { SearchDoc } from '../../domain/search/documents';
import { indexDocuments, removeDocuments, searchIndexTables } from '../search/search-index';

/** The tables a transaction that stores events must include (events and people are indexed for search in it). */
export function eventTables(db: ReadoutDatabase) {
  return [db.events, db.people, ...searchIndexTables(db)];
}

/** Re-indexes these events (and the people given) in the caller's transaction. */
async function indexEvents(db: ReadoutDatabase, events: readonly EventRecord[], people: readonly PersonRecord[] = []): Promise<void> {
  await indexDocuments(db, [...events.map(eventDoc), ...people.map(personDoc)]);
}

async function reindexEvent(db: ReadoutDatabase, id: string): Promise<void> {
  const event = await db.events.get(id);
  if (event) await indexEvents(db, [event]);
}

/**
 * Proposes events for these issues and stores them with their people, in the caller's
 * transaction if there is one. Earlier proposals of the same issues are replaced; confirmed and
 * edited events stay, and no proposal is made where one of them already stands.
 */
export async function storeProposedEvents(
  db: ReadoutDatabase,
  items: readonly IssueToExtract[],
  /** When given, the people's search documents are added here for the caller's own index write, not written now. */
  searchDocs?: SearchDoc[],
): Promise<number> {
  if (items.length === 0) return 0;
  return db.transaction('rw', eventTables(db), async () => {
    const issueIds = items.map((item) => item.issue.id);
    const existing = await db.events.where('issueId').anyOf(issueIds).toArray();
    const kept = new Map<string, Set<number>>();
    const stale: string[] = [];
    for (const event of existing) {
      if (event.status === 'proposed') stale.push(event.id);
      // A reviewed event whose paragraph a new version removed stands on no block of this text.
      else if (!event.lostParagraphs) {
        const blocks = kept.get(event.issueId) ?? new Set<number>();
        blocks.add(event.blockIndex);
        kept.set(event.issueId, blocks);
      }
    }
    // Look up every name the proposals mention in one query, then build the records.
    const extracted = extractIssues(items);
    const names = extracted.flatMap(({ events }) => events.flatMap((event) => event.officials.map((official) => official.name)));
    const people = await peopleByNames(db, names);
    const textBefore = new Map([...people.values()].map((person) => [person.id, personSearchText(person)]));
    const titlesBefore = new Map([...people.values()].map((person) => [person.id, JSON.stringify(person.titles)]));
    const keptIds = new Set(existing.filter((event) => event.status !== 'proposed').map((event) => event.id));
    const { events, people: touched } = proposedEventRecords(extracted, kept, people, keptIds);
    await db.events.bulkDelete(stale);
    // Only the people who are new or whose titles (or the days they were seen) changed: a chunk
    // names far more known officials than it changes.
    await db.people.bulkPut(touched.filter((person) => titlesBefore.get(person.id) !== JSON.stringify(person.titles)));
    await db.events.bulkAdd(events);
    // Search, in one write per chunk: the new proposals (the stale ones' documents go) and the
    // people who are new or gained a title (re-indexing every person an import mentions would
    // only add copies of unchanged documents).
    await removeDocuments(db, stale.map(eventDocId));
    const newPeople = touched.filter((person) => !textBefore.has(person.id));
    const changedPeople = touched.filter((person) => textBefore.has(person.id) && textBefore.get(person.id) !== personSearchText(person));
    if (searchDocs) searchDocs.push(...events.map(eventDoc), ...[...newPeople, ...changedPeople].map(personDoc));
    else {
      await indexDocuments(db, [...events.map(eventDoc), ...newPeople.map(personDoc)], { fresh: true });
      await indexEvents(db, [], changedPeople);
    }
    return events.length;
  });
}

export function eventsOfIssue(db: ReadoutDatabase, issueId: string): Promise<EventRecord[]> {
  return db.events.where('issueId').equals(issueId).sortBy('blockIndex');
}

export async function confirmEvent(db: ReadoutDatabase, id: string): Promise<void> {
  await db.transaction('rw', eventTables(db), async () => {
    await db.events.update(id, { status: 'confirmed', updatedAt: new Date().toISOString() });
    // Its search document no longer marks it as proposed.
    await reindexEvent(db, id);
  });
}

/** Confirms the proposed ones of these events in one transaction (bulk confirm); reviewed ones stay as they are. */
export async function confirmEvents(db: ReadoutDatabase, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', eventTables(db), async () => {
    const now = new Date().toISOString();
    const confirmed = (await db.events.bulkGet([...ids]))
      .filter((event): event is EventRecord => event?.status === 'proposed')
      .map((event) => ({ ...event, status: 'confirmed' as const, updatedAt: now }));
    await db.events.bulkPut(confirmed);
    await indexEvents(db, confirmed);
    return confirmed.length;
  });
}

/** One fix for many events (bulk fix), in one transaction. */
export interface EventsFix {
  /** The year their dates fall in; undated events stay undated. */
  year?: number;
  place?: string | null;
}

/** Applies the fix to these events; each becomes 'edited', as after a single edit. */
export async function fixEvents(db: ReadoutDatabase, ids: readonly string[], fix: EventsFix): Promise<number> {
  return db.transaction('rw', eventTables(db), async () => {
    const now = new Date().toISOString();
    const fixed = (await db.events.bulkGet([...ids]))
      .filter((event): event is EventRecord => event !== undefined)
      .map((event) => {
        const date = fix.year === undefined ? event.date : withYear(event.date, fix.year);
        return {
          ...event,
          date,
          dateSort: dateSortOf(date),
          place: fix.place === undefined ? event.place : fix.place,
          status: 'edited' as const,
          updatedAt: now,
        };
      });
    await db.events.bulkPut(fixed);
    await indexEvents(db, fixed);
    return fixed.length;
  });
}

export interface EventChanges {
  date?: EventDate;
  timeOfDay?: string | null;
  officials?: { name: string; titles: string[] }[];
  place?: string | null;
  type?: EventType;
  summary?: string;
}

/** Applies the analyst's changes; the event becomes 'edited' and extraction leaves it alone from now on. */
export async function editEvent(db: ReadoutDatabase, id: string, changes: EventChanges): Promise<void> {
  await db.transaction('rw', eventTables(db), async () => {
    const event = await db.events.get(id);
    if (!event) throw new Error(`No event ${id}`);
    const update: Partial<EventRecord> = { status: 'edited', updatedAt: new Date().toISOString() };
    if (changes.date !== undefined) {
      update.date = changes.date;
      update.dateSort = dateSortOf(changes.date);
    }
    if (changes.timeOfDay !== undefined) update.timeOfDay = changes.timeOfDay;
    if (changes.place !== undefined) update.place = changes.place;
    if (changes.type !== undefined) update.type = changes.type;
    if (changes.summary !== undefined) update.summary = changes.summary;
    if (changes.officials !== undefined) {
      update.officials = await registerOfficials(db, changes.officials, dateSortOf(update.date ?? event.date));
      update.personIds = [...new Set(update.officials.map((official) => official.personId))];
    }
    await db.events.update(id, update);
    await reindexEvent(db, id);
  });
}

async function registerOfficials(
  db: ReadoutDatabase,
  officials: { name: string; titles: string[] }[],
  day: string,
): Promise<EventOfficial[]> {
  const people = await peopleByNames(
    db,
    officials.map((official) => official.name),
  );
  const touched = new Set<PersonRecord>();
  const textBefore = new Map([...people.values()].map((person) => [person.id, personSearchText(person)]));
  const seen = /^\d{4}/.test(day) ? day : new Date().toISOString().slice(0, 10);
  const result = officials.map((official) => {
    const person = personFor(people, official.name, official.titles, seen);
    touched.add(person);
    return { ...official, personId: person.id };
  });
  await db.people.bulkPut([...touched]);
  await indexEvents(
    db,
    [],
    [...touched].filter((person) => textBefore.get(person.id) !== personSearchText(person)),
  );
  return result;
}

export async function setEventTags(db: ReadoutDatabase, id: string, tagIds: readonly string[]): Promise<void> {
  await db.transaction('rw', eventTables(db), async () => {
    await db.events.update(id, { tagIds: [...new Set(tagIds)], updatedAt: new Date().toISOString() });
    // The tag filter reads an event's tags from its search document.
    await reindexEvent(db, id);
  });
}

/** Deletes an event and hands it back, so the caller can offer undo (restoreEvent). */
export async function deleteEvent(db: ReadoutDatabase, id: string): Promise<EventRecord | undefined> {
  return db.transaction('rw', eventTables(db), async () => {
    const event = await db.events.get(id);
    await db.events.delete(id);
    await removeDocuments(db, [eventDocId(id)]);
    return event;
  });
}

export async function restoreEvent(db: ReadoutDatabase, event: EventRecord): Promise<void> {
  await db.transaction('rw', eventTables(db), async () => {
    await db.events.put(event);
    await indexEvents(db, [event]);
  });
}

/** An event the analyst adds from a selection: what the extractor reads in the selected text, marked as the analyst's own. */
export async function addEventFromText(
  db: ReadoutDatabase,
  issue: Pick<IssueRecord, 'id' | 'published' | 'periodStart' | 'periodEnd' | 'title'>,
  blockIndex: number,
  line: number,
  selected: string,
): Promise<string> {
  const period = issue.periodStart && issue.periodEnd ? { start: issue.periodStart, end: issue.periodEnd } : null;
  const block: Block = { kind: 'paragraph', text: selected, line };
  await prepareGazetteer();
  const [found] = extractEvents([block], { published: issue.published, period, title: issue.title });
  const now = new Date().toISOString();
  return db.transaction('rw', eventTables(db), async () => {
    const date = found?.date ?? null;
    const officials = await registerOfficials(db, found?.officials ?? [], dateSortOf(date));
    const record: EventRecord = {
      id: newId(),
      issueId: issue.id,
      blockIndex,
      blockIndexes: [blockIndex],
      line,
      date,
      dateSort: dateSortOf(date),
      timeOfDay: found?.timeOfDay ?? null,
      officials,
      personIds: [...new Set(officials.map((official) => official.personId))],
      place: found?.place ?? null,
      type: found?.type ?? 'activity',
      summary: found?.summary ?? selected.slice(0, 80),
      status: 'edited',
      origin: 'manual',
      tagIds: [],
      createdAt: now,
      updatedAt: now,
    };
    await db.events.add(record);
    await indexEvents(db, [record]);
    return record.id;
  });
}

/**
 * Makes an issue's reviewed events what a team's document says (data/sync/apply-docs.ts): each
 * arriving event replaces the local one of its id (a proposal of the same place becomes the
 * review), local reviews the document no longer holds go, and proposals on the paragraphs of
 * arriving reviews go (no proposal stands where a review does). Officials are found in this
 * library's own registry by name, or added to it.
 */
export async function applyReviewedEvents(
  db: ReadoutDatabase,
  issueId: string,
  arriving: readonly (Omit<EventRecord, 'personIds' | 'officials'> & { officials: { name: string; titles: string[] }[] })[],
): Promise<void> {
  await db.transaction('rw', eventTables(db), async () => {
    const local = await db.events.where('issueId').equals(issueId).toArray();
    const keep = new Set(arriving.map((event) => event.id));
    const reviewedBlocks = new Set(arriving.filter((event) => event.status !== 'proposed').map((event) => event.blockIndex));
    const absent = local.filter((event) => !keep.has(event.id));
    // A review the team no longer holds was deleted; a tagged proposal it no longer holds lost its tags.
    const gone = absent
      .filter((event) => event.status !== 'proposed' || (event.tagIds.length === 0 && reviewedBlocks.has(event.blockIndex)))
      .map((event) => event.id);
    const untagged = absent
      .filter((event) => event.status === 'proposed' && event.tagIds.length > 0)
      .map((event) => ({ ...event, tagIds: [] }));
    const records: EventRecord[] = [...untagged];
    for (const event of arriving) {
      const officials = await registerOfficials(db, event.officials, event.dateSort);
      records.push({ ...event, officials, personIds: [...new Set(officials.map((official) => official.personId))] });
    }
    await db.events.bulkDelete(gone);
    await removeDocuments(db, gone.map(eventDocId));
    await db.events.bulkPut(records);
    await indexEvents(db, records);
  });
}
