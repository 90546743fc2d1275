// Highlights are found as highlights (issue 12, search gaps): kind:highlight (and its old spelling
// type:highlight) lists them, tag:X finds every highlight tagged X whether or not it has a note,
// kind:note still finds a note written on a highlight, and a database of schema version 8 (where
// only notes on highlights were indexed) gets its highlights indexed on upgrade.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReadoutDatabase, type ReadoutDatabase as Db } from '../../../renderer/src/data/schema/db';
import { migrations } from '../../../renderer/src/data/schema/migrations';
import { createHighlight, issueTextFor, newHighlightRecord, updateHighlight } from '../../../renderer/src/data/repositories/highlights';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { ensureTags } from '../../../renderer/src/data/repositories/tags';
import { searchTargetOf } from '../../../renderer/src/data/search/search-docs';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { writeSearchIndex } from '../../../renderer/src/data/search/search-index';
import { freshDatabase } from '../data/test-db';
import { corpusText, digestFrom, makeIssueRecord } from '../factories';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';

async function sampleWithHighlights(db: Db) {
  const { id: issueId } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
  const issueText = await issueTextFor(db, issueId);
  const [tagId] = await ensureTags(db, ['科创']);
  const at = (phrase: string) => issueText.indexOf(phrase);
  const plain = await createHighlight(db, {
    issueId,
    issueText,
    start: at('科创江阴'),
    end: at('科创江阴') + 4,
    categoryId: 'policy',
    tagIds: [tagId!],
  });
  const noted = await createHighlight(db, {
    issueId,
    issueText,
    start: at('城市更新'),
    end: at('城市更新') + 4,
    categoryId: 'policy',
    note: '与宜兴对比',
  });
  return { issueId, plain, noted, tagId: tagId! };
}

/** What a query finds: highlight ids for highlights, the kind for anything else. */
async function found(db: Db, query: string): Promise<string[]> {
  return (await searchLibrary(db, query)).results
    .map((result) => {
      const target = searchTargetOf(result.docId);
      return target.kind === 'highlight' ? `${result.kind}:${target.highlightId}` : result.kind;
    })
    .sort();
}

describe('highlights in search', () => {
  it('kind:highlight and type:highlight list every highlight, with or without a note', async () => {
    const db = await freshDatabase();
    const { plain, noted } = await sampleWithHighlights(db);
    const both = [`highlight:${plain.id}`, `highlight:${noted.id}`].sort();
    expect(await found(db, 'kind:highlight')).toEqual(both);
    expect(await found(db, 'type:highlight')).toEqual(both);
    expect(await found(db, 'kind:划线')).toEqual(both);
    // A word of the quote, among highlights only.
    expect(await found(db, '科创江阴 kind:highlight')).toEqual([`highlight:${plain.id}`]);
    // The same word in the text is found too, as issue text.
    expect(await found(db, '科创江阴')).toEqual([`highlight:${plain.id}`, 'issue']);
  });

  it('tag:X finds a tagged highlight that has no note, and follows its tags', async () => {
    const db = await freshDatabase();
    const { plain, noted, tagId } = await sampleWithHighlights(db);
    expect(await found(db, 'tag:科创')).toEqual([`highlight:${plain.id}`]);
    await updateHighlight(db, noted.id, { tagIds: [tagId] });
    expect(await found(db, 'tag:科创')).toEqual([`highlight:${plain.id}`, `highlight:${noted.id}`].sort());
    await updateHighlight(db, plain.id, { tagIds: [] });
    expect(await found(db, 'tag:科创')).toEqual([`highlight:${noted.id}`]);
  });

  it('kind:note finds the highlight with a note, and says the match is in its note', async () => {
    const db = await freshDatabase();
    const { noted } = await sampleWithHighlights(db);
    expect(await found(db, 'kind:note')).toEqual([`highlight:${noted.id}`]);
    const inNote = (await searchLibrary(db, '宜兴对比')).results;
    expect(inNote.map((result) => [result.kind, result.inNote])).toEqual([['highlight', true]]);
    const inQuote = (await searchLibrary(db, '城市更新 kind:highlight')).results;
    expect(inQuote.map((result) => [result.kind, result.inNote, result.matches[0]!.snippet.match])).toEqual([
      ['highlight', false, '城市更新'],
    ]);
  });

  it('indexes the highlights of a version-8 database on upgrade, replacing its old note documents', async () => {
    const name = `highlight-docs-upgrade-${Date.now()}`;
    const legacy = new Dexie(name);
    for (const migration of migrations.filter((m) => m.version <= 8)) legacy.version(migration.version).stores(migration.stores);
    await legacy.open();
    const issue = makeIssueRecord({ title: '旧库一期', periodStart: '2022-09-12' });
    const blocks = [{ kind: 'paragraph', text: '会议强调推进城市更新行动。', line: 1 }];
    await legacy.table('issues').add(issue);
    await legacy.table('issueTexts').add({ issueId: issue.id, blocks });
    const issueText = blocks[0]!.text;
    const start = issueText.indexOf('城市更新');
    const bare = newHighlightRecord({ issueId: issue.id, issueText, start, end: start + 4, categoryId: 'policy' });
    const noted = { ...newHighlightRecord({ issueId: issue.id, issueText, start: 0, end: 4, categoryId: 'risk' }), note: '旧的批注' };
    await legacy.table('highlights').bulkAdd([bare, noted]);
    // What version 8 indexed: the note only, as a note.
    const tables = { docs: legacy.table('searchDocs'), segments: legacy.table('searchSegments'), postings: legacy.table('searchPostings') };
    await writeSearchIndex(tables, [{ id: `note:highlight:${noted.id}`, kind: 'note', issueId: issue.id, text: noted.note }]);
    legacy.close();

    const db = new ReadoutDatabase(name);
    await db.open();
    expect(await found(db, 'kind:highlight')).toEqual([`highlight:${bare.id}`, `highlight:${noted.id}`].sort());
    expect(await found(db, '旧的批注')).toEqual([`highlight:${noted.id}`]);
    expect(await found(db, '城市更新 from:2022-09-01')).toEqual([`highlight:${bare.id}`]);
    expect(await db.searchDocs.where('id').startsWith('note:highlight:').count()).toBe(0);
    await db.delete();
  });
});
