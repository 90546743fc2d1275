// What the Notes view reads and shows: its filter (category, tag, issue, dates; issue notes only
// without a category or tag), the issues it names, and the reads behind it — every highlight
// newest first, the newest few for the first screen, and the titles of only the issues asked for.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import {
  listAllHighlights,
  listIssueNotes,
  listNewestHighlights,
  newHighlightRecord,
  type HighlightRecord,
  type IssueNoteRecord,
} from '../../../renderer/src/data/repositories/highlights';
import { issueTitles } from '../../../renderer/src/data/repositories/issues';
import { issueTextOf } from '../../../renderer/src/domain/anchoring';
import { parseDigest } from '../../../renderer/src/domain/digest/parse-digest';
import { saysPhrase } from '../../../renderer/src/domain/lexicon/says-phrase';
import { annotatedIssueIds, noNotesFilters, shownNotes } from '../../../renderer/src/ui/features/notes/notes-rows';
import { corpusText, makeIssueRecord } from '../factories';
import { freshDatabase } from '../data/test-db';

const text = issueTextOf(parseDigest(corpusText('wuxi-leaders-week-2022-09-12.txt')).blocks);

/** A highlight of `words` in the sample text, as the app makes one, made at `createdAt`. */
function highlightOf(words: string, options: { issueId?: string; categoryId?: 'policy' | 'risk'; tagIds?: string[]; createdAt: string }) {
  const start = text.indexOf(words);
  return newHighlightRecord(
    {
      issueId: options.issueId ?? 'i1',
      issueText: text,
      start,
      end: start + words.length,
      categoryId: options.categoryId ?? 'policy',
      tagIds: options.tagIds,
    },
    options.createdAt,
  );
}

const note = (issueId: string, updatedAt: string): IssueNoteRecord => ({ issueId, text: `note on ${issueId}`, updatedAt });

describe('the Notes view filter', () => {
  // Newest first, as the view gets them.
  const highlights: HighlightRecord[] = [
    highlightOf('全力以赴稳增长', { issueId: 'i2', categoryId: 'risk', createdAt: '2024-03-05T23:30:00.000Z' }),
    highlightOf('招商引资取得新成果', { tagIds: ['t1'], createdAt: '2024-02-01T08:00:00.000Z' }),
    highlightOf('城市更新', { tagIds: ['t1', 't2'], createdAt: '2024-01-15T08:00:00.000Z' }),
  ];
  const issueNotes = [note('i2', '2024-03-01T00:00:00.000Z'), note('i1', '2024-01-02T00:00:00.000Z')];
  const quotes = (shown: ReturnType<typeof shownNotes>) =>
    shown.rows.map((row) => (row.kind === 'highlight' ? row.highlight.target.quote.exact : row.note.text));

  it('shows everything without a filter: issue notes first, then highlights, each in the order given', () => {
    expect(quotes(shownNotes(highlights, issueNotes, noNotesFilters))).toEqual([
      'note on i2',
      'note on i1',
      '全力以赴稳增长',
      '招商引资取得新成果',
      '城市更新',
    ]);
  });

  it('by category or tag shows only highlights (an issue note has neither)', () => {
    expect(quotes(shownNotes(highlights, issueNotes, { ...noNotesFilters, category: 'risk' }))).toEqual(['全力以赴稳增长']);
    expect(quotes(shownNotes(highlights, issueNotes, { ...noNotesFilters, tagId: 't1' }))).toEqual(['招商引资取得新成果', '城市更新']);
    expect(quotes(shownNotes(highlights, issueNotes, { ...noNotesFilters, tagId: 't2', category: 'policy' }))).toEqual(['城市更新']);
  });

  it('by issue and by day, both ends included, on the day of the stored instant', () => {
    expect(quotes(shownNotes(highlights, issueNotes, { ...noNotesFilters, issueId: 'i2' }))).toEqual(['note on i2', '全力以赴稳增长']);
    const february = { ...noNotesFilters, from: '2024-02-01', to: '2024-03-01' };
    expect(quotes(shownNotes(highlights, issueNotes, february))).toEqual(['note on i2', '招商引资取得新成果']);
    // 23:30 UTC on 5 March is still 5 March.
    expect(quotes(shownNotes(highlights, issueNotes, { ...noNotesFilters, from: '2024-03-05', to: '2024-03-05' }))).toEqual([
      '全力以赴稳增长',
    ]);
  });

  it('keys each row by what it is, and names each annotated issue once', () => {
    expect(shownNotes(highlights, issueNotes, noNotesFilters).rows.map((row) => row.key)).toEqual([
      'note-i2',
      'note-i1',
      ...highlights.map((highlight) => highlight.id),
    ]);
    expect(annotatedIssueIds(highlights, issueNotes)).toEqual(['i2', 'i1']);
  });
});

describe('the Notes view reads', () => {
  let db: ReadoutDatabase;
  afterEach(async () => {
    await db?.delete();
  });

  it('every highlight newest first, the newest few for the first screen, and issue notes by last change', async () => {
    db = await freshDatabase();
    const days = ['2024-01-03', '2024-01-01', '2024-01-05', '2024-01-02', '2024-01-04'];
    await db.highlights.bulkAdd(days.map((day) => highlightOf('城市更新', { createdAt: `${day}T08:00:00.000Z` })));
    expect((await listAllHighlights(db)).map((highlight) => highlight.createdAt.slice(0, 10))).toEqual([
      '2024-01-05',
      '2024-01-04',
      '2024-01-03',
      '2024-01-02',
      '2024-01-01',
    ]);
    expect((await listNewestHighlights(db, 2)).map((highlight) => highlight.createdAt.slice(0, 10))).toEqual(['2024-01-05', '2024-01-04']);
    await db.issueNotes.bulkAdd([
      note('a', '2024-01-01T00:00:00.000Z'),
      note('b', '2024-02-01T00:00:00.000Z'),
      note('c', '2024-01-15T00:00:00.000Z'),
    ]);
    expect((await listIssueNotes(db)).map((issueNote) => issueNote.issueId)).toEqual(['b', 'c', 'a']);
    expect((await listIssueNotes(db, 1)).map((issueNote) => issueNote.issueId)).toEqual(['b']);
  });

  it('the titles of just the issues asked for, skipping ones that are gone', async () => {
    db = await freshDatabase();
    await db.issues.bulkAdd([
      makeIssueRecord({ id: 'a', title: '第一期' }),
      makeIssueRecord({ id: 'b', title: '第二期' }),
      makeIssueRecord({ id: 'c', title: '第三期' }),
    ]);
    expect([...(await issueTitles(db, ['c', 'a', 'gone']))]).toEqual([
      ['c', '第三期'],
      ['a', '第一期'],
    ]);
  });
});

describe('the Notes view filter by a lexicon phrase', () => {
  const highlights: HighlightRecord[] = [
    highlightOf('全力以赴稳增长', { createdAt: '2024-03-05T00:00:00.000Z' }),
    highlightOf('招商引资取得新成果', { createdAt: '2024-02-01T00:00:00.000Z' }),
    { ...highlightOf('城市更新', { createdAt: '2024-01-15T00:00:00.000Z' }), note: '对照“465”現代產業體系' },
  ];
  const issueNotes: IssueNoteRecord[] = [{ issueId: 'i1', text: '本期讲到招商引资', updatedAt: '2024-01-02T00:00:00.000Z' }];
  const quotes = (shown: ReturnType<typeof shownNotes>) =>
    shown.rows.map((row) => (row.kind === 'highlight' ? row.highlight.target.quote.exact : row.note.text));
  const filters = { ...noNotesFilters, phrase: 'chosen' };

  it('keeps the highlights whose quote says it and the issue notes that say it', () => {
    expect(quotes(shownNotes(highlights, issueNotes, filters, saysPhrase('招商引资')))).toEqual(['本期讲到招商引资', '招商引资取得新成果']);
  });

  it("finds it in a highlight's note too, in another script and other quotes than the entry's", () => {
    expect(quotes(shownNotes(highlights, issueNotes, filters, saysPhrase('"465"现代产业体系')))).toEqual(['城市更新']);
  });
});
