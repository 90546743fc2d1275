// The `tag:` filter follows the tag taxonomy: after a tag is renamed, merged or deleted, notes
// and events are found by the tag they now carry and not by the one they lost, because the tag
// lists in their search documents change in the same transaction as the records.
import { describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { confirmEvent, eventsOfIssue, setEventTags } from '../../../renderer/src/data/repositories/events';
import { createHighlight, issueTextFor } from '../../../renderer/src/data/repositories/highlights';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { eventDocId, highlightDocId } from '../../../renderer/src/data/search/search-docs';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import {
  deleteTag,
  ensureTags,
  mergeTags,
  renameTag,
  restoreDeletedTag,
  TagNameTakenError,
} from '../../../renderer/src/data/repositories/tags';
import { freshDatabase } from '../data/test-db';
import { corpusText, digestFrom } from '../factories';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';

/** The sample issue with a noted highlight tagged `highlightTags` and a confirmed event tagged `eventTags`. */
async function taggedSample(db: ReadoutDatabase, highlightTags: string[], eventTags: string[]) {
  const { id: issueId } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
  const issueText = await issueTextFor(db, issueId);
  const start = issueText.indexOf('科创江阴');
  const highlight = await createHighlight(db, {
    issueId,
    issueText,
    start,
    end: start + 4,
    categoryId: 'policy',
    note: '对比宜兴的科创做法',
    tagIds: highlightTags,
  });
  const [event] = await eventsOfIssue(db, issueId);
  await confirmEvent(db, event!.id);
  await setEventTags(db, event!.id, eventTags);
  return { highlightDoc: highlightDocId(highlight.id), eventDoc: eventDocId(event!.id) };
}

async function docIds(db: ReadoutDatabase, query: string): Promise<string[]> {
  return (await searchLibrary(db, query)).results.map((result) => result.docId).sort();
}

/** The tag lists the search documents of highlights and reviewed events carry, by document id. */
async function storedTagLists(db: ReadoutDatabase): Promise<Record<string, string[]>> {
  const docs = await db.searchDocs.filter((doc) => doc.fields?.tagIds !== undefined && !doc.fields.proposed).toArray();
  return Object.fromEntries(docs.map((doc) => [doc.id, doc.fields!.tagIds!]));
}

describe('tag changes and the tag: filter', () => {
  it('finds a renamed tag by its new name only', async () => {
    const db = await freshDatabase();
    const [oldTag] = await ensureTags(db, ['稳增长']);
    const { highlightDoc, eventDoc } = await taggedSample(db, [oldTag!], [oldTag!]);
    expect(await docIds(db, 'tag:稳增长')).toEqual([highlightDoc, eventDoc].sort());
    await renameTag(db, oldTag!, '稳经济');
    expect(await docIds(db, 'tag:稳经济')).toEqual([highlightDoc, eventDoc].sort());
    expect(await docIds(db, 'tag:稳增长')).toEqual([]);
    expect(await docIds(db, '宜兴 tag:稳经济')).toEqual([highlightDoc]);
  });

  it('finds records of a merged-away tag by the tag they were merged into', async () => {
    const db = await freshDatabase();
    const [from, into, other] = await ensureTags(db, ['城市更新行动', '城市更新', '科创']);
    // The highlight has both tags (the merge must not list `into` twice); the event only the merged one.
    const { highlightDoc, eventDoc } = await taggedSample(db, [from!, into!, other!], [from!]);
    expect(await docIds(db, 'tag:城市更新')).toEqual([highlightDoc]);
    await mergeTags(db, from!, into!);
    expect(await docIds(db, 'tag:城市更新')).toEqual([highlightDoc, eventDoc].sort());
    expect(await docIds(db, 'tag:城市更新行动')).toEqual([]);
    expect(await docIds(db, 'tag:城市更新 tag:科创')).toEqual([highlightDoc]);
    expect(await storedTagLists(db)).toEqual({ [highlightDoc]: [into, other], [eventDoc]: [into] });
  });

  it('drops a deleted tag from the documents, so a new tag of the same name finds nothing old', async () => {
    const db = await freshDatabase();
    const [doomed, kept] = await ensureTags(db, ['待删除', '保留']);
    const { highlightDoc, eventDoc } = await taggedSample(db, [doomed!, kept!], [doomed!]);
    await deleteTag(db, doomed!);
    expect(await docIds(db, 'tag:待删除')).toEqual([]);
    expect(await docIds(db, 'tag:保留')).toEqual([highlightDoc]);
    expect(await storedTagLists(db)).toEqual({ [highlightDoc]: [kept], [eventDoc]: [] });
    // A new tag of the deleted name is another tag: the records that had the old one stay unfound.
    const [again] = await ensureTags(db, ['待删除']);
    expect(again).not.toBe(doomed);
    expect(await docIds(db, 'tag:待删除')).toEqual([]);
  });

  it('undoes a deletion: the tag is back on the highlight, the event and their documents, found again', async () => {
    const db = await freshDatabase();
    const [doomed, kept] = await ensureTags(db, ['待删除', '保留']);
    const { highlightDoc, eventDoc } = await taggedSample(db, [doomed!, kept!], [doomed!]);
    const before = { tag: await db.tags.get(doomed!), docs: await storedTagLists(db) };
    const highlightBefore = (await db.highlights.toArray()).map((h) => ({ id: h.id, tagIds: [...(h.tagIds ?? [])].sort() }));
    const deleted = await deleteTag(db, doomed!);
    expect(deleted?.records.map((record) => record.table).sort()).toEqual(['events', 'highlights']);
    await restoreDeletedTag(db, deleted!);
    expect(await db.tags.get(doomed!)).toEqual(before.tag);
    expect(await docIds(db, 'tag:待删除')).toEqual([highlightDoc, eventDoc].sort());
    expect((await db.highlights.toArray()).map((h) => ({ id: h.id, tagIds: [...(h.tagIds ?? [])].sort() }))).toEqual(highlightBefore);
    const after = await storedTagLists(db);
    expect(Object.fromEntries(Object.entries(after).map(([id, tags]) => [id, [...tags].sort()]))).toEqual(
      Object.fromEntries(Object.entries(before.docs).map(([id, tags]) => [id, [...tags].sort()])),
    );
  });

  it('refuses to undo a deletion when a new tag of that name was made in between, changing nothing', async () => {
    const db = await freshDatabase();
    const [doomed] = await ensureTags(db, ['待删除']);
    await taggedSample(db, [doomed!], [doomed!]);
    const deleted = await deleteTag(db, doomed!);
    const [again] = await ensureTags(db, ['待删除']);
    await expect(restoreDeletedTag(db, deleted!)).rejects.toBeInstanceOf(TagNameTakenError);
    expect((await db.tags.toArray()).map((tag) => tag.id)).toEqual([again]);
    expect(await docIds(db, 'tag:待删除')).toEqual([]);
  });
});
