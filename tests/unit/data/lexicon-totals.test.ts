// Each entry's library total (lexicon-totals.ts) stays the sum of its per-issue rows through every
// write (import, new version, Trash and back, lexicon edits and their re-counts, a lexicon file),
// a library without totals reads the same figures and gets them written when idle, and the Trends
// view reads the totals and the chosen phrases' rows only, never every count row.
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addEntry, deleteEntry, updateEntry } from '../../../renderer/src/data/lexicon/lexicon-edits';
import { importLexicon } from '../../../renderer/src/data/lexicon/lexicon-import';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { lexiconWithCounts } from '../../../renderer/src/data/lexicon/lexicon-queries';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import { entryTotals, fillMissingTotals } from '../../../renderer/src/data/lexicon/lexicon-totals';
import { replaceIssueText } from '../../../renderer/src/data/repositories/issue-versions';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { moveIssuesToTrash, restoreFromTrash } from '../../../renderer/src/data/repositories/trash';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { readPhraseCounts, readTrendInputs } from '../../../renderer/src/data/trends/trend-inputs';
import type { EntryDraft } from '../../../renderer/src/domain/lexicon/entry-draft';
import { corpusText, digestFrom, makeDigest } from '../factories';
import { freshDatabase } from './test-db';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';
let db: ReadoutDatabase;

afterEach(async () => {
  await db.delete();
});

const draft = (phrase: string, variants: string[] = []): EntryDraft => ({
  phrase,
  variants,
  category: { name: '产业', colour: '#0a7' },
  note: '',
  enabled: true,
});

/** Every entry's total, stored and summed from its rows; after a settled write they agree. */
async function expectTotalsExact(): Promise<void> {
  const [entries, rows, totals] = await Promise.all([db.lexicon.toArray(), db.lexiconCounts.toArray(), db.lexiconTotals.toArray()]);
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.entryId, (sums.get(row.entryId) ?? 0) + row.count);
  for (const total of totals)
    expect({ entry: total.entryId, total: total.total }).toEqual({ entry: total.entryId, total: sums.get(total.entryId) ?? 0 });
  // Settled and on: every entry has its total, so no view sums rows.
  const stored = new Set(totals.map((total) => total.entryId));
  for (const entry of entries) if (entry.enabled && !entry.pendingCount) expect(stored.has(entry.id)).toBe(true);
}

describe('lexicon totals', () => {
  it('stay the sum of the rows through imports, versions, the Trash, edits, re-counts and a lexicon file', async () => {
    db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    await expectTotalsExact();
    const text = corpusText(sampleName);
    const { id } = await storeIssue(db, digestFrom(text, sampleName));
    await storeIssue(db, makeDigest({ body: '9月20日,推进城市更新,研究集成电路产业集群。' }));
    await expectTotalsExact();
    expect((await entryTotals(db, ['starter:城市更新'])).get('starter:城市更新')).toBe(7);

    await replaceIssueText(db, id, digestFrom(text.replaceAll('城市更新', '旧城改造'), sampleName));
    await expectTotalsExact();
    await moveIssuesToTrash(db, [id]);
    await expectTotalsExact();
    await restoreFromTrash(db, [id]);
    await expectTotalsExact();

    const added = await addEntry(db, draft('集成电路'));
    if (!added.ok) throw new Error(added.problem.code);
    await finishPendingCounts(db);
    await expectTotalsExact();
    await updateEntry(db, added.entry.id, draft('集成电路', ['产业集群']));
    await finishPendingCounts(db);
    await expectTotalsExact();
    await addEntry(db, draft('城市更新行动'));
    await finishPendingCounts(db);
    await expectTotalsExact();
    await updateEntry(db, added.entry.id, { ...draft('集成电路'), enabled: false });
    await expectTotalsExact();
    await importLexicon(db, [{ row: 2, entry: { ...draft('招商引资'), variants: ['招商'] } }]);
    await finishPendingCounts(db);
    await expectTotalsExact();
    await deleteEntry(db, 'starter:城市更新');
    await finishPendingCounts(db);
    await expectTotalsExact();
  });

  it('a library without totals reads the same figures, and gets them written when idle', async () => {
    db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
    const before = await lexiconWithCounts(db);
    await db.lexiconTotals.clear(); // as a library from version 10 opens
    expect(await lexiconWithCounts(db)).toEqual(before);
    await fillMissingTotals(db);
    expect(await db.lexiconTotals.count()).toBe(await db.lexicon.count());
    await expectTotalsExact();
  });

  it('the Trends view reads the totals and the chosen phrases’ rows, not every count row', async () => {
    const rowsRead = new Map<string, number>();
    const spy: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'count-rows-spy',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'lexiconCounts') return table;
          const saw = (values: readonly unknown[]) => {
            for (const value of values) {
              if (typeof value !== 'object' || value === null) continue;
              const { entryId } = value as { entryId: string };
              rowsRead.set(entryId, (rowsRead.get(entryId) ?? 0) + 1);
            }
          };
          return {
            ...table,
            getMany: async (req) => {
              const result = await table.getMany(req);
              saw(result);
              return result;
            },
            query: async (req) => {
              const result = await table.query(req);
              if (req.values) saw(result.result);
              return result;
            },
            openCursor: async (req) => {
              const cursor = await table.openCursor(req);
              if (cursor && req.values !== false) rowsRead.set('(cursor)', 1);
              return cursor;
            },
          };
        },
      }),
    };
    db = new ReadoutDatabase(`totals-trends-${process.pid}-${Date.now()}`);
    db.use(spy);
    await db.open();
    await seedLexiconOnFirstStart(db);
    await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
    await storeIssue(db, makeDigest({ body: '9月20日,推进城市更新,抓好招商引资和高质量发展。' }));

    rowsRead.clear();
    const inputs = await readTrendInputs(db);
    expect(rowsRead.size).toBe(0);
    expect(inputs.totals.get('starter:城市更新')).toBe(7);

    const chosen = ['starter:城市更新', 'starter:招商引资'];
    const rows = await readPhraseCounts(db, chosen);
    expect([...rowsRead.keys()].sort()).toEqual([...chosen].sort());
    expect(rows.map((row) => row.entryId).sort()).toEqual(['starter:城市更新', 'starter:城市更新', 'starter:招商引资', 'starter:招商引资']);
  });
});
