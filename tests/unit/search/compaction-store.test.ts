// Compaction in IndexedDB: segments whose documents were re-indexed or removed are rewritten
// without them, and searches — before, during and after — answer exactly like a scan of the
// live texts. The open tail drops its dead documents when the next write merges it, stays the
// last segment, and an import batch leaves no segment over the threshold.
import { readdirSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { storeIssues } from '../../../renderer/src/data/repositories/issues';
import {
  backgroundCompaction,
  compactSearchIndex,
  compactSearchIndexSoon,
  compactSegment,
} from '../../../renderer/src/data/search/search-compaction';
import { findDocuments } from '../../../renderer/src/data/search/search-engine';
import { indexDocuments, removeDocuments, searchIndexTables } from '../../../renderer/src/data/search/search-index';
import { COMPACT_DEAD_SHARE, deadShare } from '../../../renderer/src/domain/search/compaction';
import type { SearchDoc } from '../../../renderer/src/domain/search/documents';
import { foldText } from '../../../renderer/src/domain/search/fold';
import { runImport, sourceFromPastedText } from '../../../renderer/src/ui/features/import/run-import';
import { corpusParagraphs, mulberry32 } from '../../bench/synthetic-library';
import { freshDatabase } from '../data/test-db';
import { corpusDir, corpusText, digestFrom } from '../factories';

const paragraphs = corpusParagraphs(
  readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .map(corpusText),
);

/** A library of notes kept beside the index, so every search can be checked against a scan. */
class NoteLibrary {
  readonly texts = new Map<string, string>();
  constructor(readonly db: ReadoutDatabase) {}
  async write(docs: SearchDoc[]): Promise<void> {
    await this.db.transaction('rw', searchIndexTables(this.db), () => indexDocuments(this.db, docs));
    for (const doc of docs) this.texts.set(doc.id, doc.text);
  }
  async remove(ids: string[]): Promise<void> {
    await this.db.transaction('rw', searchIndexTables(this.db), () => removeDocuments(this.db, ids));
    for (const id of ids) this.texts.delete(id);
  }
  scan(term: string): string[] {
    const needle = foldText(term);
    return [...this.texts]
      .filter(([, text]) => foldText(text).includes(needle))
      .map(([id]) => id)
      .sort();
  }
  async search(term: string, db = this.db): Promise<string[]> {
    const found = await findDocuments(db, `"${term}"`);
    return found.documents.map((doc) => doc.id).sort();
  }
}

const note = (id: string, text: string): SearchDoc => ({ id, kind: 'note', text });

function drawnTerms(texts: readonly string[], count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const terms = new Set(['市', '城市更新', '会议', '哈哈哈哈', '许峰']);
  while (terms.size < count) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const length = 1 + Math.floor(random() * 6);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    const piece = text.slice(start, start + length);
    if (piece.length > 0 && !/["\s]/.test(piece)) terms.add(piece);
  }
  return [...terms];
}

async function postingBytes(db: ReadoutDatabase): Promise<number> {
  let bytes = 0;
  await db.searchPostings.each((row) => (bytes += row.data.byteLength));
  return bytes;
}

describe('search index compaction', () => {
  it('rewrites segments without their dead documents and answers like a scan before, during and after', { timeout: 60_000 }, async () => {
    const db = await freshDatabase();
    const library = new NoteLibrary(db);
    // Three sealed segments of 60 notes, then half of the first re-indexed and a third of the second removed.
    for (let chunk = 0; chunk < 3; chunk++)
      await library.write(
        Array.from({ length: 60 }, (_, i) => note(`note:${chunk}-${i}`, paragraphs[(chunk * 60 + i) % paragraphs.length]!)),
      );
    await library.write(Array.from({ length: 30 }, (_, i) => note(`note:0-${i * 2}`, `哈哈哈哈 改写 ${paragraphs[i]!.slice(5, 40)}`)));
    await library.remove(Array.from({ length: 20 }, (_, i) => `note:1-${i * 3}`));
    // Small writes (the 30 re-indexed notes, this one) go to the open tail, which compaction leaves to the next merge.
    await library.write([note('note:tail', '城市更新 试点')]);
    const terms = drawnTerms([...library.texts.values()], 80, 5);
    for (const term of terms) expect(await library.search(term), term).toEqual(library.scan(term));

    const segmentsBefore = await db.searchSegments.toArray();
    const bytesBefore = await postingBytes(db);
    // Searches run while the compaction does, each must answer exactly as before.
    // Each on a connection of its own, so nothing is in memory yet and each reads lists and buckets
    // while the compaction's transactions commit one after the other.
    const during = Promise.all(
      terms.map(async (term) => {
        const reader = new ReadoutDatabase(db.name);
        const ids = await library.search(term, reader);
        reader.close();
        return [term, ids] as const;
      }),
    );
    const report = await compactSearchIndex(db);
    for (const [term, ids] of await during) expect(ids, `during: ${term}`).toEqual(library.scan(term));

    expect(report.rewritten).toBe(2);
    expect(report.documentsDropped).toBe(50);
    expect(report.bytesAfter).toBeLessThan(report.bytesBefore);
    expect(await postingBytes(db)).toBe(bytesBefore - report.bytesBefore + report.bytesAfter);
    const segments = await db.searchSegments.toArray();
    expect(segments).toHaveLength(segmentsBefore.length);
    const live = new Set((await db.searchDocs.toCollection().primaryKeys()) as number[]);
    for (const segment of segments) expect([...segment.docs].every((n) => live.has(n))).toBe(true);
    // The open tail is still the last segment, and the next small write merges into it.
    expect(segments.at(-1)!.open).toBe(true);
    expect(segments.at(-1)!.docs).toHaveLength(31);
    await library.write([note('note:tail-2', '城市更新 再试')]);
    expect((await db.searchSegments.toArray()).filter((segment) => segment.open)).toHaveLength(1);
    expect((await db.searchSegments.toArray()).at(-1)!.docs).toHaveLength(32);

    for (const term of [...terms, '再试', '试点']) expect(await library.search(term), `after: ${term}`).toEqual(library.scan(term));
    // Nothing is left to do.
    expect((await compactSearchIndex(db)).rewritten).toBe(0);
  });

  it('never mixes a segment list read before a compaction with rows read after it', async () => {
    const db = await freshDatabase();
    const library = new NoteLibrary(db);
    await library.write(Array.from({ length: 40 }, (_, i) => note(`note:a${i}`, paragraphs[i]!)));
    await library.write(Array.from({ length: 40 }, (_, i) => note(`note:b${i}`, paragraphs[40 + i]!)));
    await library.remove(Array.from({ length: 20 }, (_, i) => `note:a${i * 2}`));
    const [first] = await db.searchSegments.toArray();
    // A search on a connection of its own (nothing in memory) whose first read of the segment
    // list sets off the compaction of the first segment: its rows are replaced while it searches.
    const reader = new ReadoutDatabase(db.name);
    let compaction: Promise<unknown> | null = null;
    reader.use({
      stack: 'dbcore',
      name: 'compact-while-searching',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'searchSegments') return table;
          return {
            ...table,
            query: async (request) => {
              const response = await table.query(request);
              compaction ??= Dexie.ignoreTransaction(() => compactSegment(db, first!.seg!));
              return response;
            },
          };
        },
      }),
    });
    const term = paragraphs[1]!.slice(2, 6);
    expect(await library.search(term, reader)).toEqual(library.scan(term));
    expect(await compaction).toMatchObject({ documentsDropped: 20 });
    expect(await library.search(term, reader)).toEqual(library.scan(term));
    reader.close();
  });

  it('deletes a segment none of whose documents is left, and leaves a barely dead one alone', async () => {
    const db = await freshDatabase();
    const library = new NoteLibrary(db);
    await library.write(Array.from({ length: 40 }, (_, i) => note(`note:a${i}`, paragraphs[i]!)));
    await library.write(Array.from({ length: 40 }, (_, i) => note(`note:b${i}`, paragraphs[40 + i]!)));
    await library.remove(Array.from({ length: 40 }, (_, i) => `note:a${i}`));
    await library.remove(['note:b0']);
    const report = await compactSearchIndex(db);
    expect(report).toMatchObject({ deleted: 1, rewritten: 0, documentsDropped: 40 });
    expect(await db.searchSegments.count()).toBe(1);
    for (const term of ['市', '会议', paragraphs[41]!.slice(3, 7)]) expect(await library.search(term)).toEqual(library.scan(term));
  });

  it('runs in the background one run at a time, and fails quietly when the library is closed', async () => {
    const db = await freshDatabase();
    const library = new NoteLibrary(db);
    await library.write(Array.from({ length: 40 }, (_, i) => note(`note:${i}`, paragraphs[i]!)));
    await library.remove(Array.from({ length: 20 }, (_, i) => `note:${i}`));
    const first = compactSearchIndexSoon(db);
    expect(compactSearchIndexSoon(db)).toBe(first);
    expect(backgroundCompaction(db)).toBe(first);
    await first;
    expect(backgroundCompaction(db)).toBeUndefined();
    expect((await db.searchSegments.toArray())[0]!.docs).toHaveLength(20);
    db.close();
    await expect(compactSearchIndexSoon(db)).resolves.toBeUndefined();
  });

  it('drops the dead documents of the open tail when the next write merges it', async () => {
    const db = await freshDatabase();
    const library = new NoteLibrary(db);
    for (let i = 0; i < 5; i++) await library.write([note(`note:${i}`, `第${i}条 城市更新`)]);
    await library.remove(['note:1', 'note:3']);
    await library.write([note('note:2', '第2条 改为招商引资')]);
    const [tail] = await db.searchSegments.toArray();
    expect(tail!.docs).toHaveLength(3);
    expect(tail!.sizes).toHaveLength(3);
    for (const term of ['城市更新', '招商引资', '第2条', '条']) expect(await library.search(term)).toEqual(library.scan(term));
  });

  it('leaves no segment over the threshold after an import batch whose people were re-indexed', { timeout: 60_000 }, async () => {
    // Short issues that are mostly officials: five people who gain a title in almost every issue.
    const random = mulberry32(8);
    const names = ['许峰', '朱刚', '王建国', '李明', '陈晓'];
    const places = ['江阴', '宜兴', '梁溪', '锡山', '惠山', '滨湖', '新吴', '常熟', '昆山', '太仓'];
    const posts = ['市委书记', '市长', '区委书记', '区长', '县委书记', '县长'];
    const texts = Array.from({ length: 160 }, (_, serial) => {
      const lines = names.map(
        (name) =>
          `9月${1 + (serial % 28)}日,${places[Math.floor(random() * places.length)]}${posts[Math.floor(random() * posts.length)]}${name}主持召开会议。`,
      );
      return `测试简报第${serial}期\n\n2022-09-19 14:38:35\n\n${lines.join('\n\n')}\n`;
    });
    const digests = texts.map((text, i) => digestFrom(text, `issue-${i}.txt`));
    const deadShares = async (db: ReadoutDatabase) => {
      const live = new Set((await db.searchDocs.toCollection().primaryKeys()) as number[]);
      return (await db.searchSegments.toArray())
        .filter((segment) => !segment.open)
        .map((segment) => deadShare(segment, (n) => live.has(n)));
    };
    // Three chunks stored one by one (sealed segments: 40 documents and more), then a batch: the
    // people of each chunk are re-indexed by the next ones.
    const [db, control] = [await freshDatabase(), await freshDatabase()];
    for (const library of [db, control])
      for (let chunk = 0; chunk < 3; chunk++) await storeIssues(library, digests.slice(chunk * 40, chunk * 40 + 40));
    // Without compaction (the store path alone), the batch leaves segments over the threshold …
    await storeIssues(control, digests.slice(120));
    expect(Math.max(...(await deadShares(control)))).toBeGreaterThanOrEqual(COMPACT_DEAD_SHARE);
    // … through the import runner, which compacts after the batch, none.
    const sources = texts.slice(120).map((text, i) => sourceFromPastedText(`issue-${120 + i}.txt`, text));
    const outcomes = await runImport(db, sources, () => {}, new AbortController().signal);
    expect(outcomes.filter((outcome) => outcome.result === 'imported')).toHaveLength(40);
    const started = backgroundCompaction(db);
    expect(started).toBeDefined();
    await started;
    expect(Math.max(...(await deadShares(db)))).toBeLessThan(COMPACT_DEAD_SHARE);
    // Every person is found once, by name, and by the title the last issue gave them.
    for (const name of names) expect((await findDocuments(db, `${name} type:person`)).numbers).toHaveLength(1);
    const xu = (await db.people.toArray()).find((person) => person.name === '许峰')!;
    const found = await findDocuments(db, `"${xu.titles.at(-1)!.title}" type:person`);
    expect(found.documents.map((doc) => doc.id)).toContain(`person:${xu.id}`);
  });
});
