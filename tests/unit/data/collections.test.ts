// Collections: named groups of issues — unique, non-empty names; add and remove one or many
// issues; deleting a collection leaves its issues; an issue in the Trash takes its memberships
// along and brings them back; an export of a collection holds exactly its issues.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import {
  addToCollection,
  collectionIssueIds,
  CollectionNameError,
  createCollection,
  deleteCollection,
  listCollections,
  removeFromCollection,
  renameCollection,
} from '../../../renderer/src/data/repositories/collections';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { moveIssuesToTrash, restoreFromTrash } from '../../../renderer/src/data/repositories/trash';
import { buildExportModel } from '../../../renderer/src/data/export/build-export-model';
import { englishExportLabels } from '../../../renderer/src/domain/export/labels';
import { makeDigest } from '../factories';
import { freshDatabase } from './test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

async function threeIssues() {
  const ids: string[] = [];
  for (const title of ['锡山区城市更新简报', '惠山区招商引资简报', '滨湖区生态环境简报'])
    ids.push((await storeIssue(db, makeDigest({ title }))).id);
  return ids;
}

describe('collections', () => {
  it('are created, renamed and deleted by name; a name is needed and taken only once', async () => {
    db = await freshDatabase();
    const a = await createCollection(db, '  城市更新 ');
    await createCollection(db, '招商');
    expect((await listCollections(db)).map((collection) => collection.name)).toEqual(['城市更新', '招商']);
    await expect(createCollection(db, '招商')).rejects.toEqual(new CollectionNameError('taken'));
    await expect(createCollection(db, '   ')).rejects.toEqual(new CollectionNameError('empty'));
    await expect(renameCollection(db, a.id, '招商')).rejects.toEqual(new CollectionNameError('taken'));
    await renameCollection(db, a.id, '城市更新行动');
    await renameCollection(db, a.id, '城市更新行动');
    expect((await listCollections(db)).map((collection) => collection.name)).toEqual(['城市更新行动', '招商']);
  });

  it('hold issues added one or many at a time, and let them go', async () => {
    db = await freshDatabase();
    const [x, y, z] = await threeIssues();
    const collection = await createCollection(db, '重点');
    expect(await addToCollection(db, collection.id, [x!, y!])).toBe(2);
    expect(await addToCollection(db, collection.id, [y!, z!, 'no-such-issue'])).toBe(1);
    expect(await collectionIssueIds(db, collection.id)).toEqual(new Set([x, y, z]));
    await removeFromCollection(db, collection.id, [x!, z!]);
    expect(await collectionIssueIds(db, collection.id)).toEqual(new Set([y]));
    await deleteCollection(db, collection.id);
    expect(await db.collectionItems.count()).toBe(0);
    expect(await db.issues.count()).toBe(3);
  });

  it('follow an issue to the Trash and back', async () => {
    db = await freshDatabase();
    const [x, y] = await threeIssues();
    const collection = await createCollection(db, '重点');
    await addToCollection(db, collection.id, [x!, y!]);
    await moveIssuesToTrash(db, [x!]);
    expect(await collectionIssueIds(db, collection.id)).toEqual(new Set([y]));
    await restoreFromTrash(db, [x!]);
    expect(await collectionIssueIds(db, collection.id)).toEqual(new Set([x, y]));
  });

  it('scope an export to their issues', async () => {
    db = await freshDatabase();
    const [x, , z] = await threeIssues();
    const collection = await createCollection(db, '重点');
    await addToCollection(db, collection.id, [z!, x!]);
    const model = await buildExportModel(
      db,
      {
        title: '重点简报',
        language: 'zh-CN',
        scope: { kind: 'collection', collectionId: collection.id },
        content: { highlights: true, notes: true, events: true, issueNotes: true },
        filters: {},
      },
      englishExportLabels,
      '重点',
    );
    expect(model.issues.map((issue) => issue.title).sort()).toEqual(['滨湖区生态环境简报', '锡山区城市更新简报']);
  });
});
