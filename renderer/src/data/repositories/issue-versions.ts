// New versions of issues already in the library: a file with the same series and period as a
// stored issue but a different text, or — for the many issues without series and period — a
// near-identical text of the same file name, title or publish time. Finding them (so the import report can ask), and replacing
// a stored issue's text with the new version in one transaction: same issue id, so its tags,
// notes and reviewed events stay attached; its highlights re-anchored onto the new text (those
// that cannot be placed are kept as orphans for "Needs review", never dropped); its events
// proposed again from the new text; its search entry rewritten.
import { issueTextOf } from '../../domain/anchoring';
import type { ReadableDigest } from '../../domain/import/read-digest-file';
import { issueSearchDoc } from '../../domain/search/documents';
import { jaccard, SAME_TEXT_SIMILARITY, shingles } from '../../domain/text/similarity';
import type { ReadoutDatabase } from '../schema/db';
import type { IssueRecord } from '../records';
import { reanchorIssueHighlights, type ReanchorCounts } from './highlights';
import { withEdits } from './issue-details';
import { issueRecordsFor } from './issues';
import { indexDocuments } from '../search/search-index';
import { eventDoc, isSearchedEvent } from '../search/search-docs';
import { reattachReviewedEvents } from './event-reattachment';
import { eventTables, storeProposedEvents } from './events';

/** Whether a stored issue and a read file are the same issue (series and period) in different words. */
export function isSameIssue(issue: IssueRecord, digest: ReadableDigest): boolean {
  const { series, period } = digest.parsed;
  return (
    series !== null &&
    period !== null &&
    issue.series === series &&
    issue.periodStart === period.start &&
    issue.periodEnd === period.end &&
    issue.contentHash !== digest.contentHash
  );
}

/**
 * For each digest, the stored issue it is a new version of, or null: the same series and period
 * in other words; else, an issue of the same file name, title or publish time whose text is
 * near-identical (similarVersionOf). A text already stored as it is is no version (a duplicate).
 */
export async function findPreviousVersions(db: ReadoutDatabase, digests: readonly ReadableDigest[]): Promise<(IssueRecord | null)[]> {
  // By period start, not by series: a library holds hundreds of issues of one column, but few of one week.
  const starts = [
    ...new Set(digests.flatMap((digest) => (digest.parsed.series && digest.parsed.period ? [digest.parsed.period.start] : []))),
  ];
  const candidates = starts.length > 0 ? await db.issues.where('periodStart').anyOf(starts).toArray() : [];
  const bySeries = digests.map((digest) => candidates.find((issue) => isSameIssue(issue, digest)) ?? null);
  const rest = digests.filter((_, index) => bySeries[index] === null);
  const byContent = rest.length > 0 ? await similarVersionsOf(db, rest) : [];
  let next = 0;
  return bySeries.map((found) => found ?? byContent[next++] ?? null);
}

/** At most this many stored issues are compared with one file (a column's title can repeat a lot). */
const MAX_COMPARED = 24;

/**
 * For each digest, the stored issue sharing its file name, title or publish time whose text is
 * the most alike, when at least SAME_TEXT_SIMILARITY alike (domain/text/similarity.ts); null
 * for a text already stored unchanged (the store reports it as a duplicate).
 */
async function similarVersionsOf(db: ReadoutDatabase, digests: readonly ReadableDigest[]): Promise<(IssueRecord | null)[]> {
  const keys = (pick: (digest: ReadableDigest) => string | null | undefined) => [
    ...new Set(digests.flatMap((digest) => pick(digest) ?? [])),
  ];
  const [byOrigin, byTitle, byPublished, same] = await Promise.all([
    db.issues
      .where('origin')
      .anyOf(keys((digest) => digest.name))
      .toArray(),
    db.issues
      .where('title')
      .anyOf(keys((digest) => digest.parsed.title))
      .toArray(),
    db.issues
      .where('published')
      .anyOf(keys((digest) => digest.parsed.published))
      .toArray(),
    db.issues
      .where('contentHash')
      .anyOf(keys((digest) => digest.contentHash))
      .toArray(),
  ]);
  const stored = new Set(same.map((issue) => issue.contentHash));
  const pool = new Map([...byOrigin, ...byTitle, ...byPublished].map((issue) => [issue.id, issue]));
  const textShingles = new Map<string, Set<string>>();
  const shinglesOf = async (issue: IssueRecord) => {
    let cached = textShingles.get(issue.id);
    if (!cached) {
      const text = await db.issueTexts.get(issue.id);
      cached = shingles(text ? issueTextOf(text.blocks) : '');
      textShingles.set(issue.id, cached);
    }
    return cached;
  };
  const results: (IssueRecord | null)[] = [];
  for (const digest of digests) {
    const related = [...pool.values()]
      .filter(
        (issue) =>
          issue.origin === digest.name ||
          issue.title === digest.parsed.title ||
          (digest.parsed.published !== null && issue.published === digest.parsed.published),
      )
      .slice(0, MAX_COMPARED);
    if (stored.has(digest.contentHash) || related.length === 0) {
      results.push(null);
      continue;
    }
    const mine = shingles(issueTextOf(digest.parsed.blocks));
    let best: IssueRecord | null = null;
    let bestScore = SAME_TEXT_SIMILARITY;
    for (const issue of related) {
      const score = jaccard(mine, await shinglesOf(issue));
      if (score >= bestScore) [best, bestScore] = [issue, score];
    }
    results.push(best);
  }
  return results;
}

export interface ReplaceResult {
  issueId: string;
  highlights: ReanchorCounts;
  events: {
    /** Proposed from the new text (the old text's proposals are gone). */
    proposed: number;
    /** Reviewed events found again on their paragraphs, and those now listed for review. */
    reattached: number;
    needReview: number;
  };
}

/**
 * Replaces the text of stored issue `issueId` with `digest`, keeping the issue's identity, tags
 * and import date. A duplicate of another stored issue's text is refused by the contentHash index
 * (the transaction aborts and nothing changes). Events follow the text: the old proposals are
 * dropped and the new text's proposed, while the analyst's reviewed events are re-attached to
 * their paragraphs or listed for review (event-reattachment.ts).
 */
export async function replaceIssueText(db: ReadoutDatabase, issueId: string, digest: ReadableDigest): Promise<ReplaceResult> {
  return db.transaction('rw', [db.issues, db.issueTexts, db.highlights, ...eventTables(db)], async () => {
    const existing = await db.issues.get(issueId);
    if (!existing) throw new Error(`No issue ${issueId} to replace`);
    const fresh = issueRecordsFor(digest, new Date(existing.importedAt));
    const previous = await db.issueTexts.get(issueId);
    // What the analyst corrected in Edit details stays as they wrote it.
    const issue: IssueRecord = withEdits(
      {
        ...fresh.issue,
        id: issueId,
        importedAt: existing.importedAt,
        ...(existing.tagIds ? { tagIds: existing.tagIds } : {}),
      },
      existing.edited,
    );
    await db.issues.put(issue);
    await db.issueTexts.put({ ...fresh.text, issueId });
    // The text being replaced: highlights are followed through the diff of the two versions.
    const oldText = previous ? issueTextOf(previous.blocks) : undefined;
    const highlights = await reanchorIssueHighlights(db, issueId, issueTextOf(fresh.text.blocks), oldText);
    await indexDocuments(db, [issueSearchDoc(issue, fresh.text.blocks)]);
    // Reviewed events first, so the proposals below skip the paragraphs they stand on again.
    const reviewed = (await db.events.where('issueId').equals(issueId).toArray()).filter((event) => event.status !== 'proposed');
    const placed = reattachReviewedEvents(reviewed, previous?.blocks ?? [], fresh.text.blocks);
    await db.events.bulkPut(placed.events);
    // Their search documents carry the block an event leads to.
    await indexDocuments(db, placed.events.filter(isSearchedEvent).map(eventDoc));
    const proposed = await storeProposedEvents(db, [{ issue, blocks: fresh.text.blocks }]);
    return { issueId, highlights, events: { proposed, reattached: placed.reattached, needReview: placed.needReview } };
  });
}
