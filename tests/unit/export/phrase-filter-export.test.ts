// An export filtered by a lexicon phrase keeps the highlights whose quote or note says it, in any
// spelling the lexicon knows (the sample writes “465”现代产业体系; the starter entry "465"现代产业体系).
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../renderer/src/data/export/build-export-model';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { createHighlight, issueTextFor } from '../../../renderer/src/data/repositories/highlights';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { englishExportLabels as labels } from '../../../renderer/src/domain/export/labels';
import type { ExportSpec } from '../../../renderer/src/domain/export/spec';
import { freshDatabase } from '../data/test-db';
import { corpusText, digestFrom } from '../factories';

describe('an export filtered by a lexicon phrase', () => {
  it('keeps the highlights that say the phrase, in the quote or in the note', async () => {
    const db = await freshDatabase();
    await seedLexiconOnFirstStart(db);
    const name = 'wuxi-leaders-week-2022-09-12.txt';
    const { id: issueId } = await storeIssue(db, digestFrom(corpusText(name), name));
    const issueText = await issueTextFor(db, issueId);
    const highlight = async (words: string, note = '') => {
      const start = issueText.indexOf(words);
      await createHighlight(db, { issueId, issueText, start, end: start + words.length, categoryId: 'policy', note });
    };
    await highlight('“465”现代产业体系');
    await highlight('全力以赴稳增长', '与465现代产业体系一并看');
    await highlight('城市更新');
    const spec = (phrases?: string[]): ExportSpec => ({
      title: '简报',
      language: 'en',
      scope: { kind: 'issue', issueId },
      content: { highlights: true, notes: true, events: false, issueNotes: false },
      filters: phrases ? { phrases } : {},
    });
    const quotes = async (phrases?: string[]) =>
      (await buildExportModel(db, spec(phrases), labels, 'Open issue')).issues[0]!.highlights.map((h) => h.quote);
    expect(await quotes()).toHaveLength(3);
    expect((await quotes(['"465"现代产业体系'])).sort()).toEqual(['“465”现代产业体系', '全力以赴稳增长'].sort());
    expect(await quotes(['城市更新'])).toEqual(['城市更新']);
    await db.delete();
  });
});
