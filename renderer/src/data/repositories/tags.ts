// The tag taxonomy: create, find, rename, merge and delete tags. Records that carry tags keep
// their ids in a `tagIds` array with a multi-entry index; every such table is listed in
// `taggedTables`, so a merge or delete rewrites every reference in the same transaction — and
// the tag lists of the search documents (notes, events) with them, so `tag:` filters follow.
import type { Table } from 'dexie';
import { newId, type ReadoutDatabase } from '../schema/db';
import type { TagRecord } from '../records';
import { addTagToDocuments, documentIdsWithTag, replaceTagInDocuments, searchIndexTables } from '../search/search-index';

/** Tables whose records carry `tagIds` (indexed `*tagIds`). A feature that tags records adds its table's name. */
export const taggedTables: string[] = ['issues', 'highlights', 'events'];

const palette = ['#a4262c', '#ca5010', '#8f7034', '#407855', '#0078d4', '#5c2e91', '#c239b3', '#486860'];

export function normaliseTagName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function tagTables(db: ReadoutDatabase): Table<{ tagIds?: string[] }, string>[] {
  return taggedTables.map((name) => db.table(name));
}

export function listTags(db: ReadoutDatabase): Promise<TagRecord[]> {
  return db.tags.orderBy('name').toArray();
}

/** The ids of these tag names, creating the ones that do not exist yet (in the caller's transaction if any). */
export async function ensureTags(db: ReadoutDatabase, names: readonly string[]): Promise<string[]> {
  return db.transaction('rw', db.tags, async () => {
    const ids: string[] = [];
    for (const raw of names) {
      const name = normaliseTagName(raw);
      if (!name) continue;
      const existing = await db.tags.where('name').equals(name).first();
      if (existing) {
        ids.push(existing.id);
        continue;
      }
      const count = await db.tags.count();
      const tag: TagRecord = { id: newId(), name, color: palette[count % palette.length]!, createdAt: new Date().toISOString() };
      await db.tags.add(tag);
      ids.push(tag.id);
    }
    return [...new Set(ids)];
  });
}

export class TagNameTakenError extends Error {
  constructor(readonly tagName: string) {
    super(`A tag named "${tagName}" already exists`);
  }
}

/** Renames a tag; references hold ids (search documents too), so every tagged record shows the new name at once. */
export async function renameTag(db: ReadoutDatabase, id: string, newName: string): Promise<void> {
  const name = normaliseTagName(newName);
  if (!name) throw new TypeError('A tag needs a name');
  await db.transaction('rw', db.tags, async () => {
    const clash = await db.tags.where('name').equals(name).first();
    if (clash && clash.id !== id) throw new TagNameTakenError(name);
    await db.tags.update(id, { name });
  });
}

export async function recolorTag(db: ReadoutDatabase, id: string, color: string): Promise<void> {
  await db.tags.update(id, { color });
}

/** Replaces tag `fromId` by `intoId` on every tagged record, then deletes `fromId`: one transaction. */
export async function mergeTags(db: ReadoutDatabase, fromId: string, intoId: string): Promise<void> {
  if (fromId === intoId) return;
  await db.transaction('rw', [db.tags, ...tagTables(db), ...searchIndexTables(db)], async () => {
    for (const table of tagTables(db)) {
      await table
        .where('tagIds')
        .equals(fromId)
        .modify((record) => {
          record.tagIds = [...new Set((record.tagIds ?? []).map((tagId) => (tagId === fromId ? intoId : tagId)))];
        });
    }
    // The tag filter reads a note's or an event's tags from its search document.
    await replaceTagInDocuments(db, fromId, intoId);
    await db.tags.delete(fromId);
  });
}

/** What deleting a tag took away: the tag, the records and search documents that carried it. */
export interface DeletedTag {
  tag: TagRecord;
  records: { table: string; id: string }[];
  searchDocIds: string[];
}

/** Removes a tag from every tagged record and deletes it: one transaction. Returns what Undo needs. */
export async function deleteTag(db: ReadoutDatabase, id: string): Promise<DeletedTag | undefined> {
  return db.transaction('rw', [db.tags, ...tagTables(db), ...searchIndexTables(db)], async () => {
    const tag = await db.tags.get(id);
    if (!tag) return undefined;
    const records: DeletedTag['records'] = [];
    for (const name of taggedTables) {
      await db
        .table<{ id: string; tagIds?: string[] }, string>(name)
        .where('tagIds')
        .equals(id)
        .modify((record) => {
          records.push({ table: name, id: record.id });
          record.tagIds = (record.tagIds ?? []).filter((tagId) => tagId !== id);
        });
    }
    const searchDocIds = await documentIdsWithTag(db, id);
    await replaceTagInDocuments(db, id, null);
    await db.tags.delete(id);
    return { tag, records, searchDocIds };
  });
}

/**
 * Undoes deleteTag: the tag comes back with its id, colour and name, and on every record and
 * search document that carried it and still exists — one transaction, so no view sees half of it.
 * A tag of the same name made in between refuses the undo rather than making two of one name.
 */
export async function restoreDeletedTag(db: ReadoutDatabase, deleted: DeletedTag): Promise<void> {
  await db.transaction('rw', [db.tags, ...tagTables(db), ...searchIndexTables(db)], async () => {
    const clash = await db.tags.where('name').equals(deleted.tag.name).first();
    if (clash && clash.id !== deleted.tag.id) throw new TagNameTakenError(deleted.tag.name);
    await db.tags.put(deleted.tag);
    for (const name of taggedTables) {
      const ids = deleted.records.filter((record) => record.table === name).map((record) => record.id);
      if (ids.length === 0) continue;
      await db
        .table<{ tagIds?: string[] }, string>(name)
        .where(':id')
        .anyOf(ids)
        .modify((record) => {
          record.tagIds = [...new Set([...(record.tagIds ?? []), deleted.tag.id])];
        });
    }
    await addTagToDocuments(db, deleted.searchDocIds, deleted.tag.id);
  });
}

/**
 * Puts a tag as a team's document has it (data/sync/apply-docs.ts). A local tag of the same name
 * under another id (both analysts made "城市更新") is merged into the arriving one, so the team
 * converges on one tag and every record keeps its label.
 */
export async function adoptTag(db: ReadoutDatabase, tag: TagRecord): Promise<void> {
  await db.transaction('rw', [db.tags, ...tagTables(db), ...searchIndexTables(db)], async () => {
    const clash = await db.tags.where('name').equals(tag.name).first();
    if (clash && clash.id !== tag.id) {
      for (const table of tagTables(db)) {
        await table
          .where('tagIds')
          .equals(clash.id)
          .modify((record) => {
            record.tagIds = [...new Set((record.tagIds ?? []).map((tagId) => (tagId === clash.id ? tag.id : tagId)))];
          });
      }
      await replaceTagInDocuments(db, clash.id, tag.id);
      await db.tags.delete(clash.id);
    }
    await db.tags.put(tag);
  });
}

/** How many records carry this tag: a team's deletion of a tag still used here comes back for review. */
export async function tagUses(db: ReadoutDatabase, id: string): Promise<number> {
  let uses = 0;
  for (const table of tagTables(db)) uses += await table.where('tagIds').equals(id).count();
  return uses;
}
