// Collections: the analyst's own groups of issues. Create, rename and delete them (a delete takes
// its memberships with it, in one transaction; the issues stay), add and remove issues one or
// many at a time, and read which issues a collection holds, for the library, Timeline, Notes and
// export filters. Names are unique (ignoring surrounding spaces) and never empty.
import { newId, type ReadoutDatabase } from '../schema/db';
import type { CollectionRecord } from '../records';

export type CollectionNameProblem = 'empty' | 'taken';

export class CollectionNameError extends Error {
  constructor(readonly problem: CollectionNameProblem) {
    super(`collection name ${problem}`);
  }
}

async function checkedName(db: ReadoutDatabase, name: string, exceptId?: string): Promise<string> {
  const trimmed = name.trim();
  if (trimmed === '') throw new CollectionNameError('empty');
  const same = await db.collections.where('name').equals(trimmed).first();
  if (same && same.id !== exceptId) throw new CollectionNameError('taken');
  return trimmed;
}

export function listCollections(db: ReadoutDatabase): Promise<CollectionRecord[]> {
  return db.collections.orderBy('name').toArray();
}

export async function createCollection(db: ReadoutDatabase, name: string): Promise<CollectionRecord> {
  return db.transaction('rw', db.collections, async () => {
    const record: CollectionRecord = { id: newId(), name: await checkedName(db, name), createdAt: new Date().toISOString() };
    await db.collections.add(record);
    return record;
  });
}

export async function renameCollection(db: ReadoutDatabase, id: string, name: string): Promise<void> {
  await db.transaction('rw', db.collections, async () => {
    const checked = await checkedName(db, name, id);
    await db.collections.update(id, { name: checked });
  });
}

/** Deletes a collection and its memberships; the issues stay in the library. */
export async function deleteCollection(db: ReadoutDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.collections, db.collectionItems, async () => {
    await db.collectionItems.where('collectionId').equals(id).delete();
    await db.collections.delete(id);
  });
}

/** Adds issues to a collection (those already in it stay as they are); returns how many were added. */
export async function addToCollection(db: ReadoutDatabase, collectionId: string, issueIds: readonly string[]): Promise<number> {
  return db.transaction('rw', db.collections, db.collectionItems, db.issues, async () => {
    if (!(await db.collections.get(collectionId))) return 0;
    const existing = await db.issues.bulkGet([...issueIds]);
    const keys = existing.filter((issue) => issue !== undefined).map((issue) => [collectionId, issue.id] as [string, string]);
    const present = await db.collectionItems.bulkGet(keys);
    const addedAt = new Date().toISOString();
    const fresh = keys.filter((_, index) => !present[index]).map(([, issueId]) => ({ collectionId, issueId, addedAt }));
    await db.collectionItems.bulkAdd(fresh);
    return fresh.length;
  });
}

export async function removeFromCollection(db: ReadoutDatabase, collectionId: string, issueIds: readonly string[]): Promise<void> {
  await db.collectionItems.bulkDelete(issueIds.map((issueId) => [collectionId, issueId] as [string, string]));
}

/** The ids of the issues in a collection. */
export async function collectionIssueIds(db: ReadoutDatabase, collectionId: string): Promise<Set<string>> {
  const items = await db.collectionItems.where('collectionId').equals(collectionId).toArray();
  return new Set(items.map((item) => item.issueId));
}

/** The collections an issue is in. */
export async function collectionsOfIssue(db: ReadoutDatabase, issueId: string): Promise<Set<string>> {
  const items = await db.collectionItems.where('issueId').equals(issueId).toArray();
  return new Set(items.map((item) => item.collectionId));
}
