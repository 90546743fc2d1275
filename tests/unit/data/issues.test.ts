import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { getIssueWithText, listIssues, storeIssue } from '../../../renderer/src/data/repositories/issues';
import { seedSampleOnFirstStart } from '../../../renderer/src/data/jobs/sample';
import { corpusText, makeDigest } from '../factories';
import { freshDatabase } from './test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('storing issues', () => {
  it('stores an issue with its text, readable back by id', async () => {
    db = await freshDatabase();
    const digest = makeDigest({ title: '城市更新简报' });
    const stored = await storeIssue(db, digest, new Date('2024-05-01T08:00:00Z'));
    expect(stored.status).toBe('imported');
    const loaded = await getIssueWithText(db, stored.id);
    expect(loaded?.issue).toMatchObject({
      title: '城市更新简报',
      published: '2022-09-19T14:38:35',
      importedAt: '2024-05-01T08:00:00.000Z',
      origin: digest.name,
    });
    expect(loaded?.text.blocks).toEqual(digest.parsed.blocks);
  });

  it('reports the same text again as a duplicate and stores nothing more', async () => {
    db = await freshDatabase();
    const digest = makeDigest();
    const first = await storeIssue(db, digest);
    const again = await storeIssue(db, { ...digest, name: 'copy.txt' });
    expect(again).toEqual({ status: 'duplicate', id: first.id });
    expect(await db.issues.count()).toBe(1);
    expect(await db.issueTexts.count()).toBe(1);
  });

  it('writes an issue and its text in one transaction: a failed text write leaves no issue behind', async () => {
    db = await freshDatabase();
    db.issueTexts.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(storeIssue(db, makeDigest())).rejects.toThrow('disk full');
    expect(await db.issues.count()).toBe(0);
  });

  it('lists summaries without their text', async () => {
    db = await freshDatabase();
    await storeIssue(db, makeDigest());
    await storeIssue(db, makeDigest());
    const issues = await listIssues(db);
    expect(issues).toHaveLength(2);
    expect(issues[0]).not.toHaveProperty('blocks');
  });
});

describe('first start', () => {
  const sample = () => corpusText('wuxi-leaders-week-2022-09-12.txt');

  it('puts the sample issue in an empty library once', async () => {
    db = await freshDatabase();
    await seedSampleOnFirstStart(db, 'sample.txt', sample());
    await seedSampleOnFirstStart(db, 'sample.txt', sample());
    const issues = await listIssues(db);
    expect(issues.map((issue) => issue.title)).toEqual(['市(县)区委书记、市(县)区长一周|9.12-9.18']);
  });

  it('does not bring the sample back after the user deleted it', async () => {
    db = await freshDatabase();
    await seedSampleOnFirstStart(db, 'sample.txt', sample());
    await db.issues.clear();
    await db.issueTexts.clear();
    await seedSampleOnFirstStart(db, 'sample.txt', sample());
    expect(await db.issues.count()).toBe(0);
  });
});
