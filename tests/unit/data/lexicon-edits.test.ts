// Lexicon edits and the library's counts: adding an entry counts it over the library, editing its
// variants re-counts it, deleting drops its counts and Undo brings them back, an overlapping phrase
// takes occurrences from the shorter one and gives them back, and a cancelled re-count leaves
// counts that are complete up to its marker and finishes to the figures a full re-count gives.
import { afterEach, describe, expect, it } from 'vitest';
import { addEntry, deleteEntry, restoreEntry, updateEntry } from '../../../renderer/src/data/lexicon/lexicon-edits';
import { recountAll, seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import { storeIssue, storeIssues } from '../../../renderer/src/data/repositories/issues';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import type { EntryDraft } from '../../../renderer/src/domain/lexicon/entry-draft';
import { corpusText, digestFrom, makeDigest } from '../factories';
import { freshDatabase } from './test-db';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';
let db: ReadoutDatabase;

afterEach(async () => {
  await db.delete();
});

function draft(phrase: string, overrides: Partial<EntryDraft> = {}): EntryDraft {
  return { phrase, variants: [], category: { name: '产业', colour: '#0a7' }, note: '', enabled: true, ...overrides };
}

/** An entry's count over the library (the sum of its per-issue rows). */
async function libraryCount(entryId: string): Promise<number> {
  const rows = await db.lexiconCounts.where('entryId').equals(entryId).toArray();
  return rows.reduce((sum, row) => sum + row.count, 0);
}

async function added(phrase: string, overrides: Partial<EntryDraft> = {}) {
  const result = await addEntry(db, draft(phrase, overrides));
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.entry;
}

/** Every count row, sorted, for comparing with what a full re-count writes. */
async function allCounts() {
  const rows = await db.lexiconCounts.toArray();
  return rows.map((row) => `${row.issueId}|${row.entryId}|${row.count}`).sort();
}

async function fullRecount() {
  await db.transaction('rw', [db.lexicon, db.lexiconCounts, db.lexiconTotals, db.issueTexts], () => recountAll(db));
  return allCounts();
}

describe('lexicon edits', () => {
  it('an added phrase is counted over the library; editing its variants counts again', async () => {
    db = await freshDatabase();
    await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
    await storeIssue(db, makeDigest({ body: '9月20日,区长李四调研集成电路企业,要求做强集成电路产业集群。' }));

    const entry = await added('集成电路');
    expect((await db.lexicon.get(entry.id))?.pendingCount).toEqual({ after: '' });
    expect(await finishPendingCounts(db)).toBe('done');
    expect((await db.lexicon.get(entry.id))?.pendingCount).toBeUndefined();
    // The wuxi week says 集成电路 three times (grep -o), the made-up issue twice.
    expect(await libraryCount(entry.id)).toBe(5);

    const edited = await updateEntry(db, entry.id, draft('集成电路', { variants: ['产业集群'] }));
    expect(edited.ok).toBe(true);
    await finishPendingCounts(db);
    // 产业集群: twice in the wuxi week, once in the made-up issue.
    expect(await libraryCount(entry.id)).toBe(8);
    expect(await allCounts()).toEqual(await fullRecount());
  });

  it('a change of category or note re-counts nothing', async () => {
    db = await freshDatabase();
    await storeIssue(db, makeDigest({ body: '9月20日,研究集成电路产业。' }));
    const entry = await added('集成电路');
    await finishPendingCounts(db);
    await updateEntry(db, entry.id, draft('集成电路', { note: '芯片', category: { name: '科技', colour: '#123456' } }));
    expect((await db.lexicon.get(entry.id))?.pendingCount).toBeUndefined();
    expect(await libraryCount(entry.id)).toBe(1);
  });

  it('turned off, an entry has no counts; turned on, it is counted again', async () => {
    db = await freshDatabase();
    await storeIssue(db, makeDigest({ body: '9月20日,研究集成电路产业。' }));
    const entry = await added('集成电路');
    await finishPendingCounts(db);
    await updateEntry(db, entry.id, draft('集成电路', { enabled: false }));
    expect(await libraryCount(entry.id)).toBe(0);
    expect((await db.lexicon.get(entry.id))?.pendingCount).toBeUndefined();
    await updateEntry(db, entry.id, draft('集成电路'));
    await finishPendingCounts(db);
    expect(await libraryCount(entry.id)).toBe(1);
  });

  it('a delete drops the counts and its Undo counts the entry again', async () => {
    db = await freshDatabase();
    await storeIssue(db, makeDigest({ body: '9月20日,研究集成电路产业,集成电路企业。' }));
    const entry = await added('集成电路');
    await finishPendingCounts(db);
    const deleted = await deleteEntry(db, entry.id);
    expect(await db.lexicon.get(entry.id)).toBeUndefined();
    expect(await db.lexiconCounts.where('entryId').equals(entry.id).count()).toBe(0);

    const restored = await restoreEntry(db, deleted!);
    expect(restored.ok).toBe(true);
    await finishPendingCounts(db);
    expect(await libraryCount(entry.id)).toBe(2);
  });

  it('Undo of a delete is refused when the phrase was added again meanwhile', async () => {
    db = await freshDatabase();
    const entry = await added('集成电路');
    const deleted = await deleteEntry(db, entry.id);
    await added('集成電路');
    expect(await restoreEntry(db, deleted!)).toEqual({ ok: false, problem: { code: 'duplicate', phrase: '集成電路' } });
  });

  it('a longer phrase takes occurrences from the shorter one it contains, and gives them back', async () => {
    db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    await storeIssue(db, makeDigest({ body: '9月20日,实施城市更新行动,推进城市更新。' }));
    const shorter = (await db.lexicon.where('phrase').equals('城市更新').first())!;
    expect(await libraryCount(shorter.id)).toBe(2);

    const longer = await added('城市更新行动');
    expect((await db.lexicon.get(shorter.id))?.pendingCount).toEqual({ after: '' });
    await finishPendingCounts(db);
    expect(await libraryCount(longer.id)).toBe(1);
    expect(await libraryCount(shorter.id)).toBe(1);
    expect(await allCounts()).toEqual(await fullRecount());

    await deleteEntry(db, longer.id);
    await finishPendingCounts(db);
    expect(await libraryCount(shorter.id)).toBe(2);
  });

  it('refuses an empty, too long or duplicate phrase, folding width and traditional characters', async () => {
    db = await freshDatabase();
    await added('城市更新');
    const problem = async (phrase: string, overrides: Partial<EntryDraft> = {}) => {
      const result = await addEntry(db, draft(phrase, overrides));
      return result.ok ? null : result.problem;
    };
    expect(await problem('   ')).toEqual({ code: 'empty' });
    expect(await problem('长'.repeat(65))).toEqual({ code: 'tooLong', max: 64 });
    await added('AI产业');
    await added('集成电路');
    expect(await problem('城市更新')).toEqual({ code: 'duplicate', phrase: '城市更新' });
    expect(await problem(' 城市更新 ')).toEqual({ code: 'duplicate', phrase: '城市更新' });
    expect(await problem('ＡＩ产业')).toEqual({ code: 'duplicate', phrase: 'AI产业' });
    expect(await problem('ai产业')).toEqual({ code: 'duplicate', phrase: 'AI产业' });
    expect(await problem('集成電路')).toEqual({ code: 'duplicate', phrase: '集成电路' });
    expect(await problem('旧城改造', { variants: ['城市更新'] })).toEqual({ code: 'duplicate', phrase: '城市更新' });
    expect(await problem('旧城改造', { category: { name: '', colour: '#000' } })).toEqual({ code: 'badCategory' });
    expect(await problem('旧城改造', { category: { name: '城建', colour: 'red' } })).toEqual({ code: 'badColour', colour: 'red' });
    expect(await db.lexicon.count()).toBe(3);
  });

  it('a cancelled re-count leaves counts complete up to its marker, and finishes to the full figures', async () => {
    db = await freshDatabase();
    await storeIssues(
      db,
      Array.from({ length: 30 }, (_, index) => makeDigest({ body: `9月${(index % 28) + 1}日,研究集成电路产业第${index}项工作。` })),
    );
    const entry = await added('集成电路');
    const controller = new AbortController();
    let chunks = 0;
    const outcome = await finishPendingCounts(db, {
      chunkSize: 4,
      signal: controller.signal,
      onProgress: (progress) => {
        expect(progress.total).toBe(30);
        chunks += 1;
        if (chunks === 2) controller.abort();
      },
    });
    expect(outcome).toBe('cancelled');
    const marker = (await db.lexicon.get(entry.id))?.pendingCount;
    expect(marker?.after).toBeTruthy();
    // Every issue up to the marker counted, none beyond it.
    const counted = (await db.lexiconCounts.where('entryId').equals(entry.id).toArray()).map((row) => row.issueId).sort();
    const upTo = ((await db.issueTexts.toCollection().primaryKeys()) as string[]).filter((id) => id <= marker!.after).sort();
    expect(counted).toEqual(upTo);
    expect(counted).toHaveLength(8);

    // An import while the re-count waits is counted in full by its own transaction.
    await storeIssue(db, makeDigest({ body: '9月21日,集成电路。' }));
    expect(await finishPendingCounts(db, { chunkSize: 4 })).toBe('done');
    expect(await libraryCount(entry.id)).toBe(31);
    expect(await allCounts()).toEqual(await fullRecount());
  });
});
