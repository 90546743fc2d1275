// The search documents of what the analyst writes besides issues — a highlight (its quote and
// note), an issue's note (kind 'note'), an event, a person — and where each result leads.
// Repositories call these inside their own writing transactions (with searchIndexTables(db) among
// its tables); the restore hook below and the schema upgrades build all of them from the tables.
// Every highlight is a document, with or without a note, so that kind:highlight and tag: find it
// (its quote is issue text too, but found through the issue it would not say it is highlighted).
import type { SearchDoc } from '../../domain/search/documents';
import type { ReadoutDatabase } from '../schema/db';
import type { EventRecord, HighlightRecord, IssueNoteRecord, IssueRecord, PersonRecord } from '../records';
import { indexDocuments } from './search-index';
import { afterRestoreHooks } from '../backup/backup';

export const highlightDocId = (highlightId: string) => `highlight:${highlightId}`;
/** Before schema version 9 only a highlight's note was indexed, as a note under this id. */
export const OLD_HIGHLIGHT_NOTE_PREFIX = 'note:highlight:';
export const issueNoteDocId = (issueId: string) => `note:issue:${issueId}`;
export const eventDocId = (eventId: string) => `event:${eventId}`;
export const personDocId = (personId: string) => `person:${personId}`;

/** What a result opens: decoded from its document id. */
export type SearchTarget =
  | { kind: 'highlight'; highlightId: string }
  | { kind: 'issueNote' }
  | { kind: 'event'; eventId: string }
  | { kind: 'person'; personId: string }
  | { kind: 'issue' };

export function searchTargetOf(docId: string): SearchTarget {
  const [prefix = '', sub = '', ...rest] = docId.split(':');
  const tail = [sub, ...rest].join(':');
  if (prefix === 'highlight') return { kind: 'highlight', highlightId: tail };
  if (prefix === 'note' && sub === 'highlight') return { kind: 'highlight', highlightId: rest.join(':') };
  if (prefix === 'note' && sub === 'issue') return { kind: 'issueNote' };
  if (prefix === 'event') return { kind: 'event', eventId: tail };
  if (prefix === 'person') return { kind: 'person', personId: tail };
  return { kind: 'issue' };
}

/** The day an issue is dated by, as its own search document has it (notes sort and filter with their issue). */
export function issueDay(issue: Pick<IssueRecord, 'periodStart' | 'published'> | undefined): string | null {
  return issue ? (issue.periodStart ?? issue.published?.slice(0, 10) ?? null) : null;
}

/**
 * A highlight as a document: its quote, then its note on the next line (`fields.noteStart` says
 * where the note begins, so kind:note finds highlights with a note and a result can say the
 * match is in the note). Dated by its issue, filtered by its own tags.
 */
export function highlightDoc(highlight: HighlightRecord, day: string | null): SearchDoc {
  const quote = highlight.target.quote.exact;
  const noted = highlight.note.trim() !== '';
  return {
    id: highlightDocId(highlight.id),
    kind: 'highlight',
    issueId: highlight.issueId,
    text: noted ? `${quote}\n${highlight.note}` : quote,
    fields: { tagIds: highlight.tagIds, date: day, ...(noted && { noteStart: quote.length + 1 }) },
  };
}

export function issueNoteDoc(note: IssueNoteRecord, day: string | null): SearchDoc {
  return { id: issueNoteDocId(note.issueId), kind: 'note', issueId: note.issueId, text: note.text, fields: { date: day } };
}

/**
 * Whether an event is the analyst's (confirmed or edited) rather than a proposal. Every event is
 * searchable — a proposal too, marked as one (fields.proposed) — but only reviewed ones carry over
 * a merge or a new version as they are.
 */
export function isReviewedEvent(event: Pick<EventRecord, 'status'>): boolean {
  return event.status !== 'proposed';
}

/** An event: its summary, officials (titles and name) and place; dated by its own day when it has a year. */
export function eventDoc(event: EventRecord): SearchDoc {
  const officials = event.officials.map((official) => [...official.titles, official.name].join(''));
  return {
    id: eventDocId(event.id),
    kind: 'event',
    issueId: event.issueId,
    blockIndex: event.blockIndex,
    text: [event.summary, officials.join('、'), event.place ?? ''].filter((part) => part !== '').join('\n'),
    fields: {
      tagIds: event.tagIds,
      places: event.place ? [event.place] : [],
      officials: event.officials.flatMap((official) => [official.name, ...official.titles]),
      date: /^\d{4}/.test(event.dateSort) ? event.dateSort : null,
      ...(event.status === 'proposed' && { proposed: true }),
    },
  };
}

/** The text a person is found by: name, aliases, titles. */
export function personSearchText(person: PersonRecord): string {
  return [person.name, ...person.aliases, ...person.titles.map((entry) => entry.title)].join('\n');
}

export function personDoc(person: PersonRecord): SearchDoc {
  return {
    id: personDocId(person.id),
    kind: 'person',
    text: personSearchText(person),
    fields: { officials: [person.name, ...person.aliases] },
  };
}

/** Re-indexes highlights (their quote, note, tags and their issue's day). */
export async function indexHighlights(db: ReadoutDatabase, highlights: readonly HighlightRecord[]): Promise<void> {
  if (highlights.length === 0) return;
  const issues = await db.issues.bulkGet([...new Set(highlights.map((highlight) => highlight.issueId))]);
  const days = new Map(issues.filter((issue) => !!issue).map((issue) => [issue.id, issueDay(issue)]));
  await indexDocuments(
    db,
    highlights.map((highlight) => highlightDoc(highlight, days.get(highlight.issueId) ?? null)),
  );
}

/** Every highlight, note, event and person document, built from the tables (a restore, the version-5 upgrade). */
export function analystDocs(data: {
  issues: readonly IssueRecord[];
  highlights: readonly HighlightRecord[];
  issueNotes: readonly IssueNoteRecord[];
  events: readonly EventRecord[];
  people: readonly PersonRecord[];
}): SearchDoc[] {
  const days = new Map(data.issues.map((issue) => [issue.id, issueDay(issue)]));
  return [
    ...data.highlights.map((highlight) => highlightDoc(highlight, days.get(highlight.issueId) ?? null)),
    ...data.issueNotes.map((note) => issueNoteDoc(note, days.get(note.issueId) ?? null)),
    ...data.events.map(eventDoc),
    ...data.people.filter((person) => !person.mergedInto).map(personDoc),
  ];
}

// After the search index's own restore hook (registered first: this module imports it) has
// cleared the index and indexed the issues, index the restored notes, events and people.
afterRestoreHooks.push(async (db) => {
  const [issues, highlights, issueNotes, events, people] = await Promise.all([
    db.issues.toArray(),
    db.highlights.toArray(),
    db.issueNotes.toArray(),
    db.events.toArray(),
    db.people.toArray(),
  ]);
  const docs = analystDocs({ issues, highlights, issueNotes, events, people });
  for (let offset = 0; offset < docs.length; offset += 2000) await indexDocuments(db, docs.slice(offset, offset + 2000));
});
