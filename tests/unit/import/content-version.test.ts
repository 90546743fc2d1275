// A new version recognised by its content: an issue without series and period (most real
// imports) re-imported with small edits — under its file name or another, with its title or
// publish time — is offered as a new version, and Replace re-anchors its highlights. A different
// report of the same day is not a version, and an unchanged text stays a duplicate.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { createHighlight, issueTextFor } from '../../../renderer/src/data/repositories/highlights';
import { resolveNewVersion, runImport, sourceFromPastedText } from '../../../renderer/src/ui/features/import/run-import';
import { jaccard, SAME_TEXT_SIMILARITY, shingles } from '../../../renderer/src/domain/text/similarity';
import { freshDatabase } from '../data/test-db';
import { corpusText } from '../factories';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

const LAOCHENG = 'laocheng-secretary-meeting-2025-03-13.txt';
const signal = () => new AbortController().signal;
const importText = (name: string, text: string) => runImport(db, [sourceFromPastedText(name, text)], () => {}, signal());

describe('a new version recognised by its content', () => {
  it('offers an edited sectionless issue as a new version, and Replace keeps its highlights on their text', async () => {
    db = await freshDatabase();
    const original = corpusText(LAOCHENG);
    const [first] = await importText(LAOCHENG, original);
    expect(first?.result).toBe('imported');
    const issueId = first!.result === 'imported' ? first!.issueId : '';
    const issue = await db.issues.get(issueId);
    expect(issue).toMatchObject({ series: null, periodStart: null });
    const oldText = await issueTextFor(db, issueId);
    const phrase = '文旅产业高质量发展';
    const at = oldText.indexOf(phrase);
    await createHighlight(db, { issueId, issueText: oldText, start: at, end: at + phrase.length, categoryId: 'policy' });

    // The analyst's corrected copy: a name fixed and a sentence added before the highlight, under a new file name.
    const edited = original.replace('区领导周新', '区领导周鑫').replace('会议强调,', '会议指出并强调,');
    const [held] = await importText('laocheng-corrected.txt', edited);
    expect(held).toMatchObject({ result: 'newVersion', issueId });
    expect(await db.issues.count()).toBe(1);

    await resolveNewVersion(db, held as Extract<typeof held, { result: 'newVersion' }>, 'replace');
    const newText = await issueTextFor(db, issueId);
    expect(newText).toContain('周鑫');
    const [highlight] = await db.highlights.where('issueId').equals(issueId).toArray();
    expect(highlight?.anchor).not.toBe('orphaned');
    expect(newText.slice(highlight!.start, highlight!.end)).toBe(phrase);
  });

  it('does not take another report of the same day for a version, and an unchanged copy is a duplicate', async () => {
    db = await freshDatabase();
    const original = corpusText(LAOCHENG);
    await importText(LAOCHENG, original);
    // Same file name and publish line, a different meeting.
    const other = original.replace(/3月13日下午[\s\S]*$/u, '3月14日上午,区长主持召开区政府常务会议,研究部署春季植树造林和森林防火工作。\n');
    const [different] = await importText(LAOCHENG, other);
    expect(different?.result).toBe('imported');
    const [again] = await importText('copy.txt', original);
    expect(again?.result).toBe('duplicate');
  });

  it('does not judge stubs of a sentence by likeness', async () => {
    db = await freshDatabase();
    await importText('Pasted text', '没有日期的第一期\n\n区委书记李四调研重点项目建设情况。\n');
    const [second] = await importText('Pasted text', '没有日期的第二期\n\n区委书记李四调研重点项目建设情况。\n');
    expect(second?.result).toBe('imported');
  });

  it('uses a threshold far from both distinct corpus texts and lightly edited copies', () => {
    const a = shingles(corpusText(LAOCHENG));
    const b = shingles(corpusText('xinhua-district-office-meeting-2024-03-04.txt'));
    expect(jaccard(a, b)).toBeLessThan(SAME_TEXT_SIMILARITY / 5);
    expect(jaccard(a, shingles(corpusText(LAOCHENG).replace('区领导周新', '区领导周鑫')))).toBeGreaterThan(0.9);
  });
});
