// Turns an issue's blocks into event records ready to store, and the people they name into
// registry entries (new ones, or known ones with the titles seen now). No database access: the
// import transaction, the version-4 upgrade and the benchmark all build records here.
import type { Block } from '../../domain/digest/types';
import { extractEvents } from '../../domain/events/extract-events';
import { dateStartOf, type ProposedEvent } from '../../domain/events/types';
import { newId } from '../schema/db';
import type { EventRecord, IssueRecord, PersonRecord } from '../records';

export interface IssueToExtract {
  /** `source` (the publisher) is the place of last resort for events that name none. */
  issue: Pick<IssueRecord, 'id' | 'title' | 'published' | 'periodStart' | 'periodEnd' | 'importedAt'> &
    Partial<Pick<IssueRecord, 'source'>>;
  blocks: readonly Block[];
}

/** The day an event or mention is "seen" for a person's title history. */
function seenDay(event: ProposedEvent, issue: IssueToExtract['issue']): string {
  const start = dateStartOf(event.date);
  if (start && /^\d{4}/.test(start)) return start;
  return (issue.periodStart ?? issue.published ?? issue.importedAt).slice(0, 10);
}

export function dateSortOf(date: EventRecord['date']): string {
  return dateStartOf(date) ?? '~';
}

/** Registry entries by name, found or created, updated with the titles seen; `people` is mutated. */
export function personFor(people: Map<string, PersonRecord>, name: string, titles: readonly string[], day: string): PersonRecord {
  let person = people.get(name);
  if (!person) {
    person = { id: newId(), name, aliases: [], titles: [] };
    people.set(name, person);
  }
  for (const title of titles) {
    const known = person.titles.find((entry) => entry.title === title);
    if (!known) person.titles.push({ title, firstSeen: day, lastSeen: day });
    else {
      if (day < known.firstSeen) known.firstSeen = day;
      if (day > known.lastSeen) known.lastSeen = day;
    }
  }
  return person;
}

/**
 * A proposal's id comes from where it was read (issue, block, line), so that two analysts of a
 * team who import the same text propose the same events, and one's review of an event arrives
 * on the other's proposal of it (data/sync/) instead of beside it.
 */
export function proposalId(issueId: string, event: Pick<ProposedEvent, 'blockIndex' | 'line'>): string {
  return `${issueId}~${event.blockIndex}.${event.line}`;
}

export function eventRecordFor(
  issueId: string,
  event: ProposedEvent,
  people: Map<string, PersonRecord>,
  day: string,
  now: string,
  id: string = newId(),
): EventRecord {
  const officials = event.officials.map((official) => ({
    ...official,
    personId: personFor(people, official.name, official.titles, day).id,
  }));
  return {
    id,
    issueId,
    blockIndex: event.blockIndex,
    blockIndexes: event.blockIndexes,
    line: event.line,
    date: event.date,
    dateSort: dateSortOf(event.date),
    timeOfDay: event.timeOfDay,
    officials,
    personIds: [...new Set(officials.map((official) => official.personId))],
    place: event.place,
    type: event.type,
    summary: event.summary,
    status: 'proposed',
    origin: 'extracted',
    tagIds: [],
    ...(event.uncertain.length > 0 ? { uncertain: event.uncertain } : {}),
    createdAt: now,
    updatedAt: now,
  };
}

export interface ExtractedIssue {
  issue: IssueToExtract['issue'];
  events: ProposedEvent[];
}

/** Runs the extractor over each issue's blocks. */
export function extractIssues(items: readonly IssueToExtract[]): ExtractedIssue[] {
  return items.map(({ issue, blocks }) => {
    const period = issue.periodStart && issue.periodEnd ? { start: issue.periodStart, end: issue.periodEnd } : null;
    return {
      issue,
      events: extractEvents(blocks, { published: issue.published, period, title: issue.title, source: issue.source ?? null }),
    };
  });
}

/**
 * Event records for extracted issues, skipping blocks where the analyst already keeps an event
 * (`keptBlocks`: issue id → block indexes), and the people records to put (new or updated).
 * `people` maps names to known registry entries (their aliases too) and is added to.
 */
export function proposedEventRecords(
  extracted: readonly ExtractedIssue[],
  keptBlocks: ReadonlyMap<string, ReadonlySet<number>>,
  people: Map<string, PersonRecord> = new Map(),
  /** Ids of events the analyst keeps (a reviewed event is never overwritten by a proposal of the same place). */
  takenIds: ReadonlySet<string> = new Set(),
): { events: EventRecord[]; people: PersonRecord[] } {
  const now = new Date().toISOString();
  const touched = new Set<PersonRecord>();
  const events: EventRecord[] = [];
  const used = new Set(takenIds);
  for (const { issue, events: proposed } of extracted) {
    const kept = keptBlocks.get(issue.id);
    for (const event of proposed) {
      if (kept?.has(event.blockIndex)) continue;
      let id = proposalId(issue.id, event);
      for (let n = 2; used.has(id); n += 1) id = `${proposalId(issue.id, event)}#${n}`;
      used.add(id);
      const record = eventRecordFor(issue.id, event, people, seenDay(event, issue), now, id);
      for (const official of record.officials) touched.add(people.get(official.name)!);
      events.push(record);
    }
  }
  return { events, people: [...touched] };
}
