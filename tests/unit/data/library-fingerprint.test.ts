import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { ensureTags } from '../../../renderer/src/data/repositories/tags';
import { makeDigest } from '../factories';
import { libraryFingerprint } from '../library-fingerprint';
import { freshDatabase } from './test-db';

const databases: ReadoutDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

async function database(): Promise<ReadoutDatabase> {
  const db = await freshDatabase();
  databases.push(db);
  return db;
}

describe('libraryFingerprint', () => {
  it('counts the rows of every table', async () => {
    const db = await database();
    await storeIssue(db, makeDigest({ title: '第一期' }));
    await ensureTags(db, ['城市更新', '招商引资']);
    const fingerprint = await libraryFingerprint(db);
    expect(Object.keys(fingerprint).sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(fingerprint.issues!.count).toBe(1);
    expect(fingerprint.tags!.count).toBe(2);
  });

  it('is the same for an unchanged library and differs after one field of one row changes', async () => {
    const db = await database();
    await storeIssue(db, makeDigest({ title: '第一期' }));
    const before = await libraryFingerprint(db);
    expect(await libraryFingerprint(db)).toEqual(before);
    const [issue] = await db.issues.toArray();
    await db.issues.update(issue!.id, { title: '第一期（改）' });
    const after = await libraryFingerprint(db);
    expect(after.issues!.count).toBe(before.issues!.count);
    expect(after.issues!.hash).not.toBe(before.issues!.hash);
    expect(after.tags).toEqual(before.tags);
  });

  it('does not depend on the order rows were written in', async () => {
    const first = await database();
    const second = await database();
    const tags = [
      { id: 'a', name: '甲', color: '#000000', createdAt: '2024-01-01T00:00:00.000Z' },
      { id: 'b', name: '乙', color: '#ffffff', createdAt: '2024-01-02T00:00:00.000Z' },
    ];
    await first.tags.bulkAdd(tags);
    await second.tags.bulkAdd(
      [...tags].reverse().map((tag) => ({ color: tag.color, createdAt: tag.createdAt, name: tag.name, id: tag.id })),
    );
    expect((await libraryFingerprint(second)).tags).toEqual((await libraryFingerprint(first)).tags);
  });
});
