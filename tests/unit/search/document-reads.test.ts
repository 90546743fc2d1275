// A search reads the document rows it matches, not the whole table: reading every row at the
// first search (and again after each write) cost seconds in a large library and kept the whole
// table in memory (issue 16's scale run: first search 1.7 s at 1,000 issues, 5 s at 2,000).
import { afterEach, describe, expect, it } from 'vitest';
import { storeIssues } from '../../../renderer/src/data/repositories/issues';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { databaseCountingReads } from '../data/counting-reads';
import { makeDigest } from '../factories';

let db: ReadoutDatabase;
afterEach(async () => {
  await db.delete();
});

describe('search reads', () => {
  it('read only the documents a query matches, before and after a write', async () => {
    const counting = await databaseCountingReads('searchDocs');
    db = counting.db;
    const others = Array.from({ length: 40 }, (_, index) => makeDigest({ body: `会议研究了第${index}项工作。` }));
    await storeIssues(db, [...others, makeDigest({ body: '推进城市更新行动。' })]);
    const documents = await db.searchDocs.count();
    expect(documents).toBeGreaterThan(40);

    let before = counting.rowsRead();
    expect((await searchLibrary(db, '城市更新')).total).toBe(1);
    expect(counting.rowsRead() - before).toBeLessThanOrEqual(2);

    await storeIssues(db, [makeDigest({ body: '城市更新再提速。' })]);
    before = counting.rowsRead();
    expect((await searchLibrary(db, '城市更新')).total).toBe(2);
    expect(counting.rowsRead() - before).toBeLessThanOrEqual(3);
  });
});
