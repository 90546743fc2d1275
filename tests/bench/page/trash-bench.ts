// The Trash in `npm run bench`: moving an issue with 1,000 highlights (every other one with a
// note, so the search index has notes to drop and re-index) to the Trash and restoring it, each
// one transaction as the app runs it; the median of several rounds, in a database of its own.
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { issueTextFor, newHighlightRecord } from '../../../renderer/src/data/repositories/highlights';
import { CATEGORY_IDS } from '../../../renderer/src/data/repositories/highlight-categories';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { moveIssuesToTrash, restoreFromTrash } from '../../../renderer/src/data/repositories/trash';
import { indexHighlights } from '../../../renderer/src/data/search/search-docs';
import { searchIndexTables } from '../../../renderer/src/data/search/search-index';
import { readDigestText } from '../../../renderer/src/domain/import/read-digest-file';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function trashBench(sampleText: string, highlights: number, rounds = 5) {
  const name = 'readout-trash-bench';
  await ReadoutDatabase.delete(name);
  const db = new ReadoutDatabase(name);
  await db.open();
  const read = readDigestText('sample.txt', sampleText);
  if (!read.ok) throw new Error('the sample cannot be read');
  const { id } = await storeIssue(db, read.digest);
  const text = await issueTextFor(db, id);
  const step = Math.max(1, Math.floor((text.length - 10) / highlights));
  const records = Array.from({ length: highlights }, (_, index) =>
    newHighlightRecord({
      issueId: id,
      issueText: text,
      start: (index * step) % (text.length - 8),
      end: ((index * step) % (text.length - 8)) + 6,
      categoryId: CATEGORY_IDS[index % CATEGORY_IDS.length]!,
      note: index % 2 === 0 ? `第${index}条批注:核对用地指标` : '',
    }),
  );
  await db.transaction('rw', [db.issues, db.highlights, ...searchIndexTables(db)], async () => {
    await db.highlights.bulkAdd(records);
    await indexHighlights(db, records);
  });
  const moveMs: number[] = [];
  const restoreMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    await moveIssuesToTrash(db, [id]);
    moveMs.push(performance.now() - start);
    start = performance.now();
    const [result] = await restoreFromTrash(db, [id]);
    restoreMs.push(performance.now() - start);
    if (result?.status !== 'restored') throw new Error(`restore: ${result?.status}`);
  }
  // Baseline in the same run: a raw bulkPut and bulkDelete of the same highlight rows, no transaction of the app's.
  const rawMs: number[] = [];
  const copies = records.map((record) => ({ ...record, id: `raw-${record.id}` }));
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await db.highlights.bulkPut(copies);
    await db.highlights.bulkDelete(copies.map((copy) => copy.id));
    rawMs.push(performance.now() - start);
  }
  const kept = await db.highlights.where('issueId').equals(id).count();
  db.close();
  await ReadoutDatabase.delete(name);
  return { highlights: kept, moveMs: median(moveMs), restoreMs: median(restoreMs), rawMs: median(rawMs), rounds };
}
