// Looking for the issue an import is a new version of must read a bounded number of stored
// issues, whatever the library's size: a weekly column's title (without its year) is shared by
// hundreds of issues in a team library, and reading all of them on every import chunk made an
// import slower the larger the library (issue 16's scale run: 13 → 8 issues/s from 1,000 to 2,000).
import { afterEach, describe, expect, it } from 'vitest';
import { similarStoredIssues } from '../../../renderer/src/data/repositories/issue-versions';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { databaseCountingReads } from './counting-reads';
import { makeIssueRecord } from '../factories';

let db: ReadoutDatabase;
afterEach(async () => {
  await db.delete();
});

describe('finding the stored versions of an import', () => {
  it('reads a bounded number of issues sharing its title, not all of them', async () => {
    const counting = await databaseCountingReads('issues');
    db = counting.db;
    const column = '市(县)区委书记、市(县)区长一周|9.12-9.18';
    await db.issues.bulkPut(
      Array.from({ length: 300 }, (_, year) => makeIssueRecord({ title: column, published: `${1700 + year}-09-19T08:00:00` })),
    );
    await db.issueTexts.bulkPut(
      (await db.issues.toArray()).map((issue) => ({ issueId: issue.id, blocks: [], sections: [], credits: [], imagePlaceholders: 0 })),
    );
    const before = counting.rowsRead();
    const probe = { origin: 'new.txt', title: column, published: '2026-09-19T08:00:00', text: '城市更新'.repeat(100), contentHash: 'new' };
    await similarStoredIssues(db, [probe, { ...probe, origin: 'other.txt', contentHash: 'other' }]);
    expect(counting.rowsRead() - before).toBeLessThanOrEqual(2 * 25);
  });
});
