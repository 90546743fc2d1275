// The search documents of what the analyst writes besides issues — a highlight's note and an
// issue's note (kind 'note'), an event, a person — and where each result leads. Repositories
// call these inside their own writing transactions (with searchIndexTables(db) among its tables);
// the restore hook below and the version-5 upgrade build all of them from the tables at once.
// A highlight's quote is issue text, already found through the issue: only its note is indexed.
import type { SearchDoc } from '../../domain/search/documents';
import type { ReadoutDatabase } from '../schema/db';
import type { EventRecord, HighlightRecord, IssueNoteRecord, IssueRecord, PersonRecord } from '../records';
import { indexDocuments, removeDocuments } from './search-index';
import { afterRestoreHooks } from '../backup/backup';

export const highlightNoteDocId = (highlightId: string) => `note:highlight:${highlightId}`;
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

/** A highlight's note as a document; null when the note is empty (nothing to find). */
export function highlightNoteDoc(highlight: HighlightRecord, day: string | null): SearchDoc | null {
  if (highlight.note.trim() === '') return null;
  return {
    id: highlightNoteDocId(highlight.id),
    kind: 'note',
    issueId: highlight.issueId,
    text: highlight.note,
    fields: { tagIds: highlight.tagIds, date: day },
  };
}

export function issueNoteDoc(note: IssueNoteRecord, day: string | null): SearchDoc {
  return { id: issueNoteDocId(note.issueId), kind: 'note', issueId: note.issueId, text: note.text, fields: { date: day } };
}

/**
 * Whether an event is searchable: the analyst's (confirmed or edited) ones only. Indexing every
 * proposal at import tripled the store time of `npm run bench` (5.3 s → 16.5 s for 1,000 issues),
 * so a proposal is indexed when the analyst confirms or edits it.
 */
export function isSearchedEvent(event: Pick<EventRecord, 'status'>): boolean {
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

/** Re-indexes highlights' notes (removing the document of a note now empty). */
export async function indexHighlightNotes(db: ReadoutDatabase, highlights: readonly HighlightRecord[]): Promise<void> {
  if (highlights.length === 0) return;
  const issues = await db.issues.bulkGet([...new Set(highlights.map((highlight) => highlight.issueId))]);
  const days = new Map(issues.filter((issue) => !!issue).map((issue) => [issue.id, issueDay(issue)]));
  const docs = highlights.flatMap((highlight) => highlightNoteDoc(highlight, days.get(highlight.issueId) ?? null) ?? []);
  const empty = highlights.filter((highlight) => highlight.note.trim() === '').map((highlight) => highlightNoteDocId(highlight.id));
  await removeDocuments(db, empty);
  await indexDocuments(db, docs);
}

/** Every note, event and person document, built from the tables (a restore, the version-5 upgrade). */
export function analystDocs(data: {
  issues: readonly IssueRecord[];
  highlights: readonly HighlightRecord[];
  issueNotes: readonly IssueNoteRecord[];
  events: readonly EventRecord[];
  people: readonly PersonRecord[];
}): SearchDoc[] {
  const days = new Map(data.issues.map((issue) => [issue.id, issueDay(issue)]));
  return [
    ...data.highlights.flatMap((highlight) => highlightNoteDoc(highlight, days.get(highlight.issueId) ?? null) ?? []),
    ...data.issueNotes.map((note) => issueNoteDoc(note, days.get(note.issueId) ?? null)),
    ...data.events.filter(isSearchedEvent).map(eventDoc),
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
