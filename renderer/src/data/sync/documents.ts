// The documents a team shares, and their ids. A document batches the records that change
// together and mostly have one author, so that a library of 100,000 highlights is a few thousand
// documents and two analysts rarely write the same one:
//   issue:<issueId>             the issue's summary and text (its importer's, then anyone's edits)
//   hl:<issueId>:<author>       one author's highlights of one issue
//   note:<issueId>              the issue's note
//   ev:<issueId>                the issue's reviewed (confirmed or edited) events; proposals are derived, never shared
//   tag:<tagId>                 one tag of the taxonomy (a deletion is a tombstone that names who deleted it)
//   categories                  the highlight categories' names and colours
// Records keep their local ids; people ids are local too (the registry is derived), so events
// travel with their officials' names and each side finds its own registry entries.
import type { HighlightCategory } from '../repositories/highlight-categories';
import type { EventOfficial, EventRecord, HighlightRecord, IssueNoteRecord, IssueRecord, IssueTextRecord, TagRecord } from '../records';

export type SharedEvent = Omit<EventRecord, 'personIds' | 'officials'> & { officials: Omit<EventOfficial, 'personId'>[] };

export type DocContent =
  | { type: 'issue'; author: string; issue: IssueRecord; text: IssueTextRecord }
  | { type: 'highlights'; author: string; issueId: string; highlights: HighlightRecord[] }
  | { type: 'note'; author: string; issueId: string; note: IssueNoteRecord | null }
  | { type: 'events'; author: string; issueId: string; events: SharedEvent[] }
  | { type: 'tag'; author: string; tag: TagRecord }
  | { type: 'categories'; author: string; categories: HighlightCategory[] };

export type DocType = DocContent['type'];

export const CATEGORIES_DOC_ID = 'categories';

export const issueDocId = (issueId: string) => `issue:${issueId}`;
export const highlightsDocId = (issueId: string, author: string) => `hl:${issueId}:${encodeURIComponent(author)}`;
export const noteDocId = (issueId: string) => `note:${issueId}`;
export const eventsDocId = (issueId: string) => `ev:${issueId}`;
export const tagDocId = (tagId: string) => `tag:${tagId}`;

export type ParsedDocId =
  | { type: 'issue' | 'note' | 'events'; issueId: string }
  | { type: 'highlights'; issueId: string; author: string }
  | { type: 'tag'; tagId: string }
  | { type: 'categories' };

/** What a document id names, or null for an id no Readout writes (such a document is refused). */
export function parseDocId(docId: string): ParsedDocId | null {
  if (docId === CATEGORIES_DOC_ID) return { type: 'categories' };
  const match = /^(issue|hl|note|ev|tag):([^:]{1,200})(?::([^:]{1,400}))?$/.exec(docId);
  if (!match) return null;
  const [, prefix, id, rest] = match as unknown as [string, string, string, string | undefined];
  if (prefix === 'hl') {
    if (rest === undefined) return null;
    try {
      return { type: 'highlights', issueId: id, author: decodeURIComponent(rest) };
    } catch {
      return null;
    }
  }
  if (rest !== undefined) return null;
  if (prefix === 'tag') return { type: 'tag', tagId: id };
  return { type: prefix === 'issue' ? 'issue' : prefix === 'note' ? 'note' : 'events', issueId: id };
}

/** The id a document's content belongs under: a document whose id and content disagree is refused. */
export function docIdOf(content: DocContent): string {
  switch (content.type) {
    case 'issue':
      return issueDocId(content.issue.id);
    case 'highlights':
      return highlightsDocId(content.issueId, content.author);
    case 'note':
      return noteDocId(content.issueId);
    case 'events':
      return eventsDocId(content.issueId);
    case 'tag':
      return tagDocId(content.tag.id);
    case 'categories':
      return CATEGORIES_DOC_ID;
  }
}

/** Key order made canonical, so that two equal contents compare equal as text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

/**
 * Whether two contents hold the same records, whoever wrote them last: what the outbox compares
 * before writing (an arriving document applied here rebuilds to itself and is not sent back) and
 * what a conflict between two equal versions is settled by.
 */
export function sameContent(a: DocContent, b: DocContent): boolean {
  // CouchDB's own fields (_id, _rev, …) and who wrote it last are not content.
  const strip = (content: DocContent) =>
    Object.fromEntries(Object.entries(content).filter(([key]) => key !== 'author' && !key.startsWith('_')));
  return JSON.stringify(canonical(strip(a))) === JSON.stringify(canonical(strip(b)));
}

/**
 * Whether two versions say the same thing to the analyst: as sameContent, except for when each
 * side happened to import an issue. Two analysts who imported the same file have no conflict.
 */
export function equivalent(a: DocContent, b: DocContent): boolean {
  if (a.type === 'issue' && b.type === 'issue') {
    const at = { importedAt: '', origin: '' };
    return sameContent({ ...a, issue: { ...a.issue, ...at } }, { ...b, issue: { ...b.issue, ...at } });
  }
  return sameContent(a, b);
}
