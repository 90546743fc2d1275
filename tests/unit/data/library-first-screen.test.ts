// The library's first screenful, read through the publish-date index: it must hold exactly the
// issues the full sort puts on top (ties on the last date included), and everything when too few
// issues are dated to fill it. And the Phrase filter's choices: how many issues say each phrase.
import { afterEach, describe, expect, it } from 'vitest';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { lexiconWithIssueCounts } from '../../../renderer/src/data/lexicon/phrase-counts';
import { newestPublishedIssues } from '../../../renderer/src/data/repositories/library-first-screen';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { moveIssuesToTrash } from '../../../renderer/src/data/repositories/trash';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { sortIssues } from '../../../renderer/src/ui/features/library/sort-issues';
import { corpusText, digestFrom, makeIssueRecord } from '../factories';
import { freshDatabase } from './test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db.delete();
});

const day = (n: number) => `2024-01-${String(n).padStart(2, '0')}T08:00:00`;

describe('the library first screen', () => {
  it('holds the issues the full publish-date order puts first, ties on the last date included', async () => {
    db = await freshDatabase();
    // 30 issues on 30 days, then four more on the 5th (the tie), and undated ones.
    const issues = [
      ...Array.from({ length: 30 }, (_, i) => makeIssueRecord({ published: day(i + 1) })),
      ...Array.from({ length: 4 }, () => makeIssueRecord({ published: day(5) })),
      ...Array.from({ length: 5 }, () => makeIssueRecord({ published: null })),
    ];
    await db.issues.bulkPut(issues);
    const firstScreen = await newestPublishedIssues(db, 27);
    const top = sortIssues(issues, 'published').slice(0, 27);
    expect(sortIssues(firstScreen, 'published').slice(0, 27)).toEqual(top);
    // It reads no more than the dates on and after the 27th newest (the 5th), not the whole library.
    expect(firstScreen).toHaveLength(26 + 4);
  });

  it('is every issue when fewer than a screenful are dated', async () => {
    db = await freshDatabase();
    const issues = [makeIssueRecord({ published: day(2) }), makeIssueRecord({ published: null }), makeIssueRecord({ published: null })];
    await db.issues.bulkPut(issues);
    const firstScreen = await newestPublishedIssues(db, 40);
    expect(sortIssues(firstScreen, 'published')).toEqual(sortIssues(issues, 'published'));
    await db.issues.clear();
    expect(await newestPublishedIssues(db, 40)).toEqual([]);
  });
});

describe('the Phrase filter choices', () => {
  it('count the issues that say each phrase, not those in the Trash', async () => {
    db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    // Read off the texts: the Wuxi week says 高质量发展 (3×) and 城市更新 (6×); the Laocheng meeting
    // says 高质量发展 (3×) and never 城市更新.
    const wuxi = await storeIssue(db, digestFrom(corpusText('wuxi-leaders-week-2022-09-12.txt'), 'wuxi.txt'));
    await storeIssue(db, digestFrom(corpusText('laocheng-secretary-meeting-2025-03-13.txt'), 'laocheng.txt'));
    const issuesSaying = async (phrase: string) => (await lexiconWithIssueCounts(db)).find((entry) => entry.phrase === phrase)?.issues;
    expect(await issuesSaying('高质量发展')).toBe(2);
    expect(await issuesSaying('城市更新')).toBe(1);
    await moveIssuesToTrash(db, [wuxi.id]);
    expect(await issuesSaying('高质量发展')).toBe(1);
    expect(await issuesSaying('城市更新')).toBe(0);
  });
});
