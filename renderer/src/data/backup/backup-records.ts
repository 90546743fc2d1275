// The shape every row of every backed-up table must have before a restore may write it, one zod
// schema per table (mirroring data/records.ts). A backup is a file anyone can edit: checking the
// envelope alone let a file with a highlight on no issue, or an issue without a title, into the
// library. Unknown extra fields are kept (looseObject), since a newer minor build may add some.
import { z } from 'zod';

const text = z.string();
const nullableText = z.string().nullable();
const count = z.number().int().nonnegative();
const ids = z.array(z.string());

const issue = z.looseObject({
  id: text.min(1),
  title: text,
  series: nullableText,
  periodStart: nullableText,
  periodEnd: nullableText,
  published: nullableText,
  source: nullableText,
  origin: text,
  contentHash: text.min(1),
  importedAt: text,
  tagIds: ids.optional(),
  edited: z.record(z.string(), z.unknown()).optional(),
});

const issueText = z.looseObject({
  issueId: text.min(1),
  blocks: z.array(z.looseObject({})),
  sections: z.array(z.array(z.string())),
  credits: z.array(z.string()),
  imagePlaceholders: count,
});

const setting = z.looseObject({ key: text.min(1), value: z.unknown() });

const tag = z.looseObject({ id: text.min(1), name: text.min(1), color: text, createdAt: text });

const highlight = z.looseObject({
  id: text.min(1),
  issueId: text.min(1),
  target: z.looseObject({}),
  start: count,
  end: count,
  anchor: z.enum(['exact', 'moved', 'fuzzy', 'orphaned']),
  categoryId: text,
  note: text,
  tagIds: ids,
  createdAt: text,
  updatedAt: text,
});

const issueNote = z.looseObject({ issueId: text.min(1), text, updatedAt: text });

const event = z.looseObject({
  id: text.min(1),
  issueId: text.min(1),
  blockIndex: count,
  blockIndexes: z.array(count),
  line: count,
  date: z.union([text, z.looseObject({ start: text, end: text }), z.null()]),
  dateSort: text,
  timeOfDay: nullableText,
  officials: z.array(z.looseObject({ name: text, titles: z.array(z.string()), personId: text })),
  personIds: ids,
  place: nullableText,
  type: z.enum(['meeting', 'inspection', 'signing', 'unveiling', 'visit', 'activity']),
  summary: text,
  status: z.enum(['proposed', 'confirmed', 'edited']),
  origin: z.enum(['extracted', 'manual']),
  tagIds: ids,
  lostParagraphs: z.array(z.string()).optional(),
  createdAt: text,
  updatedAt: text,
});

const person = z.looseObject({
  id: text.min(1),
  name: text,
  aliases: z.array(z.string()),
  titles: z.array(z.looseObject({ title: text, firstSeen: text, lastSeen: text })),
  mergedInto: text.optional(),
});

const trash = z.looseObject({
  issueId: text.min(1),
  title: text,
  trashedAt: text,
  rows: z.record(z.string(), z.array(z.unknown())),
});

const collection = z.looseObject({ id: text.min(1), name: text, createdAt: text });

const collectionItem = z.looseObject({ collectionId: text.min(1), issueId: text.min(1), addedAt: text });

/** Every table a backup may carry, with the schema of its rows. */
export const backupRowSchemas: Readonly<Record<string, z.ZodType>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, z.ZodType>, {
    issues: issue,
    issueTexts: issueText,
    settings: setting,
    tags: tag,
    highlights: highlight,
    issueNotes: issueNote,
    events: event,
    people: person,
    trash,
    collections: collection,
    collectionItems: collectionItem,
  }),
);

/**
 * Most rows one table of a backup may hold. A real library of 10,000 issues has about 10,000 rows
 * in its largest tables and well under a million highlights or events; past this a file is junk
 * (or an attack) and is refused before a single row is parsed.
 */
export const MAX_ROWS_PER_TABLE = 1_000_000;
