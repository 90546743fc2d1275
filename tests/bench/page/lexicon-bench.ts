// The lexicon re-count in `npm run bench`: a library of synthetic issues with the starter lexicon,
// then the edits an analyst makes — add a phrase, give it a variant, add one that overlaps a
// starter phrase (so both are re-counted) — each timed from the edit to the last chunk of its
// re-count, in a database of its own. Baselines in the same run: reading every text in the same
// chunks and doing nothing with it (the floor of any re-count), and re-counting the whole lexicon
// over the library in one transaction (what an edit would cost without the overlap groups).
import { addEntry, updateEntry } from '../../../renderer/src/data/lexicon/lexicon-edits';
import { recountAll, seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { finishPendingCounts } from '../../../renderer/src/data/lexicon/lexicon-recount';
import type { IssueRecord, IssueTextRecord } from '../../../renderer/src/data/records';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import type { EntryDraft } from '../../../renderer/src/domain/lexicon/entry-draft';

const CHUNK = 250;

const draft = (phrase: string, variants: string[] = []): EntryDraft => ({
  phrase,
  variants,
  category: { name: '发展', colour: '#2563eb' },
  note: '',
  enabled: true,
});

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function libraryCount(db: ReadoutDatabase, entryId: string): Promise<number> {
  return (await db.lexiconCounts.where('entryId').equals(entryId).toArray()).reduce((sum, row) => sum + row.count, 0);
}

export async function lexiconRecountBench(batches: () => AsyncGenerator<{ issue: IssueRecord; text: IssueTextRecord }[]>) {
  const name = 'readout-lexicon-bench';
  await ReadoutDatabase.delete(name);
  const db = new ReadoutDatabase(name);
  await db.open();
  await seedLexiconOnFirstStart(db);
  for await (const records of batches()) {
    await db.transaction('rw', db.issues, db.issueTexts, async () => {
      await db.issues.bulkPut(records.map((record) => record.issue));
      await db.issueTexts.bulkPut(records.map((record) => record.text));
    });
  }
  const issues = await db.issueTexts.count();

  const readMs = await timed(async () => {
    let cursor = '';
    for (;;) {
      const keys = await db.transaction('r', db.issueTexts, async () => {
        const keys = (await db.issueTexts.where(':id').above(cursor).limit(CHUNK).primaryKeys()) as string[];
        await db.issueTexts.bulkGet(keys);
        return keys;
      });
      if (keys.length < CHUNK) break;
      cursor = keys.at(-1)!;
    }
  });
  const fullMs = await timed(() =>
    db.transaction('rw', [db.issueTexts, db.lexicon, db.lexiconCounts, db.lexiconTotals], () => recountAll(db)),
  );

  let id = '';
  const addMs = await timed(async () => {
    const added = await addEntry(db, draft('集成电路'));
    if (!added.ok) throw new Error(added.problem.code);
    id = added.entry.id;
    await finishPendingCounts(db, { chunkSize: CHUNK });
  });
  const added = await libraryCount(db, id);
  const editMs = await timed(async () => {
    await updateEntry(db, id, draft('集成电路', ['产业集群']));
    await finishPendingCounts(db, { chunkSize: CHUNK });
  });
  const edited = await libraryCount(db, id);
  let group = 0;
  const overlapMs = await timed(async () => {
    await addEntry(db, draft('城市更新行动'));
    group = (await db.lexicon.filter((entry) => entry.pendingCount !== undefined).toArray()).length;
    await finishPendingCounts(db, { chunkSize: CHUNK });
  });
  db.close();
  await ReadoutDatabase.delete(name);
  return { issues, readMs, fullMs, addMs, added, editMs, edited, overlapMs, group };
}
