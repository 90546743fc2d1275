// A new version of an issue already in the library (same series and period, different text)
// waits in the report; Replace puts its text in place of the old one under the same issue id,
// re-anchoring highlights (orphans kept for review, none dropped) and proposing its events again
// (the analyst's reviewed events re-attached or listed for review); Keep both imports it beside.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { createHighlight, issueTextFor } from '../../../renderer/src/data/repositories/highlights';
import { confirmEvent, editEvent, eventsOfIssue } from '../../../renderer/src/data/repositories/events';
import { replaceIssueText } from '../../../renderer/src/data/repositories/issue-versions';
import { resolveNewVersion, runImport, sourceFromPastedText } from '../../../renderer/src/ui/features/import/run-import';
import { freshDatabase } from '../data/test-db';
import { corpusText } from '../factories';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

const SAMPLE = 'wuxi-leaders-week-2022-09-12.txt';
const signal = () => new AbortController().signal;

async function importText(name: string, text: string) {
  return runImport(db, [sourceFromPastedText(name, text)], () => {}, signal());
}

describe('a new version of a stored issue', () => {
  it('is held for the user, then replaces the old text with highlights re-anchored', async () => {
    db = await freshDatabase();
    const original = corpusText(SAMPLE);
    const [first] = await importText('v1.txt', original);
    expect(first?.result).toBe('imported');
    const issueId = first!.result === 'imported' ? first!.issueId : '';

    // Highlight a phrase that the new version keeps, and one that it rewrites.
    const oldText = await issueTextFor(db, issueId);
    const kept = '锚定全年目标';
    const keptAt = oldText.indexOf(kept);
    const dropped = '孙海东';
    const droppedAt = oldText.indexOf(dropped);
    expect(keptAt).toBeGreaterThan(0);
    expect(droppedAt).toBeGreaterThan(0);
    await createHighlight(db, { issueId, issueText: oldText, start: keptAt, end: keptAt + kept.length, categoryId: 'policy' });
    await createHighlight(db, { issueId, issueText: oldText, start: droppedAt, end: droppedAt + dropped.length, categoryId: 'person' });

    // The corrected edition: a different text of the same column and week.
    const revised = original.replaceAll('孙海东', '某某').replace(kept, `${kept}（更正版）`);
    const [held] = await importText('v2.txt', revised);
    expect(held).toMatchObject({ name: 'v2.txt', result: 'newVersion', issueId });
    expect(await db.issues.count()).toBe(1);

    const settled = await resolveNewVersion(db, held as Extract<typeof held, { result: 'newVersion' }>, 'replace');
    expect(settled).toMatchObject({ name: 'v2.txt', result: 'updated', issueId });
    expect(await db.issues.count()).toBe(1);
    const newText = await issueTextFor(db, issueId);
    expect(newText).toContain('（更正版）');
    expect(newText).not.toContain('孙海东');

    const highlights = await db.highlights.where('issueId').equals(issueId).toArray();
    expect(highlights).toHaveLength(2);
    const keptHighlight = highlights.find((highlight) => highlight.categoryId === 'policy')!;
    expect(newText.slice(keptHighlight.start, keptHighlight.end)).toBe(kept);
    // The name no longer in the text: kept, marked for review, not dropped.
    expect(highlights.find((highlight) => highlight.categoryId === 'person')?.anchor).toBe('orphaned');

    // The same revised text again is now a plain duplicate.
    const [again] = await importText('v2-copy.txt', revised);
    expect(again).toMatchObject({ result: 'duplicate', issueId });
  });

  it('proposes its events from the new text and keeps the reviewed ones, re-attached or listed for review', async () => {
    db = await freshDatabase();
    const original = corpusText(SAMPLE);
    const [first] = await importText('v1.txt', original);
    const issueId = first!.result === 'imported' ? first!.issueId : '';
    const before = await eventsOfIssue(db, issueId);
    const eventOf = (name: string) => before.find((event) => event.officials.some((official) => official.name === name))!;
    // The analyst confirms 朱刚's meeting (a paragraph the new version keeps word for word) and
    // edits 孙海东's inspection (a paragraph the new version rewrites).
    const zhuGang = eventOf('朱刚');
    const sunHaidong = eventOf('孙海东');
    await confirmEvent(db, zhuGang.id);
    await editEvent(db, sunHaidong.id, { summary: '孙海东调研蠡园开发区集成电路企业' });

    // The corrected edition drops 许峰's meeting (lines 21–24 of the file: its two paragraphs)
    // and names another district secretary, 吴立新, where 孙海东 was.
    const lines = original.split('\n');
    expect(lines[20]).toContain('许峰主持召开江阴社会主义现代化建设工作推进会');
    const revised = [...lines.slice(0, 20), ...lines.slice(24)].join('\n').replaceAll('孙海东', '吴立新');
    const [held] = await importText('v2.txt', revised);
    expect(held?.result).toBe('newVersion');
    const result = await replaceIssueText(db, issueId, (held as Extract<typeof held, { result: 'newVersion' }>).digest);
    // Proposed again: every event of the old text but 许峰's and the two reviewed, plus 吴立新's.
    expect(result.events).toEqual({ proposed: before.length - 3 + 1, reattached: 1, needReview: 1 });

    const blocks = (await db.issueTexts.get(issueId))!.blocks;
    const after = await eventsOfIssue(db, issueId);
    const proposed = after.filter((event) => event.status === 'proposed');
    const names = proposed.flatMap((event) => event.officials.map((official) => official.name));
    // The old text's proposals are gone: none for the dropped meeting or the renamed official.
    expect(names).not.toContain('许峰');
    expect(names).not.toContain('孙海东');
    // Each proposal stands on the paragraphs of the new text that name its officials.
    for (const event of proposed) {
      const read = event.blockIndexes.map((index) => blocks[index]!.text).join('\n');
      for (const official of event.officials) expect(read).toContain(official.name);
    }
    const wuLixin = proposed.find((event) => event.officials.some((official) => official.name === '吴立新'));
    expect(blocks[wuLixin!.blockIndex]!.text).toMatch(/^9月14日,滨湖区委书记吴立新率队深入蠡园开发区/);

    // The confirmed meeting follows its paragraph, two paragraphs (four lines) earlier now, and
    // nothing is proposed beside it; its search document leads to the new place.
    const confirmed = after.find((event) => event.id === zhuGang.id)!;
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.lostParagraphs).toBeUndefined();
    expect(blocks[confirmed.blockIndex]!.text).toMatch(/^9月16日下午,梁溪区委书记朱刚主持召开全区经济运行调度会/);
    expect(confirmed.blockIndex).toBe(zhuGang.blockIndex - 2);
    expect(confirmed.line).toBe(25);
    expect(after.filter((event) => event.blockIndex === confirmed.blockIndex)).toHaveLength(1);
    const doc = await db.searchDocs.where('id').equals(`event:${zhuGang.id}`).first();
    expect(doc?.blockIndex).toBe(confirmed.blockIndex);

    // The edited inspection's paragraph is not in the new text: kept as the analyst left it,
    // with the paragraph it was read from, for review.
    const edited = after.find((event) => event.id === sunHaidong.id)!;
    expect(edited).toMatchObject({ status: 'edited', summary: '孙海东调研蠡园开发区集成电路企业' });
    // The inspection was read from its paragraph and the next one, both naming 孙海东.
    expect(edited.lostParagraphs).toHaveLength(2);
    expect(edited.lostParagraphs![0]).toMatch(/^9月14日,滨湖区委书记孙海东率队深入蠡园开发区调研集成电路相关企业/);
    expect(edited.lostParagraphs![1]).toMatch(/^孙海东在会议上充分肯定了近年来集成电路产业发展的成效/);
    // One meeting fewer (许峰's), one inspection more (吴立新's, proposed; 孙海东's stays for review).
    expect(after).toHaveLength(before.length);
  });

  it('can be kept beside the old issue instead', async () => {
    db = await freshDatabase();
    const original = corpusText(SAMPLE);
    await importText('v1.txt', original);
    const [held] = await importText('v2.txt', original.replace('图片', '图片说明'));
    expect(held?.result).toBe('newVersion');
    const settled = await resolveNewVersion(db, held as Extract<typeof held, { result: 'newVersion' }>, 'keep-both');
    expect(settled.result).toBe('imported');
    expect(await db.issues.count()).toBe(2);
  });
});
