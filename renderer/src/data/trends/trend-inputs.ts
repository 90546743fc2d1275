// What the Trends view reads to draw phrases over time, as plain arrays for domain/trends: the
// issues' dates and series, each phrase's library total, the per-issue counts of the chosen
// phrases only, and — only when a chart is split by place or official — the phrases counted
// paragraph by paragraph in the issues that have events.
//
// Why in two reads: 10,000 issues hold 60,000 count rows or more, and reading every row cost most
// of a second before the first chart. The totals (lexicon/lexicon-totals.ts, one record per entry)
// pick the default phrases and order the picker; the chosen phrases' rows come through the
// entryId index, one range each.
import { compileLexicon } from '../../domain/lexicon/matcher';
import { eventSplitOccurrences, type BlockCounts } from '../../domain/trends/event-split';
import type { PhraseOccurrence, TrendIssue } from '../../domain/trends/phrase-series';
import { entryTotals } from '../lexicon/lexicon-totals';
import type { LexiconCountRecord, LexiconEntryRecord } from '../records';
import type { ReadoutDatabase } from '../schema/db';

export interface TrendIssueSummary extends TrendIssue {
  title: string;
}

export interface TrendInputs {
  issues: TrendIssueSummary[];
  entries: LexiconEntryRecord[];
  /** entryId → occurrences over the library. */
  totals: Map<string, number>;
}

export async function readTrendInputs(db: ReadoutDatabase): Promise<TrendInputs> {
  return db.transaction('r', [db.issues, db.lexicon, db.lexiconCounts, db.lexiconTotals], async () => {
    const [issues, entries] = await Promise.all([db.issues.toArray(), db.lexicon.orderBy('phrase').toArray()]);
    const totals = await entryTotals(
      db,
      entries.map((entry) => entry.id),
    );
    return {
      issues: issues.map(({ id, title, series, periodStart, published }) => ({ id, title, series, periodStart, published })),
      entries,
      totals,
    };
  });
}

/** The per-issue count rows of these phrases, through the entryId index. */
export async function readPhraseCounts(db: ReadoutDatabase, entryIds: readonly string[]): Promise<LexiconCountRecord[]> {
  const rows = await Promise.all(entryIds.map((entryId) => db.lexiconCounts.where('entryId').equals(entryId).toArray()));
  return rows.flat();
}

/** The chosen phrases counted in the paragraphs of each event, grouped by its place or officials. */
export async function readEventSplit(
  db: ReadoutDatabase,
  entries: readonly LexiconEntryRecord[],
  by: 'place' | 'official',
): Promise<PhraseOccurrence[]> {
  const matcher = compileLexicon(entries.map((entry) => ({ ...entry, enabled: true })));
  // An event whose paragraphs a new version took away (lostParagraphs) sits on no paragraph.
  const events = (await db.events.toArray()).filter((event) => !event.lostParagraphs);
  const blocksOfIssue = new Map<string, Set<number>>();
  for (const event of events) {
    const blocks = blocksOfIssue.get(event.issueId) ?? new Set<number>();
    for (const index of event.blockIndexes) blocks.add(index);
    blocksOfIssue.set(event.issueId, blocks);
  }
  const issueIds = [...blocksOfIssue.keys()];
  const blockCounts = new Map<string, BlockCounts>();
  for (let offset = 0; offset < issueIds.length; offset += 200) {
    const texts = await db.issueTexts.bulkGet(issueIds.slice(offset, offset + 200));
    for (const text of texts) {
      if (!text) continue;
      const counts = new Map<number, Map<string, number>>();
      for (const index of blocksOfIssue.get(text.issueId) ?? []) {
        const block = text.blocks[index];
        if (block) counts.set(index, matcher.count(block.text));
      }
      blockCounts.set(text.issueId, counts);
    }
  }
  return eventSplitOccurrences(
    events.map((event) => ({
      issueId: event.issueId,
      blockIndexes: event.blockIndexes,
      place: event.place,
      officials: event.officials.map((o) => o.name),
    })),
    (issueId) => blockCounts.get(issueId),
    by,
  );
}
