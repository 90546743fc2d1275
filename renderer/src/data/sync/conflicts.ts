// The Conflicts view's data: a conflicted document's two versions as records (conflicting
// revisions beyond two are offered one after the other), and the analyst's decision written as
// the document's next revision with the losing ones removed, then applied to the library.
import { diffRecords, mergeRecords, type Fields, type MergeChoices, type RecordDiff } from '../../domain/sync/record-diff';
import type { ReadoutDatabase } from '../schema/db';
import { applyDoc } from './apply-docs';
import { checkArrivingDoc } from './doc-schemas';
import type { DocContent } from './documents';
import type { Replica } from './pouch';

/** Record fields that change with every write and say nothing the analyst decides. */
const IGNORED = ['updatedAt'];

export interface ConflictVersions {
  docId: string;
  type: DocContent['type'];
  winner: { rev: string; content: DocContent };
  other: { rev: string; content: DocContent };
  diffs: RecordDiff[];
}

/** A document's records by key, for comparing versions. */
export function recordsOf(content: DocContent): Map<string, Fields> {
  switch (content.type) {
    case 'highlights':
      return new Map(content.highlights.map((record) => [record.id, record as unknown as Fields]));
    case 'events':
      return new Map(content.events.map((record) => [record.id, record as unknown as Fields]));
    case 'categories':
      return new Map(content.categories.map((record) => [record.id, record as unknown as Fields]));
    case 'issue':
      return new Map<string, Fields>([
        ['issue', content.issue as unknown as Fields],
        ['text', content.text as unknown as Fields],
      ]);
    case 'note':
      return new Map(content.note ? [['note', content.note as unknown as Fields]] : []);
    case 'tag':
      return new Map([['tag', content.tag as unknown as Fields]]);
  }
}

/** The content holding these records, shaped as `template` (the winner's). */
export function contentWith(template: DocContent, records: Map<string, Fields>, me: string): DocContent {
  const list = <T>() => [...records.values()] as T[];
  switch (template.type) {
    case 'highlights':
      return { ...template, highlights: list() };
    case 'events':
      return { ...template, author: me, events: list() };
    case 'categories':
      return { ...template, author: me, categories: list() };
    case 'issue':
      return {
        ...template,
        author: me,
        issue: (records.get('issue') ?? template.issue) as never,
        text: (records.get('text') ?? template.text) as never,
      };
    case 'note':
      return { ...template, author: me, note: (records.get('note') ?? null) as never };
    case 'tag':
      return { ...template, author: me, tag: (records.get('tag') ?? template.tag) as never };
  }
}

async function contentAt(local: Replica, docId: string, rev: string): Promise<DocContent | null> {
  const checked = checkArrivingDoc((await local.get(docId, { rev })) as never);
  return checked.ok ? checked.content : null;
}

export async function loadConflict(db: ReadoutDatabase, local: Replica, docId: string): Promise<ConflictVersions | null> {
  const row = await db.syncConflicts.get(docId);
  const otherRev = row?.losingRevs[0];
  if (!row || !otherRev) return null;
  const [winner, other] = await Promise.all([contentAt(local, docId, row.winnerRev), contentAt(local, docId, otherRev)]);
  if (!winner || !other) return null;
  return {
    docId,
    type: winner.type,
    winner: { rev: row.winnerRev, content: winner },
    other: { rev: otherRev, content: other },
    diffs: diffRecords(recordsOf(winner), recordsOf(other), IGNORED),
  };
}

/**
 * Settles one pair: the merge of the winner (a) and the other version (b) by `choices` becomes
 * the document's next revision, the other revision is removed, and the library shows the result.
 * Returns the revision written (the caller marks it as its own).
 */
export async function resolveConflict(
  db: ReadoutDatabase,
  local: Replica,
  conflict: ConflictVersions,
  choices: MergeChoices,
  me: string,
): Promise<string> {
  const merged = mergeRecords(recordsOf(conflict.winner.content), recordsOf(conflict.other.content), choices, IGNORED);
  const content = contentWith(conflict.winner.content, merged, me);
  const [written] = await local.bulkDocs([
    { ...content, _id: conflict.docId, _rev: conflict.winner.rev },
    { _id: conflict.docId, _rev: conflict.other.rev, _deleted: true },
  ]);
  const rev = (written as { rev?: string }).rev;
  if (!rev) throw new Error(`The local replica refused the merge: ${JSON.stringify(written)}`);
  await applyDoc(db, content, me);
  const row = await db.syncConflicts.get(conflict.docId);
  const rest = (row?.losingRevs ?? []).filter((other) => other !== conflict.other.rev);
  if (row && rest.length > 0) await db.syncConflicts.put({ ...row, winnerRev: rev, losingRevs: rest });
  else await db.syncConflicts.delete(conflict.docId);
  return rev;
}
