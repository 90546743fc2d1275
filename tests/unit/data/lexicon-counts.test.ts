// Per-issue phrase counts: seeded with the starter lexicon, written with the import, replaced with
// a new version, removed with a move to the Trash and back with a restore, and backfilled for a
// library written by version 9 by the background re-count, never on the start-up path (the upgrade
// and the first-start seed only mark the entries). Expected figures were read off the wuxi week with grep.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import { replaceIssueText } from '../../../renderer/src/data/repositories/issue-versions';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { moveIssuesToTrash, restoreFromTrash } from '../../../renderer/src/data/repositories/trash';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { migrations } from '../../../renderer/src/data/schema/migrations';
import { corpusText, digestFrom, makeIssueRecord } from '../factories';
import { freshDatabase } from './test-db';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';
let db: ReadoutDatabase;

afterEach(async () => {
  await db.delete();
});

/** phrase → count in one issue, through the lexicon's ids. */
async function countsOf(issueId: string): Promise<Record<string, number>> {
  const entries = new Map((await db.lexicon.toArray()).map((entry) => [entry.id, entry.phrase]));
  const rows = await db.lexiconCounts.where('issueId').equals(issueId).toArray();
  return Object.fromEntries(rows.map((row) => [entries.get(row.entryId), row.count]));
}

describe('lexicon counts', () => {
  it('seed the starter lexicon once and count an import in its transaction', async () => {
    db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    expect(await db.lexicon.count()).toBe(36);
    await db.lexicon.delete('starter:稳增长');
    await seedLexiconOnFirstStart(db);
    expect(await db.lexicon.count()).toBe(35);

    const { id } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
    expect(await countsOf(id)).toMatchObject({ 城市更新: 6, 招商引资: 1, 高质量发展: 3 });
  });

  it('follow a new version of the text and a move to the Trash and back', async () => {
    db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    const text = corpusText(sampleName);
    const { id } = await storeIssue(db, digestFrom(text, sampleName));
    await replaceIssueText(db, id, digestFrom(text.replaceAll('城市更新', '旧城改造'), sampleName));
    const replaced = await countsOf(id);
    expect(replaced['城市更新']).toBeUndefined();
    expect(replaced['招商引资']).toBe(1);

    await moveIssuesToTrash(db, [id]);
    expect(await db.lexiconCounts.where('issueId').equals(id).count()).toBe(0);
    await restoreFromTrash(db, [id]);
    expect(await countsOf(id)).toEqual(replaced);
  });

  it('are backfilled, with the starter lexicon, in a library written by version 9 — by the background re-count, not the upgrade', async () => {
    const name = `lexicon-from-9-${Date.now()}`;
    const legacy = new Dexie(name);
    for (const migration of migrations.filter((m) => m.version <= 9)) legacy.version(migration.version).stores(migration.stores);
    await legacy.open();
    const issue = makeIssueRecord();
    await legacy.table('issues').add(issue);
    await legacy.table('issueTexts').add({ issueId: issue.id, blocks: [{ text: '推进城市更新,抓好招商引资和城市更新。' }], sections: [] });
    legacy.close();

    db = new ReadoutDatabase(name);
    await db.open();
    expect(await db.lexicon.count()).toBe(36);
    // Opening counted nothing: every starter entry waits for the re-count job boot.ts starts when idle.
    expect(await db.lexiconCounts.count()).toBe(0);
    expect((await db.lexicon.toArray()).every((entry) => entry.pendingCount?.after === '')).toBe(true);
    await seedLexiconOnFirstStart(db);
    expect(await db.lexicon.count()).toBe(36);
    expect(await finishPendingCounts(db)).toBe('done');
    expect(await countsOf(issue.id)).toEqual({ 城市更新: 2, 招商引资: 1 });
    expect((await db.lexicon.toArray()).some((entry) => entry.pendingCount)).toBe(false);
  });

  it('are left to the background re-count when the first start finds issues already stored', async () => {
    db = await freshDatabase();
    const { id } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
    await seedLexiconOnFirstStart(db);
    expect(await db.lexiconCounts.count()).toBe(0);
    expect((await db.lexicon.toArray()).every((entry) => entry.pendingCount?.after === '')).toBe(true);
    await finishPendingCounts(db);
    expect(await countsOf(id)).toMatchObject({ 城市更新: 6, 招商引资: 1, 高质量发展: 3 });
  });
});
