// Importing a lexicon file: existing phrases (after folding) are updated, new ones added, in one
// transaction; a file whose phrase is another entry's variant is refused with its row and nothing
// changes; what changed is counted again.
import { afterEach, describe, expect, it } from 'vitest';
import { addEntry } from '../../../renderer/src/data/lexicon/lexicon-edits';
import { importLexicon } from '../../../renderer/src/data/lexicon/lexicon-import';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import type { FileEntry } from '../../../renderer/src/domain/lexicon/lexicon-file';
import { makeDigest } from '../factories';
import { freshDatabase } from './test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db.delete();
});

const category = { name: '产业', colour: '#0a7' };
const row = (line: number, phrase: string, variants: string[] = [], enabled = true): FileEntry => ({
  row: line,
  entry: { phrase, variants, category, note: '', enabled },
});

async function countOf(phrase: string): Promise<number> {
  const entry = await db.lexicon.where('phrase').equals(phrase).first();
  const rows = await db.lexiconCounts.where('entryId').equals(entry!.id).toArray();
  return rows.reduce((sum, r) => sum + r.count, 0);
}

describe('importLexicon', () => {
  it('updates the phrases it has (folded), adds the others, and counts what changed', async () => {
    db = await freshDatabase();
    await storeIssue(db, makeDigest({ body: '9月20日,研究集成电路和产业集群,推进重大项目。' }));
    await addEntry(db, { phrase: '集成电路', variants: [], category, note: '', enabled: true });
    await finishPendingCounts(db);
    const before = (await db.lexicon.toArray())[0]!;

    const result = await importLexicon(db, [row(2, '集成電路', ['产业集群']), row(3, '重大项目')]);
    expect(result).toEqual({ ok: true, added: 1, updated: 1 });
    const after = await db.lexicon.get(before.id);
    expect(after).toMatchObject({ phrase: '集成电路', variants: ['产业集群'], pendingCount: { after: '' } });
    await finishPendingCounts(db);
    expect(await countOf('集成电路')).toBe(2);
    expect(await countOf('重大项目')).toBe(1);
  });

  it('refuses, changing nothing, when a phrase of the file is a variant of another entry', async () => {
    db = await freshDatabase();
    await addEntry(db, { phrase: '城市更新', variants: ['旧城改造'], category, note: '', enabled: true });
    const before = await db.lexicon.toArray();
    const result = await importLexicon(db, [row(2, '稳增长'), row(3, '旧城改造')]);
    expect(result).toEqual({ ok: false, row: 3, problem: { code: 'duplicate', phrase: '城市更新' } });
    expect(await db.lexicon.toArray()).toEqual(before);
  });
});
