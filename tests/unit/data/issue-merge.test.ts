// Merging duplicates: the copy's highlights (re-anchored), note, tags and reviewed events move to
// the issue kept, in one transaction; the rest of the copy is in the Trash; search finds the
// moved notes under the kept issue. Near-duplicates are found by text, not by chance likeness.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { confirmEvent, eventsOfIssue } from '../../../renderer/src/data/repositories/events';
import { createHighlight, issueTextFor, setIssueNote } from '../../../renderer/src/data/repositories/highlights';
import { mergeIssues, nearDuplicatesOf } from '../../../renderer/src/data/repositories/issue-merge';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { listTrash } from '../../../renderer/src/data/repositories/trash';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { corpusText, digestFrom } from '../factories';
import { freshDatabase } from './test-db';

const LAOCHENG = 'laocheng-secretary-meeting-2025-03-13.txt';
let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

async function twoCopies() {
  const original = corpusText(LAOCHENG);
  const keep = await storeIssue(db, digestFrom(original, LAOCHENG));
  const copy = await storeIssue(
    db,
    digestFrom(original.replace('区领导周新', '区领导周鑫').replace('会议强调,', '会议指出并强调,'), 'copy.txt'),
  );
  await storeIssue(db, digestFrom(corpusText('xinhua-district-office-meeting-2024-03-04.txt'), 'xinhua.txt'));
  return { keepId: keep.id, copyId: copy.id };
}

describe('merging duplicates', () => {
  it('finds the near-identical copy of an issue and nothing else', async () => {
    db = await freshDatabase();
    const { keepId, copyId } = await twoCopies();
    expect((await nearDuplicatesOf(db, keepId)).map((found) => found.issue.id)).toEqual([copyId]);
    expect((await nearDuplicatesOf(db, copyId)).map((found) => found.issue.id)).toEqual([keepId]);
  });

  it('keeps the highlights, notes, tags and reviewed events of both', async () => {
    db = await freshDatabase();
    const { keepId, copyId } = await twoCopies();
    const keepText = await issueTextFor(db, keepId);
    const copyText = await issueTextFor(db, copyId);
    const mine = '文旅强区建设';
    await createHighlight(db, {
      issueId: keepId,
      issueText: keepText,
      start: keepText.indexOf(mine),
      end: keepText.indexOf(mine) + mine.length,
      categoryId: 'policy',
    });
    const theirs = '历史文化街区';
    const at = copyText.indexOf(theirs);
    await createHighlight(db, {
      issueId: copyId,
      issueText: copyText,
      start: at,
      end: at + theirs.length,
      categoryId: 'project',
      note: '街区改造进度待查',
    });
    const gone = '周鑫';
    await createHighlight(db, {
      issueId: copyId,
      issueText: copyText,
      start: copyText.indexOf(gone),
      end: copyText.indexOf(gone) + 2,
      categoryId: 'person',
    });
    await setIssueNote(db, keepId, '原稿');
    await setIssueNote(db, copyId, '更正稿:人名有误');
    const [copyEvent] = await eventsOfIssue(db, copyId);
    await confirmEvent(db, copyEvent!.id);

    expect(await mergeIssues(db, keepId, copyId)).toEqual({ highlights: 2, needsReview: 1, events: 1 });

    const highlights = await db.highlights.where('issueId').equals(keepId).toArray();
    // 周鑫 is 周新 in the kept text: placed there for review, not as an exact match.
    const placed = highlights.map((highlight) => [
      highlight.anchor === 'exact' || highlight.anchor === 'moved' ? 'held' : 'review',
      highlight.target.quote.exact,
      keepText.slice(highlight.start, highlight.end),
    ]);
    expect(placed.sort()).toEqual(
      [
        ['held', mine, mine],
        ['held', theirs, theirs],
        ['review', gone, '周新'],
      ].sort(),
    );
    expect((await db.issueNotes.get(keepId))?.text).toBe('原稿\n\n更正稿:人名有误');
    const events = await eventsOfIssue(db, keepId);
    expect(events.filter((event) => event.status !== 'proposed').map((event) => event.id)).toEqual([copyEvent!.id]);
    expect(events.filter((event) => event.blockIndex === events.find((e) => e.id === copyEvent!.id)!.blockIndex)).toHaveLength(1);
    expect(await db.issues.get(copyId)).toBeUndefined();
    expect((await listTrash(db)).map((entry) => entry.issueId)).toEqual([copyId]);
    const found = (await searchLibrary(db, '街区改造进度')).results;
    expect(found.map((result) => [result.kind, result.issueId])).toEqual([['highlight', keepId]]);
    expect((await searchLibrary(db, '人名有误')).results.map((result) => result.issueId)).toEqual([keepId]);
  });
});
