// A whole-library export holds every issue, those without a publish date too (last, and said so):
// an IndexedDB index leaves records without its key out, which once dropped them silently.
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../renderer/src/data/export/build-export-model';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { briefDocx } from '../../../renderer/src/domain/export/docx';
import { holdingsOf } from '../../../renderer/src/domain/export/holdings';
import { englishExportLabels as labels } from '../../../renderer/src/domain/export/labels';
import { inLibraryOrder } from '../../../renderer/src/domain/export/library-order';
import { briefMarkdown } from '../../../renderer/src/domain/export/markdown';
import type { ExportSpec } from '../../../renderer/src/domain/export/spec';
import { freshDatabase } from '../data/test-db';
import { digestFrom, makeIssueRecord } from '../factories';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

const wholeLibrary: ExportSpec = {
  title: '文库简报',
  language: 'en',
  scope: { kind: 'library' },
  content: { highlights: true, notes: true, events: true, issueNotes: true },
  filters: {},
};

/** A digest with a publish line, and one whose text gives no date at all. */
const dated = (title: string, published: string) =>
  digestFrom(`${title}\n\n${published}\n\n9月12日,区委书记张三主持召开会议。\n`, `${title}.txt`);
const undated = (title: string) => digestFrom(`${title}\n\n区委书记李四调研重点项目建设情况。\n`, `${title}.txt`);

describe('the order of a whole-library export', () => {
  it('puts dated issues first by publish time, then undated ones by period, then import time', () => {
    const issues = [
      makeIssueRecord({ id: 'no-date-late-import', importedAt: '2024-03-02T00:00:00.000Z' }),
      makeIssueRecord({ id: 'sept-19', published: '2022-09-19T14:38:35' }),
      makeIssueRecord({ id: 'no-date-with-period', periodStart: '2022-08-01', importedAt: '2024-03-03T00:00:00.000Z' }),
      makeIssueRecord({ id: 'no-date-early-import', importedAt: '2024-03-01T00:00:00.000Z' }),
      makeIssueRecord({ id: 'sept-12', published: '2022-09-12T09:00:00' }),
    ];
    expect(inLibraryOrder(issues).map((issue) => issue.id)).toEqual([
      'sept-12',
      'sept-19',
      'no-date-with-period',
      'no-date-early-import',
      'no-date-late-import',
    ]);
  });
});

describe('a whole-library export of a library with undated issues', () => {
  it('holds every issue, the undated ones last, and counts them', async () => {
    db = await freshDatabase();
    await storeIssue(db, undated('无日期的第一期'));
    await storeIssue(db, dated('九月十九日一期', '2022-09-19 14:38:35'));
    await storeIssue(db, undated('无日期的第二期'));
    await storeIssue(db, dated('九月十二日一期', '2022-09-12 09:00:00'));
    expect((await db.issues.toArray()).filter((issue) => !issue.published)).toHaveLength(2);

    const model = await buildExportModel(db, wholeLibrary, labels, 'The whole library');
    const titles = model.issues.map((issue) => issue.title);
    expect(titles.slice(0, 2)).toEqual(['九月十二日一期', '九月十九日一期']);
    expect(titles.slice(2).sort()).toEqual(['无日期的第一期', '无日期的第二期']);
    expect(holdingsOf(model)).toMatchObject({ issues: 4, undated: 2 });

    const markdown = briefMarkdown(model, labels);
    for (const title of titles) expect(markdown).toContain(`## ${title}`);
    expect(markdown).toContain('Holds: 4 issues (2 without a publish date, listed last)');

    const { value: word } = await mammoth.extractRawText({ buffer: Buffer.from(await briefDocx(model, labels)) });
    for (const title of titles) expect(word).toContain(title);
    expect(word).toContain('Holds: 4 issues (2 without a publish date, listed last)');
  });

  it('says what it holds when every issue has a date', async () => {
    db = await freshDatabase();
    await storeIssue(db, dated('九月十二日一期', '2022-09-12 09:00:00'));
    const model = await buildExportModel(db, wholeLibrary, labels, 'The whole library');
    expect(briefMarkdown(model, labels)).toContain('Holds: 1 issue, 0 highlights, 0 events');
  });
});
