// Edit details: corrected title, series, period, publish time and source are stored, found by
// search (the old title no longer is), date the issue's notes, and survive a new version of the
// text; bad details are refused and change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import type { IssueDetails } from '../../../renderer/src/data/records';
import { createHighlight, issueTextFor } from '../../../renderer/src/data/repositories/highlights';
import { updateIssueDetails } from '../../../renderer/src/data/repositories/issue-details';
import { replaceIssueText } from '../../../renderer/src/data/repositories/issue-versions';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { corpusText, digestFrom } from '../factories';
import { libraryFingerprint } from '../library-fingerprint';
import { freshDatabase } from './test-db';

const SAMPLE = 'wuxi-leaders-week-2022-09-12.txt';
let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

const corrected: IssueDetails = {
  title: '无锡书记市长一周(9月第3周)',
  series: '书记市长一周',
  periodStart: '2022-09-13',
  periodEnd: '2022-09-19',
  published: '2022-09-20T08:00:00',
  source: '无锡日报',
};

const notesFound = async (query: string) => (await searchLibrary(db, `${query} kind:note`)).total;
const titlesFound = async (query: string) => (await searchLibrary(db, query)).results.filter((result) => result.kind === 'issue').length;

describe('editing an issue’s details', () => {
  it('stores them, search follows, and notes take the new day', async () => {
    db = await freshDatabase();
    const { id } = await storeIssue(db, digestFrom(corpusText(SAMPLE), SAMPLE));
    const issueText = await issueTextFor(db, id);
    const at = issueText.indexOf('科创江阴');
    await createHighlight(db, { issueId: id, issueText, start: at, end: at + 4, categoryId: 'policy', note: '对比宜兴' });
    expect(await titlesFound('第3周')).toBe(0);
    expect(await notesFound('宜兴 from:2022-09-13 to:2022-09-13')).toBe(0);

    const result = await updateIssueDetails(db, id, { ...corrected, title: `  ${corrected.title} `, source: ' 无锡日报 ' });
    expect(result.ok).toBe(true);
    expect(await db.issues.get(id)).toMatchObject({ ...corrected, edited: corrected });
    expect(await titlesFound('第3周')).toBe(1);
    expect(await titlesFound('第3周 from:2022-09-13 to:2022-09-13')).toBe(1);
    expect(await notesFound('宜兴 from:2022-09-13 to:2022-09-13')).toBe(1);
    expect(await notesFound('宜兴 to:2022-09-12')).toBe(0);
  });

  it('marks only what changed as edited', async () => {
    db = await freshDatabase();
    const { id } = await storeIssue(db, digestFrom(corpusText(SAMPLE), SAMPLE));
    const issue = (await db.issues.get(id))!;
    await updateIssueDetails(db, id, { ...issue, source: '无锡日报' });
    expect((await db.issues.get(id))?.edited).toEqual({ source: '无锡日报' });
  });

  it('keeps the edits when a new version of the text replaces the old', async () => {
    db = await freshDatabase();
    const original = corpusText(SAMPLE);
    const { id } = await storeIssue(db, digestFrom(original, SAMPLE));
    await updateIssueDetails(db, id, corrected);
    await replaceIssueText(db, id, digestFrom(original.replace('锚定全年目标', '锚定全年目标任务'), 'v2.txt'));
    expect(await db.issues.get(id)).toMatchObject(corrected);
    expect(await titlesFound('第3周')).toBe(1);
  });

  it('refuses an empty title, a bad day or a period ending before it starts, and changes nothing', async () => {
    db = await freshDatabase();
    const { id } = await storeIssue(db, digestFrom(corpusText(SAMPLE), SAMPLE));
    const before = await libraryFingerprint(db);
    expect(await updateIssueDetails(db, id, { ...corrected, title: '  ' })).toEqual({ ok: false, problem: 'emptyTitle' });
    expect(await updateIssueDetails(db, id, { ...corrected, periodEnd: '2022-09-01' })).toEqual({ ok: false, problem: 'periodOrder' });
    expect(await updateIssueDetails(db, id, { ...corrected, periodStart: '9月13日' })).toEqual({ ok: false, problem: 'badDate' });
    expect(await updateIssueDetails(db, 'no-such-issue', corrected)).toEqual({ ok: false, problem: 'missing' });
    expect(await libraryFingerprint(db)).toEqual(before);
  });
});
