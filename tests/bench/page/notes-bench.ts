// The Notes view in `npm run bench`: seeds the app's database (the library of seedAppLibrary)
// with highlights spread over its issues, so run.ts can time the Notes view's first render.
// The records are the app's own (newHighlightRecord, as createHighlight makes them), with their
// quotes and notes in the search index (indexHighlights) and tags from the one taxonomy; they are
// written in bulk, a few thousand per transaction, because one add per highlight would make
// seeding 10,000 slow without changing what the view reads.
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { CATEGORY_IDS } from '../../../renderer/src/data/repositories/highlight-categories';
import { newHighlightRecord, setIssueNote, type HighlightRecord } from '../../../renderer/src/data/repositories/highlights';
import { indexHighlights } from '../../../renderer/src/data/search/search-docs';
import { searchIndexTables } from '../../../renderer/src/data/search/search-index';
import { ensureTags } from '../../../renderer/src/data/repositories/tags';
import { issueTextOf } from '../../../renderer/src/domain/anchoring';
import { mulberry32, pickSpans } from '../../unit/domain/anchoring/edit-fuzz';

const tagNames = ['重点关注', '城市更新', '招商引资', '民生', '营商环境', '待核实'];
const day = 86_400_000;

/**
 * Puts `count` highlights on issues drawn at random from the library (so some issues carry
 * several and many none), made over a year: a third with a note, a quarter with a tag or two.
 * `issueNotes` issues get a note of their own too.
 */
export async function seedLibraryHighlights(count: number, issueNotes: number) {
  const db = new ReadoutDatabase();
  await db.open();
  const random = mulberry32(2024);
  const issueIds = (await db.issues.toCollection().primaryKeys()) as string[];
  if (issueIds.length === 0) throw new Error('the library is empty: run seedAppLibrary first');
  const tagIds = await ensureTags(db, tagNames);
  const origin = Date.UTC(2024, 0, 1);
  const batch = 2_000;
  let added = 0;
  for (let offset = 0; offset < count; offset += batch) {
    const size = Math.min(batch, count - offset);
    const chosen = Array.from({ length: size }, () => issueIds[Math.floor(random() * issueIds.length)]!);
    const texts = await db.issueTexts.bulkGet([...new Set(chosen)]);
    const textOf = new Map(texts.filter((text) => !!text).map((text) => [text.issueId, issueTextOf(text.blocks)]));
    const records: HighlightRecord[] = [];
    chosen.forEach((issueId, at) => {
      const index = offset + at;
      const issueText = textOf.get(issueId);
      const span = issueText ? pickSpans(issueText, 1, random)[0] : undefined;
      if (!issueText || !span) return;
      const tagged =
        random() < 0.25 ? [tagIds[index % tagIds.length]!, ...(random() < 0.3 ? [tagIds[(index + 1) % tagIds.length]!] : [])] : [];
      const createdAt = new Date(origin + Math.floor(random() * 365 * day)).toISOString();
      records.push(
        newHighlightRecord(
          {
            issueId,
            issueText,
            ...span,
            categoryId: CATEGORY_IDS[index % CATEGORY_IDS.length]!,
            note: random() < 0.33 ? `第${index}条批注:${issueText.slice(span.start, span.end)}需跟进` : '',
            tagIds: tagged,
          },
          createdAt,
        ),
      );
    });
    // As createHighlight writes one: the highlight and its note's search document together.
    await db.transaction('rw', [db.highlights, db.issues, ...searchIndexTables(db)], async () => {
      await db.highlights.bulkAdd(records);
      await indexHighlights(db, records);
    });
    added += records.length;
  }
  for (let index = 0; index < issueNotes; index++)
    await setIssueNote(db, issueIds[Math.floor(random() * issueIds.length)]!, `本期要点 ${index}:关注后续进展。`);
  const result = {
    added,
    highlights: await db.highlights.count(),
    issues: (await db.highlights.orderBy('issueId').uniqueKeys()).length,
    issueNotes: await db.issueNotes.count(),
  };
  db.close();
  return result;
}
