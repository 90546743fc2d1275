// The recall test: over the whole corpus plus a seeded synthetic library, stored through the
// app's own import path (so indexed in the same transaction), a few hundred queries drawn from
// the text itself must return exactly what a brute-force scan of the folded text returns.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { storeIssues } from '../../../renderer/src/data/repositories/issues';
import { personSearchText, searchTargetOf } from '../../../renderer/src/data/search/search-docs';
import { findDocuments } from '../../../renderer/src/data/search/search-engine';
import { indexDocuments, searchIndexTables } from '../../../renderer/src/data/search/search-index';
import { issueSearchText } from '../../../renderer/src/domain/search/documents';
import { foldText } from '../../../renderer/src/domain/search/fold';
import { corpusParagraphs, mulberry32, syntheticLibrary } from '../../bench/synthetic-library';
import { freshDatabase } from '../data/test-db';
import { corpusDir, corpusText, digestFrom } from '../factories';

const SYNTHETIC_COUNT = 120;
let db: ReadoutDatabase;
/** doc number → folded searchable text, the brute-force scan's view of the library. */
const folded = new Map<number, string>();

beforeAll(async () => {
  db = await freshDatabase();
  const names = readdirSync(corpusDir).filter((name) => name !== 'README.md');
  const txt = names.filter((name) => name.endsWith('.txt'));
  const corpusTexts = txt.map((name) => corpusText(name));
  const digests = txt.map((name, index) => digestFrom(corpusTexts[index]!, name));
  const synthetic = syntheticLibrary(SYNTHETIC_COUNT, corpusParagraphs(corpusTexts), 4242).map((issue) =>
    digestFrom(issue.text, issue.name),
  );
  await storeIssues(db, [...digests, ...synthetic]);
  // The HTML articles of the corpus as plain-text documents (tags stripped), so the whole corpus is searched.
  const html = names.filter((name) => name.endsWith('.html'));
  await db.transaction('rw', searchIndexTables(db), () =>
    indexDocuments(
      db,
      html.map((name) => ({ id: `note:${name}`, kind: 'note' as const, text: corpusText(name).replace(/<[^>]*>/g, ' ') })),
    ),
  );
  for (const doc of await db.searchDocs.toArray()) {
    if (doc.kind === 'issue') {
      const [issue, text] = [await db.issues.get(doc.issueId!), await db.issueTexts.get(doc.issueId!)];
      folded.set(doc.n!, foldText(issueSearchText(issue!.title, text!.blocks).text));
    } else if (doc.kind === 'person') {
      // A person's text is made from their record, not kept in the index's row.
      const target = searchTargetOf(doc.id);
      const person = target.kind === 'person' ? await db.people.get(target.personId) : undefined;
      folded.set(doc.n!, foldText(personSearchText(person!)));
    } else folded.set(doc.n!, foldText(doc.text!));
  }
}, 120_000);

function bruteForce(term: string): number[] {
  const needle = foldText(term);
  return [...folded].filter(([, text]) => text.includes(needle)).map(([n]) => n);
}

/** Seeded queries drawn from the texts: substrings of 2–8 characters, single characters, names, digit runs. */
function drawnQueries(count: number): string[] {
  const random = mulberry32(99);
  const texts = [...folded.values()];
  const queries = new Set<string>();
  while (queries.size < count) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const length = queries.size % 10 === 0 ? 1 : 2 + Math.floor(random() * 7);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    const piece = text.slice(start, start + length);
    if (piece.length === length && !/\s/.test(piece)) queries.add(piece);
  }
  for (const text of texts.slice(0, 40)) {
    for (const match of text.matchAll(/(?:书记|区长|市长|县长)([\u4e00-\u9fa5]{2,3})(?:主持|调研|率队|出席)/g)) queries.add(match[1]!);
    for (const match of text.matchAll(/\d{2,}/g)) queries.add(match[0]);
  }
  return [...queries];
}

describe('search recall and precision against a brute-force scan', () => {
  it('returns exactly the brute-force hits for a few hundred queries drawn from the text', async () => {
    const queries = drawnQueries(320);
    expect(queries.length).toBeGreaterThan(350);
    let withHits = 0;
    for (const query of queries) {
      const expected = bruteForce(query);
      if (query.includes('"')) continue;
      const { numbers } = await findDocuments(db, `"${query}"`);
      expect(numbers, query).toEqual(expected);
      if (expected.length > 0) withHits += 1;
    }
    expect(withHits).toBeGreaterThan(300);
  }, 120_000);

  it('finds nothing for strings the library does not contain', async () => {
    for (const absent of ['城市更新招商', '许峰峰', 'qzqz', '465465']) {
      expect(bruteForce(absent)).toEqual([]);
      expect((await findDocuments(db, absent)).numbers).toEqual([]);
    }
  });

  it('finds "465" (Latin/digit run inside Chinese) in the Wuxi week and equals the scan', async () => {
    const { numbers } = await findDocuments(db, '465');
    expect(numbers).toEqual(bruteForce('465'));
    const ids = (await db.searchDocs.bulkGet(numbers)).map((doc) => doc?.issueId);
    const wuxi = await db.issues.filter((issue) => issue.origin === 'wuxi-leaders-week-2022-09-12.txt').first();
    expect(ids).toContain(wuxi!.id);
  });
});

describe('traditional, simplified and pinyin', () => {
  const huaibeiId = async () => (await db.issues.filter((issue) => issue.origin.startsWith('huaibei')).first())!.id;
  const issueIdsOf = async (query: string) =>
    (await db.searchDocs.bulkGet((await findDocuments(db, query)).numbers)).map((doc) => doc?.issueId);

  it('finds the traditional-script Huaibei chronicle with simplified queries', async () => {
    // The text reads "市委副書記、市長覃衛(wèi)國在淮北分會場" (a reading in brackets after 衛) and "“雙招雙引”".
    expect(await issueIdsOf('市长覃卫')).toContain(await huaibeiId());
    expect(await issueIdsOf('淮北分会场')).toContain(await huaibeiId());
    expect(await issueIdsOf('双招双引')).toContain(await huaibeiId());
  });

  it('finds simplified text with a traditional query, and full-width forms with half-width ones', async () => {
    const simplified = await issueIdsOf('推动城市更新');
    expect(simplified.length).toBeGreaterThan(0);
    expect(await issueIdsOf('推動城市更新')).toEqual(simplified);
    expect(await issueIdsOf('城巿更新')).toEqual([]); // 巿 (fú) is a different character, not folded
    const digits = await issueIdsOf('465');
    expect(digits.length).toBeGreaterThan(0);
    expect(await issueIdsOf('４６５')).toEqual(digits);
  });

  it('finds the name 许峰 and the phrase 城市更新 by pinyin and by initials', async () => {
    const wuxi = (await db.issues.filter((issue) => issue.origin === 'wuxi-leaders-week-2022-09-12.txt').first())!.id;
    expect(await issueIdsOf('xufeng')).toContain(wuxi);
    expect(await issueIdsOf('chengshigengxin')).toContain(wuxi);
    expect(await issueIdsOf('csgx')).toContain(wuxi);
    const found = await findDocuments(db, 'xufeng');
    expect([...found.foundBy.values()].flat()).toContain('许峰');
  });

  it('finds phrases by their initials, not only names: zsyz is 招商引资, wzz is 稳增长', async () => {
    // The Wuxi week reads "招商引资取得新成果" in its introduction and "稳增长" in a heading.
    for (const [initials, phrase] of [
      ['zsyz', '招商引资'],
      ['wzz', '稳增长'],
    ] as const) {
      const found = await findDocuments(db, initials);
      expect([...found.foundBy.values()].flat()).toContain(phrase);
    }
  });
});
