// phrase: finds what contains a lexicon phrase in any spelling the lexicon knows for it. The sample
// (the Wuxi leaders' week of 12–18 September 2022) writes “465”现代产业体系 with curly quotes once;
// the starter lexicon's entry is written with straight quotes, and its variants cover the others.
import { describe, expect, it } from 'vitest';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { parseQuery } from '../../../renderer/src/domain/search/query';
import { freshDatabase } from '../data/test-db';
import { corpusText, digestFrom } from '../factories';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';

async function library() {
  const db = await freshDatabase();
  await seedLexiconOnFirstStart(db);
  const { id } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
  return { db, issueId: id };
}

const issueResults = async (db: Awaited<ReturnType<typeof library>>['db'], query: string) =>
  (await searchLibrary(db, query)).results.filter((result) => result.kind === 'issue');

describe('phrase:', () => {
  it('is read as a filter, quoted or not, with a full-width colon too', () => {
    expect(parseQuery('phrase:城市更新 phrase:“招商 引资” 许峰')).toMatchObject({ phrase: ['城市更新', '招商 引资'], terms: ['许峰'] });
    expect(parseQuery('PHRASE：城市更新').phrase).toEqual(['城市更新']);
  });

  it('finds the issue saying a lexicon phrase, with each occurrence marked', async () => {
    const { db, issueId } = await library();
    const [result] = await issueResults(db, 'phrase:城市更新');
    expect(result?.issueId).toBe(issueId);
    // 城市更新 occurs six times in the sample (counted by reading it).
    expect(result?.matchCount).toBe(6);
    expect(await issueResults(db, 'phrase:城市更新 -城市更新')).toEqual([]);
  });

  it("finds a phrase written with other quotes than the lexicon's entry, or typed without quotes", async () => {
    const { db, issueId } = await library();
    const entry = (await db.lexicon.toArray()).find((candidate) => candidate.phrase.includes('465'));
    expect(entry?.phrase).toBe('"465"现代产业体系');
    expect((await issueResults(db, 'phrase:465现代产业体系'))[0]?.issueId).toBe(issueId);
    expect((await issueResults(db, 'phrase:四六五现代产业体系'))[0]?.issueId).toBe(issueId);
  });

  it("finds text written in an entry's variant, and searches a phrase the lexicon lacks as written", async () => {
    const { db, issueId } = await library();
    // The sample never writes 城市有机更新; an entry with the variant 城市更新 finds it by the variant.
    await db.lexicon.add({
      id: 'organic',
      phrase: '城市有机更新',
      variants: ['城市更新'],
      category: { name: '民生与治理', colour: '#7c3aed' },
      note: '',
      enabled: true,
    });
    expect((await issueResults(db, 'phrase:城市有机更新'))[0]?.issueId).toBe(issueId);
    expect(await issueResults(db, 'phrase:城市无机更新')).toEqual([]);
    expect((await issueResults(db, 'phrase:科创江阴'))[0]?.issueId).toBe(issueId);
  });
});
