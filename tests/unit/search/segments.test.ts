// The index's storage: writes go into segments (one per import chunk; small writes merged into
// an open tail until it is full), and a search over many segments — some merged, some with
// removed or re-indexed documents — still equals a brute-force scan of the folded text.
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../../renderer/src/data/search/search-engine';
import { indexDocuments, removeDocuments, searchIndexTables } from '../../../renderer/src/data/search/search-index';
import type { SearchDoc } from '../../../renderer/src/domain/search/documents';
import { foldText } from '../../../renderer/src/domain/search/fold';
import { corpusParagraphs, mulberry32 } from '../../bench/synthetic-library';
import { freshDatabase } from '../data/test-db';
import { corpusText } from '../factories';

const paragraphs = corpusParagraphs([corpusText('wuxi-leaders-week-2022-09-12.txt')]);

function note(id: number, text: string): SearchDoc {
  return { id: `note:${id}`, kind: 'note', text };
}

describe('index segments', () => {
  it('merges small writes into a tail, seals it when full, and answers like a scan', { timeout: 60_000 }, async () => {
    const db = await freshDatabase();
    const random = mulberry32(7);
    const texts = new Map<string, string>();
    const write = (docs: SearchDoc[]) => db.transaction('rw', searchIndexTables(db), () => indexDocuments(db, docs));
    // 300 one-note writes (tail merges; the tail seals at 256), one chunk of 40, a re-index and removals.
    for (let i = 0; i < 300; i++) {
      const text = paragraphs[Math.floor(random() * paragraphs.length)]!.slice(0, 20 + Math.floor(random() * 60));
      texts.set(`note:${i}`, text);
      await write([note(i, text)]);
    }
    const chunk = Array.from({ length: 40 }, (_, i) => note(1000 + i, paragraphs[i % paragraphs.length]!));
    chunk.forEach((doc) => texts.set(doc.id, doc.text));
    await write(chunk);
    await write([note(5, '哈哈哈哈 城市 更新')]);
    texts.set('note:5', '哈哈哈哈 城市 更新');
    await db.transaction('rw', searchIndexTables(db), () => removeDocuments(db, ['note:7', 'note:1003']));
    texts.delete('note:7');
    texts.delete('note:1003');

    const segments = await db.searchSegments.toArray();
    expect(segments.length).toBeLessThanOrEqual(3);
    expect(segments.filter((segment) => segment.open).length).toBeLessThanOrEqual(1);

    const docs = await db.searchDocs.toArray();
    const idOf = new Map(docs.map((doc) => [doc.n!, doc.id]));
    const scan = (term: string) =>
      [...texts]
        .filter(([, text]) => foldText(text).includes(foldText(term)))
        .map(([id]) => id)
        .sort();
    const search = async (query: string) => (await findDocuments(db, query)).numbers.map((n) => idOf.get(n)!).sort();
    const queries = ['哈哈哈', '哈哈哈哈', '哈哈哈哈哈', '城市', '"城市 更新"', '市', '会议', '许峰', '9月'];
    for (let i = 0; i < 60; i++) {
      const text = [...texts.values()][Math.floor(random() * texts.size)]!;
      const length = 2 + Math.floor(random() * 6);
      const start = Math.floor(random() * Math.max(1, text.length - length));
      const piece = text.slice(start, start + length);
      if (!/["\s]/.test(piece)) queries.push(piece);
    }
    for (const query of queries) expect(await search(query), query).toEqual(scan(query.replace(/"/g, '')));
    expect(await search('哈哈哈哈哈')).toEqual([]);
    expect(await search('"城市 更新"')).toEqual(['note:5']);
  });
});
