// A brief with the lexicon chosen: a table of its phrases over the exported issues, and a line per
// issue. Counted by reading: the sample (Wuxi leaders' week, 12–18 September 2022) says 项目建设 7
// times, 城市更新 6 times and 高质量发展 3 times; the Laocheng secretary's meeting of 13 March 2025
// says 高质量发展 3 times and neither of the others.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../renderer/src/data/export/build-export-model';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { briefDocx } from '../../../renderer/src/domain/export/docx';
import { englishExportLabels as labels } from '../../../renderer/src/domain/export/labels';
import { briefMarkdown } from '../../../renderer/src/domain/export/markdown';
import { trendSvg } from '../../../renderer/src/domain/export/trend-svg';
import type { ExportSpec } from '../../../renderer/src/domain/export/spec';
import { freshDatabase } from '../data/test-db';
import { corpusText, digestFrom } from '../factories';

let db: ReadoutDatabase;
/** A valid 1×1 PNG: the chart as Word gets it, which a browser draws from the SVG (svg-to-png.ts) and node cannot. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
afterEach(async () => {
  await db?.delete();
});

const spec = (lexicon: boolean): ExportSpec => ({
  title: '政策用语简报',
  language: 'en',
  scope: { kind: 'library' },
  content: { highlights: true, notes: true, events: false, issueNotes: true, lexicon },
  filters: {},
});

async function twoIssues() {
  db = await freshDatabase();
  await seedLexiconOnFirstStart(db);
  for (const name of ['wuxi-leaders-week-2022-09-12.txt', 'laocheng-secretary-meeting-2025-03-13.txt'])
    await storeIssue(db, digestFrom(corpusText(name), name));
}

describe('the lexicon in a brief', () => {
  it("counts each phrase over the exported issues and lists each issue's phrases, most frequent first", async () => {
    await twoIssues();
    const model = await buildExportModel(db, spec(true), labels, 'Whole library');
    const row = (phrase: string) => model.lexicon.find((entry) => entry.phrase === phrase);
    expect(row('项目建设')).toMatchObject({ total: 7, issues: 1, category: '招商与项目' });
    expect(row('城市更新')).toMatchObject({ total: 6, issues: 1 });
    expect(row('高质量发展')).toMatchObject({ total: 6, issues: 2 });
    const totals = model.lexicon.map((entry) => entry.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const wuxi = model.issues.find((issue) => issue.origin.startsWith('wuxi'))!;
    const laocheng = model.issues.find((issue) => issue.origin.startsWith('laocheng'))!;
    expect(wuxi.phrases.slice(0, 2)).toMatchObject([
      { phrase: '项目建设', count: 7 },
      { phrase: '城市更新', count: 6 },
    ]);
    expect(laocheng.phrases.find((phrase) => phrase.phrase === '高质量发展')?.count).toBe(3);
    expect(laocheng.phrases.some((phrase) => phrase.phrase === '城市更新')).toBe(false);
  });

  it('shows the table and the lines in the Word and Markdown briefs, and leaves them out when not chosen', async () => {
    await twoIssues();
    const model = await buildExportModel(db, spec(true), labels, 'Whole library');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await briefDocx(model, labels)) });
    expect(text).toContain('Policy phrases');
    expect(text).toMatch(/Phrase\s+Category\s+Occurrences\s+Issues\s+项目建设\s+招商与项目\s+7\s+1/);
    expect(text).toContain('Policy phrases: 项目建设 7, 城市更新 6');
    expect(briefMarkdown(model, labels)).toContain('| 高质量发展 | 发展 | 6 | 2 |');

    const without = await buildExportModel(db, spec(false), labels, 'Whole library');
    expect(without.lexicon).toEqual([]);
    expect(without.issues.every((issue) => issue.phrases.length === 0)).toBe(true);
    const { value: plain } = await mammoth.extractRawText({ buffer: Buffer.from(await briefDocx(without, labels)) });
    expect(plain).not.toContain('Policy phrases');
  });

  it('draws the most frequent phrases by month when the issues span months, and embeds the chart in the Word brief', async () => {
    await twoIssues();
    const model = await buildExportModel(db, spec(true), labels, 'Whole library');
    // September 2022 (the sample's period) and March 2025 (Laocheng's meeting); months without an issue are not drawn.
    expect(model.trend?.months).toEqual(['2022-09', '2025-03']);
    expect(model.trend?.lines.length).toBeLessThanOrEqual(5);
    const line = (phrase: string) => model.trend?.lines.find((entry) => entry.phrase === phrase)?.values;
    expect(line('项目建设')).toEqual([7, 0]);
    expect(line('高质量发展')).toEqual([3, 3]);

    const svg = trendSvg(model.trend!, 'zh-CN');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('高质量发展');
    expect(svg).toContain('2025年3月');
    const png = Uint8Array.from(Buffer.from(ONE_PIXEL_PNG, 'base64'));
    const zip = await JSZip.loadAsync(await briefDocx(model, labels, { png }));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(await zip.file(media[0]!)!.async('uint8array')).toEqual(png);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await briefDocx(model, labels, { png })) });
    expect(text).toContain('Phrases by month');
  });

  it('draws no trend for issues of a single month', async () => {
    db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    const name = 'wuxi-leaders-week-2022-09-12.txt';
    await storeIssue(db, digestFrom(corpusText(name), name));
    expect((await buildExportModel(db, spec(true), labels, 'Whole library')).trend).toBeNull();
  });
});
