import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { deleteTag, ensureTags, listTags, mergeTags, renameTag, TagNameTakenError } from '../../../renderer/src/data/repositories/tags';
import { makeIssueRecord } from '../factories';
import { freshDatabase } from './test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('tags', () => {
  it('are created once per name, whatever the width or spacing of the name', async () => {
    db = await freshDatabase();
    const [a] = await ensureTags(db, ['城市更新']);
    const again = await ensureTags(db, [' 城市更新 ', '城市更新', 'ＡＩ']);
    expect(again[0]).toBe(a);
    expect((await listTags(db)).map((tag) => tag.name).sort()).toEqual(['AI', '城市更新']);
  });

  it('rename in place and refuse a name another tag has', async () => {
    db = await freshDatabase();
    const [a, b] = await ensureTags(db, ['招商', '稳增长']);
    await renameTag(db, a!, '招商引资');
    expect((await db.tags.get(a!))?.name).toBe('招商引资');
    await expect(renameTag(db, b!, '招商引资')).rejects.toBeInstanceOf(TagNameTakenError);
  });

  it('merge and delete rewrite every tagged record in one go', async () => {
    db = await freshDatabase();
    const [a, b, c] = await ensureTags(db, ['城市更新', '城市更新行动', '安全']);
    await db.issues.bulkAdd([
      makeIssueRecord({ id: 'one', tagIds: [a!, c!] }),
      makeIssueRecord({ id: 'two', tagIds: [b!] }),
      makeIssueRecord({ id: 'three', tagIds: [a!, b!] }),
    ]);
    await mergeTags(db, b!, a!);
    expect((await db.issues.get('two'))?.tagIds).toEqual([a]);
    expect((await db.issues.get('three'))?.tagIds).toEqual([a]);
    expect(await db.tags.get(b!)).toBeUndefined();
    await deleteTag(db, a!);
    expect((await db.issues.get('one'))?.tagIds).toEqual([c]);
    expect((await db.issues.get('three'))?.tagIds).toEqual([]);
  });
});
