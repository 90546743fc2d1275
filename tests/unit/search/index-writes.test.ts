// The index follows the data in the same transaction: imports are found at once, a removed
// document is not found, a failed transaction leaves no index entry, and the sample is indexed.
import { describe, expect, it } from 'vitest';
import { storeIssues } from '../../../renderer/src/data/repositories/issues';
import { seedSampleOnFirstStart } from '../../../renderer/src/data/jobs/sample';
import { findDocuments, searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { indexDocuments, removeDocuments, removeIssueDocuments, searchIndexTables } from '../../../renderer/src/data/search/search-index';
import { freshDatabase } from '../data/test-db';
import { corpusText, makeDigest } from '../factories';

describe('the search index in IndexedDB', () => {
  it('finds an imported issue at once, and the seeded sample', async () => {
    const db = await freshDatabase();
    await seedSampleOnFirstStart(db, 'wuxi-leaders-week-2022-09-12.txt', corpusText('wuxi-leaders-week-2022-09-12.txt'));
    const [stored] = await storeIssues(db, [makeDigest({ body: '会议研究了城东片区改造事宜。' })]);
    expect((await searchLibrary(db, '城东片区')).results.map((result) => result.issueId)).toEqual([stored!.id]);
    const sample = await searchLibrary(db, '城市更新 kind:issue');
    expect(sample.total).toBe(1);
    expect(sample.results[0]!.matches[0]!.snippet.match).toBe('城市更新');
    expect(sample.results[0]!.matchCount).toBeGreaterThan(1);
  });

  it('indexes notes and removes them, and an aborted transaction leaves nothing behind', async () => {
    const db = await freshDatabase();
    await db.transaction('rw', searchIndexTables(db), () =>
      indexDocuments(db, [{ id: 'note:1', kind: 'note', issueId: 'i1', blockIndex: 3, text: '关注园区企业用工情况' }]),
    );
    const found = await searchLibrary(db, '用工 type:note');
    expect(found.results.map((result) => [result.docId, result.matches[0]!.blockIndex])).toEqual([['note:1', 3]]);
    await db.transaction('rw', searchIndexTables(db), () => removeDocuments(db, ['note:1']));
    expect((await findDocuments(db, '用工')).numbers).toEqual([]);

    await expect(
      db.transaction('rw', searchIndexTables(db), async () => {
        await indexDocuments(db, [{ id: 'note:2', kind: 'note', text: '未提交的笔记' }]);
        throw new Error('write failed');
      }),
    ).rejects.toThrow('write failed');
    expect((await findDocuments(db, '未提交')).numbers).toEqual([]);
  });

  it('applies exclusions, type and date filters, and issue scope', async () => {
    const db = await freshDatabase();
    const [a, b] = await storeIssues(db, [
      makeDigest({ body: '推进城市更新,加快老旧小区改造。' }),
      makeDigest({ body: '推进城市更新,做好疫情防控。' }),
    ]);
    const ids = async (query: string, issueId?: string) =>
      (await searchLibrary(db, query, issueId ? { issueId } : {})).results.map((result) => result.issueId).sort();
    expect(await ids('城市更新')).toEqual([a!.id, b!.id].sort());
    expect(await ids('城市更新 -疫情')).toEqual([a!.id]);
    expect(await ids('城市更新', b!.id)).toEqual([b!.id]);
    expect(await ids('城市更新 type:note')).toEqual([]);
    expect(await ids('城市更新 from:2022-09-01 to:2022-09-30')).toEqual([a!.id, b!.id].sort());
    expect(await ids('城市更新 from:2023')).toEqual([]);
    await db.transaction('rw', searchIndexTables(db), () => removeIssueDocuments(db, [a!.id]));
    expect(await ids('城市更新')).toEqual([b!.id]);
  });
});
