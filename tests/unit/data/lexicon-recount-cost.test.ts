// What a lexicon re-count costs in reads and writes, the property that keeps it fast over 10,000
// issues (IndexedDB charges per record): each text is read once, a chunk per request (a bulkGet of
// the chunk's keys: in Chromium 156 that beat one getAll over the key range), and only the count
// rows whose figure changes are written. Counted with a
// Dexie middleware that sees every read of issueTexts and every write to lexiconCounts.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addEntry, updateEntry } from '../../../renderer/src/data/lexicon/lexicon-edits';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import { storeIssues } from '../../../renderer/src/data/repositories/issues';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import type { EntryDraft } from '../../../renderer/src/domain/lexicon/entry-draft';
import { makeDigest } from '../factories';

interface Tally {
  /** Texts returned by reads of issueTexts, by issue id. */
  textsRead: Map<string, number>;
  /** Read requests (a bulkGet or a getAll) that returned texts. */
  textReads: number;
  puts: number;
  deletes: number;
}

function spy(tally: Tally): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'recount-spy',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'issueTexts' && name !== 'lexiconCounts') return table;
        const sawTexts = (values: readonly unknown[]) => {
          if (name !== 'issueTexts') return;
          const texts = values.filter((value): value is { issueId: string } => typeof value === 'object' && value !== null);
          if (texts.length > 0) tally.textReads += 1;
          for (const text of texts) tally.textsRead.set(text.issueId, (tally.textsRead.get(text.issueId) ?? 0) + 1);
        };
        return {
          ...table,
          getMany: async (req) => {
            const result = await table.getMany(req);
            sawTexts(result);
            return result;
          },
          query: async (req) => {
            const result = await table.query(req);
            if (req.values) sawTexts(result.result);
            return result;
          },
          mutate: (req: DBCoreMutateRequest) => {
            if (name === 'lexiconCounts') {
              if (req.type === 'put' || req.type === 'add') tally.puts += req.values.length;
              if (req.type === 'delete') tally.deletes += req.keys.length;
              if (req.type === 'deleteRange') tally.deletes += Infinity;
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

const draft = (phrase: string, variants: string[] = []): EntryDraft => ({
  phrase,
  variants,
  category: { name: '产业', colour: '#0a7' },
  note: '',
  enabled: true,
});

let db: ReadoutDatabase;
let serial = 0;
const tally: Tally = { textsRead: new Map(), textReads: 0, puts: 0, deletes: 0 };
const reset = () => {
  tally.textsRead.clear();
  tally.textReads = 0;
  tally.puts = 0;
  tally.deletes = 0;
};

afterEach(async () => {
  await db.delete();
});

describe('a lexicon re-count', () => {
  it('reads each text once, a chunk per request, and writes only the rows whose figure changed', async () => {
    serial += 1;
    db = new ReadoutDatabase(`recount-cost-${process.pid}-${serial}`);
    db.use(spy(tally));
    await db.open();
    // 20 issues say 集成电路 once; issues 0 and 7 also say 产业集群.
    await storeIssues(
      db,
      Array.from({ length: 20 }, (_, index) =>
        makeDigest({ body: `9月${index + 1}日,研究集成电路${index === 0 || index === 7 ? '和产业集群' : ''}第${index}项工作。` }),
      ),
    );
    const added = await addEntry(db, draft('集成电路'));
    if (!added.ok) throw new Error(added.problem.code);

    reset();
    await finishPendingCounts(db, { chunkSize: 6 });
    expect(tally.textsRead.size).toBe(20);
    expect([...tally.textsRead.values()].every((reads) => reads === 1)).toBe(true);
    expect(tally.textReads).toBeLessThanOrEqual(4); // ceil(20 / 6) chunk reads, not one per issue
    expect(tally.puts).toBe(20);
    expect(tally.deletes).toBe(0);

    // A variant said in two issues: the edit deletes nothing, the re-count rewrites those two rows.
    reset();
    expect((await updateEntry(db, added.entry.id, draft('集成电路', ['产业集群']))).ok).toBe(true);
    await finishPendingCounts(db, { chunkSize: 6 });
    expect(tally.textsRead.size).toBe(20);
    expect([...tally.textsRead.values()].every((reads) => reads === 1)).toBe(true);
    expect(tally.puts).toBe(2);
    expect(tally.deletes).toBe(0);
    const rows = await db.lexiconCounts.where('entryId').equals(added.entry.id).toArray();
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(22);

    // Respelt so that two issues no longer say it: exactly their rows go.
    reset();
    expect((await updateEntry(db, added.entry.id, draft('产业集群'))).ok).toBe(true);
    await finishPendingCounts(db, { chunkSize: 6 });
    expect(tally.puts).toBe(2);
    expect(tally.deletes).toBe(18);
    expect(await db.lexiconCounts.where('entryId').equals(added.entry.id).count()).toBe(2);
  });
});
