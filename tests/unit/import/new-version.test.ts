// A new version of an issue already in the library (same series and period, different text)
// waits in the report; Replace puts its text in place of the old one under the same issue id,
// re-anchoring highlights (orphans kept for review, none dropped); Keep both imports it beside.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { createHighlight, issueTextFor } from '../../../renderer/src/data/repositories/highlights';
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
