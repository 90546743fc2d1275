// Highlights in the database: made, noted, tagged (and seen under a renamed or merged tag),
// deleted and restored, and re-anchored when their issue's text is replaced.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { categoriesFrom, defaultCategories } from '../../../renderer/src/data/repositories/highlight-categories';
import {
  addTagsToHighlights,
  createHighlight,
  deleteHighlight,
  listIssueHighlights,
  reanchorIssueHighlights,
  restoreHighlight,
  setIssueNote,
  updateHighlight,
} from '../../../renderer/src/data/repositories/highlights';
import { deleteTag, mergeTags, renameTag } from '../../../renderer/src/data/repositories/tags';
import { issueTextOf } from '../../../renderer/src/domain/anchoring';
import { parseDigest } from '../../../renderer/src/domain/digest/parse-digest';
import { corpusText } from '../factories';
import { freshDatabase } from '../data/test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

const text = issueTextOf(parseDigest(corpusText('wuxi-leaders-week-2022-09-12.txt')).blocks);
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('highlights', () => {
  it('keep a category, a note and tags, and follow a tag renamed, merged or deleted', async () => {
    db = await freshDatabase();
    const one = await createHighlight(db, { issueId: 'i1', issueText: text, ...at('城市更新'), categoryId: 'policy' });
    const two = await createHighlight(db, { issueId: 'i1', issueText: text, ...at('招商引资'), categoryId: 'project' });
    await updateHighlight(db, one.id, { note: '重点\n第二行' });
    const [tagId] = await addTagsToHighlights(db, [one.id, two.id], ['城市更新']);
    await renameTag(db, tagId!, '城市有机更新');
    const stored = await listIssueHighlights(db, 'i1');
    expect(stored.map((h) => h.target.quote.exact)).toEqual(['城市更新', '招商引资']);
    expect(stored[0]).toMatchObject({ note: '重点\n第二行', tagIds: [tagId], categoryId: 'policy' });
    expect((await db.tags.get(tagId!))?.name).toBe('城市有机更新');

    const [other] = await addTagsToHighlights(db, [two.id], ['招商']);
    await mergeTags(db, other!, tagId!);
    expect((await db.highlights.get(two.id))?.tagIds).toEqual([tagId]);
    await deleteTag(db, tagId!);
    expect((await db.highlights.toArray()).map((h) => h.tagIds)).toEqual([[], []]);
  });

  it('come back exactly as they were after delete and restore', async () => {
    db = await freshDatabase();
    const made = await createHighlight(db, { issueId: 'i1', issueText: text, ...at('稳经济促增长'), categoryId: 'target', note: 'n' });
    const deleted = await deleteHighlight(db, made.id);
    expect(await db.highlights.count()).toBe(0);
    await restoreHighlight(db, deleted!);
    expect(await db.highlights.get(made.id)).toEqual(made);
  });

  it('re-anchor onto a changed text: moved, flagged or orphaned, never dropped', async () => {
    db = await freshDatabase();
    await createHighlight(db, { issueId: 'i1', issueText: text, ...at('推动城市更新'), categoryId: 'policy' });
    await createHighlight(db, { issueId: 'i1', issueText: text, ...at('营造良好发展环境'), categoryId: 'policy' });
    await createHighlight(db, { issueId: 'i1', issueText: text, ...at('夯实项目支撑'), categoryId: 'policy' });
    const changed = ('导语一段。\n' + text).replace('营造良好发展环境', '营造一流发展环境').replace('夯实项目支撑\n激发强劲动能', '');
    const counts = await db.transaction('rw', db.highlights, db.issueTexts, () => reanchorIssueHighlights(db, 'i1', changed));
    expect(counts).toEqual({ exact: 0, moved: 1, fuzzy: 1, orphaned: 1 });
    const after = await listIssueHighlights(db, 'i1');
    expect(after).toHaveLength(3);
    const moved = after.find((h) => h.anchor === 'moved')!;
    expect(changed.slice(moved.start, moved.end)).toBe('推动城市更新');
    const fuzzy = after.find((h) => h.anchor === 'fuzzy')!;
    expect(changed.slice(fuzzy.start, fuzzy.end)).toBe('营造一流发展环境');
    expect(fuzzy.target.quote.exact).toBe('营造良好发展环境');
    expect(after.find((h) => h.anchor === 'orphaned')?.target.quote.exact).toBe('夯实项目支撑');
  });

  it('re-anchor with the old text: follow the edited copy of a repeated passage, and keep a fuzzy one at its followed place', async () => {
    db = await freshDatabase();
    // The paragraph "城市更新,向美而行。过去一周,…" is repeated at the end of the issue.
    const lineStart = text.lastIndexOf('\n', text.indexOf('城市更新,向美而行')) + 1;
    const paragraph = text.slice(lineStart, text.indexOf('\n', lineStart));
    const v0 = text + '\n' + paragraph;
    const start = v0.indexOf('城市更新,向美而行');
    const made = await createHighlight(db, { issueId: 'i1', issueText: v0, start, end: start + 4, categoryId: 'policy' });
    // The highlighted copy is rewritten around and inside the quote; the copy at the end is not.
    const v1 = v0.replace('城市更新,向美而行。过去一周', '城市有机更新,向善向美。近一周');
    expect(await reanchorIssueHighlights(db, 'i1', v1, v0)).toEqual({ exact: 0, moved: 0, fuzzy: 1, orphaned: 0 });
    const fuzzy = (await db.highlights.get(made.id))!;
    expect(v1.slice(fuzzy.start, fuzzy.end)).toBe('城市有机更新');
    expect(fuzzy.start).toBe(start);
    // A later version adds an introduction: the flagged highlight moves with its text.
    const v2 = '导语。\n' + v1;
    expect(await reanchorIssueHighlights(db, 'i1', v2, v1)).toEqual({ exact: 0, moved: 0, fuzzy: 1, orphaned: 0 });
    const followed = (await db.highlights.get(made.id))!;
    expect(followed).toMatchObject({ anchor: 'fuzzy', start: start + 4, end: start + 10 });
    expect(followed.target.quote.exact).toBe('城市更新');
  });

  it('have an issue note, removed when emptied', async () => {
    db = await freshDatabase();
    await setIssueNote(db, 'i1', '本期重点:城市更新');
    expect((await db.issueNotes.get('i1'))?.text).toBe('本期重点:城市更新');
    await setIssueNote(db, 'i1', '  ');
    expect(await db.issueNotes.get('i1')).toBeUndefined();
  });
});

describe('highlight categories', () => {
  it('fall back to their defaults for anything malformed', () => {
    expect(categoriesFrom(undefined)).toEqual(defaultCategories());
    const stored = categoriesFrom([
      { id: 'risk', color: '#000000', names: { en: ' Danger ', 'zh-CN': 5 } },
      { id: 'nope' },
      { id: 'policy', color: 'red' },
    ]);
    expect(stored.find((c) => c.id === 'risk')).toEqual({ id: 'risk', color: '#000000', names: { en: 'Danger' } });
    expect(stored.find((c) => c.id === 'policy')?.color).toBe(defaultCategories()[0]!.color);
    expect(stored).toHaveLength(6);
  });
});
