// The Trash: an issue moved there is gone from every table and from search, with its text,
// highlights, notes and events kept in the Trash; restoring it brings every record back as it was
// and search finds it again; Delete forever, Empty Trash and the 30-day purge remove it for good.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { confirmEvent, eventsOfIssue } from '../../../renderer/src/data/repositories/events';
import { createHighlight, issueTextFor, setIssueNote } from '../../../renderer/src/data/repositories/highlights';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { deleteTag, ensureTags } from '../../../renderer/src/data/repositories/tags';
import {
  deleteForever,
  emptyTrash,
  listTrash,
  moveIssuesToTrash,
  purgeExpiredTrash,
  restoreFromTrash,
} from '../../../renderer/src/data/repositories/trash';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { corpusText, digestFrom, makeDigest } from '../factories';
import { libraryFingerprint } from '../library-fingerprint';
import { freshDatabase } from './test-db';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';
let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

/** The sample issue with a noted highlight, an issue note and a confirmed event. */
async function annotatedSample() {
  const { id: issueId } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
  const issueText = await issueTextFor(db, issueId);
  const start = issueText.indexOf('科创江阴');
  const [tagId] = await ensureTags(db, ['科创']);
  const highlight = await createHighlight(db, {
    issueId,
    issueText,
    start,
    end: start + 4,
    categoryId: 'policy',
    note: '对比宜兴的科创做法',
    tagIds: [tagId!],
  });
  await setIssueNote(db, issueId, '本期值得跟进');
  const [event] = await eventsOfIssue(db, issueId);
  await confirmEvent(db, event!.id);
  return { issueId, highlight, eventId: event!.id, tagId: tagId! };
}

const kindsFound = async (query: string) => (await searchLibrary(db, query)).results.map((result) => result.kind).sort();

/** The library's records without the search index (rebuilt on restore under new document numbers). */
async function recordsFingerprint() {
  const fingerprint = await libraryFingerprint(db);
  return Object.fromEntries(Object.entries(fingerprint).filter(([table]) => !table.startsWith('search')));
}

describe('the Trash', () => {
  it('takes an issue with everything that hangs on it out of the library and search', async () => {
    db = await freshDatabase();
    const other = await storeIssue(db, makeDigest({ title: '另一期简报' }));
    const { issueId } = await annotatedSample();
    expect(await kindsFound('宜兴的科创')).toEqual(['highlight']);
    expect(await kindsFound('科创江阴')).toEqual(['highlight', 'issue']);

    expect(await moveIssuesToTrash(db, [issueId], new Date('2026-12-01T10:00:00Z'))).toEqual([issueId]);

    expect((await db.issues.toArray()).map((issue) => issue.id)).toEqual([other.id]);
    expect(await db.issueTexts.get(issueId)).toBeUndefined();
    expect(await db.highlights.where('issueId').equals(issueId).count()).toBe(0);
    expect(await db.issueNotes.get(issueId)).toBeUndefined();
    expect(await db.events.where('issueId').equals(issueId).count()).toBe(0);
    expect(await kindsFound('宜兴的科创')).toEqual([]);
    expect(await kindsFound('科创江阴')).toEqual([]);
    expect(await kindsFound('本期值得跟进')).toEqual([]);
    expect(await listTrash(db)).toEqual([
      {
        issueId,
        title: '市(县)区委书记、市(县)区长一周|9.12-9.18',
        trashedAt: '2026-12-01T10:00:00.000Z',
        expiresAt: '2026-12-31T10:00:00.000Z',
      },
    ]);
  });

  it('restores every record as it was, and search finds the issue, its notes and events again', async () => {
    db = await freshDatabase();
    await storeIssue(db, makeDigest({ title: '另一期简报' }));
    const { issueId, eventId } = await annotatedSample();
    const before = await recordsFingerprint();
    await moveIssuesToTrash(db, [issueId]);
    expect(await restoreFromTrash(db, [issueId])).toEqual([{ status: 'restored', issueId }]);
    const after = await recordsFingerprint();
    expect(after).toEqual(before);
    expect(await db.trash.count()).toBe(0);
    expect(await kindsFound('宜兴的科创')).toEqual(['highlight']);
    expect(await kindsFound('科创江阴')).toEqual(['highlight', 'issue']);
    expect(await kindsFound('本期值得跟进')).toEqual(['note']);
    // Every event of the issue is found again: the confirmed one, and the proposals marked so.
    const events = (await searchLibrary(db, 'type:event')).results;
    expect(events.filter((result) => !result.proposed).map((result) => result.docId)).toEqual([`event:${eventId}`]);
    expect(events.length).toBe(await db.events.count());
  });

  it('moves several issues at once, each restorable on its own', async () => {
    db = await freshDatabase();
    const a = await storeIssue(db, makeDigest({ title: '城市更新简报第一期' }));
    const b = await storeIssue(db, makeDigest({ title: '城市更新简报第二期' }));
    await moveIssuesToTrash(db, [a.id, b.id]);
    expect(await db.issues.count()).toBe(0);
    expect((await listTrash(db)).map((entry) => entry.title).sort()).toEqual(['城市更新简报第一期', '城市更新简报第二期']);
    await restoreFromTrash(db, [b.id]);
    expect((await db.issues.toArray()).map((issue) => issue.title)).toEqual(['城市更新简报第二期']);
  });

  it('does not restore over the same text imported again meanwhile, and changes nothing', async () => {
    db = await freshDatabase();
    const digest = makeDigest({ title: '重复导入' });
    const first = await storeIssue(db, digest);
    await moveIssuesToTrash(db, [first.id]);
    const again = await storeIssue(db, digest);
    expect(again.status).toBe('imported');
    const before = await libraryFingerprint(db);
    expect(await restoreFromTrash(db, [first.id])).toEqual([{ status: 'duplicate', issueId: first.id, existingId: again.id }]);
    expect(await libraryFingerprint(db)).toEqual(before);
  });

  it('drops tags deleted while the issue was in the Trash', async () => {
    db = await freshDatabase();
    const { issueId, highlight, tagId } = await annotatedSample();
    await moveIssuesToTrash(db, [issueId]);
    await deleteTag(db, tagId);
    await restoreFromTrash(db, [issueId]);
    expect((await db.highlights.get(highlight.id))?.tagIds).toEqual([]);
  });

  it('deletes for good on request, when emptied, and after 30 days', async () => {
    db = await freshDatabase();
    const ids = [];
    for (const title of ['招商简报一', '招商简报二', '招商简报三', '招商简报四'])
      ids.push((await storeIssue(db, makeDigest({ title }))).id);
    await moveIssuesToTrash(db, [ids[0]!], new Date('2026-10-01T00:00:00Z'));
    await moveIssuesToTrash(db, [ids[1]!, ids[2]!, ids[3]!], new Date('2026-11-20T00:00:00Z'));
    expect(await purgeExpiredTrash(db, new Date('2026-11-25T00:00:00Z'))).toBe(1);
    await deleteForever(db, [ids[1]!]);
    expect((await listTrash(db)).map((entry) => entry.title).sort()).toEqual(['招商简报三', '招商简报四']);
    expect(await restoreFromTrash(db, [ids[0]!])).toEqual([{ status: 'missing', issueId: ids[0] }]);
    await emptyTrash(db);
    expect(await listTrash(db)).toEqual([]);
    expect(await db.issues.count()).toBe(0);
  });
});
