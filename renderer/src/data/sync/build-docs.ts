// Builds a shared document's content from the library as it is now: what the outbox drain writes
// to the local replica. A document is rebuilt whole from its records (never patched), so an
// arriving document that was applied here rebuilds to the same content and is not sent back.
import type { ReadoutDatabase } from '../schema/db';
import { CATEGORIES_KEY, readCategories } from '../repositories/highlight-categories';
import type { EventRecord, HighlightRecord } from '../records';
import {
  CATEGORIES_DOC_ID,
  eventsDocId,
  highlightsDocId,
  issueDocId,
  noteDocId,
  parseDocId,
  tagDocId,
  type DocContent,
  type SharedEvent,
} from './documents';

/** A document's content, 'absent' when its main record is gone (a deleted tag), or 'skip' (not ours to send). */
export type BuiltDoc = { kind: 'content'; content: DocContent } | { kind: 'absent' } | { kind: 'skip' };

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Events the analyst touched: reviewed, or tagged while still proposed. Untouched proposals are derived on each side. */
export function isShared(event: EventRecord): boolean {
  return event.status !== 'proposed' || event.tagIds.length > 0;
}

/** An event as the team sees it: people ids are local to each library (see documents.ts). */
export function sharedEvent(event: EventRecord, me: string): SharedEvent {
  const { personIds: _personIds, officials, ...rest } = event;
  return { ...rest, author: event.author ?? me, officials: officials.map(({ personId: _personId, ...official }) => official) };
}

export function sharedHighlight(highlight: HighlightRecord, me: string): HighlightRecord {
  return { ...highlight, author: highlight.author ?? me };
}

export async function buildDoc(db: ReadoutDatabase, docId: string, me: string): Promise<BuiltDoc> {
  const parsed = parseDocId(docId);
  if (!parsed) return { kind: 'skip' };
  switch (parsed.type) {
    case 'issue': {
      const [issue, text] = await Promise.all([db.issues.get(parsed.issueId), db.issueTexts.get(parsed.issueId)]);
      // An issue moved to the Trash stays shared: the Trash is this analyst's, the team's copy is everyone's.
      if (!issue || !text) return { kind: 'skip' };
      return { kind: 'content', content: { type: 'issue', author: me, issue, text } };
    }
    case 'highlights': {
      if (!(await db.issues.get(parsed.issueId))) return { kind: 'skip' };
      const rows = await db.highlights.where('issueId').equals(parsed.issueId).toArray();
      const highlights = rows
        .filter((row) => (row.author ?? me) === parsed.author)
        .map((row) => sharedHighlight(row, me))
        .sort(byId);
      return { kind: 'content', content: { type: 'highlights', author: parsed.author, issueId: parsed.issueId, highlights } };
    }
    case 'note': {
      if (!(await db.issues.get(parsed.issueId))) return { kind: 'skip' };
      const note = (await db.issueNotes.get(parsed.issueId)) ?? null;
      return { kind: 'content', content: { type: 'note', author: me, issueId: parsed.issueId, note } };
    }
    case 'events': {
      if (!(await db.issues.get(parsed.issueId))) return { kind: 'skip' };
      const rows = await db.events.where('issueId').equals(parsed.issueId).toArray();
      const events = rows
        .filter(isShared)
        .map((row) => sharedEvent(row, me))
        .sort(byId);
      return { kind: 'content', content: { type: 'events', author: me, issueId: parsed.issueId, events } };
    }
    case 'tag': {
      const tag = await db.tags.get(parsed.tagId);
      return tag ? { kind: 'content', content: { type: 'tag', author: me, tag } } : { kind: 'absent' };
    }
    case 'categories': {
      if (!(await db.settings.get(CATEGORIES_KEY))) return { kind: 'skip' };
      return { kind: 'content', content: { type: 'categories', author: me, categories: await readCategories(db) } };
    }
  }
}

/** Every document id the library has content for: the first share of a library that had none. */
export async function allDocIds(db: ReadoutDatabase, me: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const id of await db.issues.toCollection().primaryKeys()) ids.add(issueDocId(id));
  await db.highlights.each((row) => ids.add(highlightsDocId(row.issueId, row.author ?? me)));
  for (const issueId of await db.issueNotes.toCollection().primaryKeys()) ids.add(noteDocId(issueId));
  await db.events.filter(isShared).each((row) => ids.add(eventsDocId(row.issueId)));
  for (const id of await db.tags.toCollection().primaryKeys()) ids.add(tagDocId(id));
  if (await db.settings.get(CATEGORIES_KEY)) ids.add(CATEGORIES_DOC_ID);
  return [...ids];
}
