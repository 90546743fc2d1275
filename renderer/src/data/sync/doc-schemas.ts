// Checks a document that arrived from the team before anything of it is written, as a restore
// checks a backup (backup/backup-records.ts gives the row shapes): its id must be one Readout
// writes, its content must match its id (a highlights document may only hold highlights of its
// own issue and author), every record must have its table's shape, and sizes are capped. A
// document that fails is refused with a reason and reported; it never reaches the library.
import { z } from 'zod';
import { backupRowSchemas } from '../backup/backup-records';
import { isCategoryId } from '../repositories/highlight-categories';
import { docIdOf, parseDocId, type DocContent } from './documents';

/** Most records one document may hold: a digest has a few hundred paragraphs, an analyst far fewer highlights on one. */
export const MAX_RECORDS_PER_DOC = 20_000;
/** Longest user name a document may name as its author. */
const MAX_AUTHOR_LENGTH = 200;

const row = (table: string) => backupRowSchemas[table]!;
const author = z.string().min(1).max(MAX_AUTHOR_LENGTH);
const records = (schema: z.ZodType) => z.array(schema).max(MAX_RECORDS_PER_DOC);

const sharedEvent = z.looseObject({
  id: z.string().min(1),
  issueId: z.string().min(1),
  blockIndex: z.number().int().nonnegative(),
  blockIndexes: z.array(z.number().int().nonnegative()),
  line: z.number().int().nonnegative(),
  date: z.union([z.string(), z.looseObject({ start: z.string(), end: z.string() }), z.null()]),
  dateSort: z.string(),
  timeOfDay: z.string().nullable(),
  officials: z.array(z.looseObject({ name: z.string().min(1), titles: z.array(z.string()) })).max(200),
  place: z.string().nullable(),
  type: z.enum(['meeting', 'inspection', 'signing', 'unveiling', 'visit', 'activity']),
  summary: z.string(),
  status: z.enum(['proposed', 'confirmed', 'edited']),
  origin: z.enum(['extracted', 'manual']),
  tagIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  author: author.optional(),
});

const category = z.looseObject({
  id: z.string().refine(isCategoryId, 'unknown category'),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  names: z.record(z.string(), z.string().max(60)),
});

const contentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('issue'), author, issue: row('issues'), text: row('issueTexts') }),
  z.object({ type: z.literal('highlights'), author, issueId: z.string().min(1), highlights: records(row('highlights')) }),
  z.object({ type: z.literal('note'), author, issueId: z.string().min(1), note: row('issueNotes').nullable() }),
  z.object({ type: z.literal('events'), author, issueId: z.string().min(1), events: records(sharedEvent) }),
  z.object({ type: z.literal('tag'), author, tag: row('tags') }),
  z.object({ type: z.literal('categories'), author, categories: z.array(category).max(20) }),
]);

export type CheckedDoc = { ok: true; content: DocContent } | { ok: false; reason: string };

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid';
}

/** Every record of the content belongs where the document says: nothing aimed at another issue or author. */
function misplaced(content: DocContent): string | null {
  switch (content.type) {
    case 'issue':
      return content.text.issueId === content.issue.id ? null : 'text of another issue';
    case 'highlights':
      if (content.highlights.some((highlight) => highlight.issueId !== content.issueId)) return 'a highlight of another issue';
      if (content.highlights.some((highlight) => (highlight.author ?? content.author) !== content.author))
        return 'a highlight of another author';
      if (content.highlights.some((highlight) => highlight.end < highlight.start)) return 'a highlight that ends before it starts';
      return null;
    case 'note':
      return content.note === null || content.note.issueId === content.issueId ? null : 'a note of another issue';
    case 'events':
      return content.events.some((event) => event.issueId !== content.issueId) ? 'an event of another issue' : null;
    default:
      return null;
  }
}

/** Checks an arriving document (its CouchDB fields are ignored); a deleted document is checked by its id alone. */
export function checkArrivingDoc(doc: { _id: string; [field: string]: unknown }): CheckedDoc {
  if (!parseDocId(doc._id)) return { ok: false, reason: 'not a Readout document id' };
  const { _id, _rev: _r, _deleted: _d, _conflicts: _c, _revisions: _v, ...body } = doc;
  const parsed = contentSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: firstProblem(parsed.error) };
  const content = parsed.data as unknown as DocContent;
  if (docIdOf(content) !== _id) return { ok: false, reason: 'content does not match its id' };
  const wrong = misplaced(content);
  return wrong ? { ok: false, reason: wrong } : { ok: true, content };
}
