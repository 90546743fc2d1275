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
import { eventDoc } from '../search/search-docs';
import { reattachReviewedEvents } from './event-reattachment';
import { eventTables, storeProposedEvents } from './events';
import { countIssues, lexiconCountTables } from '../lexicon/lexicon-counts';

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

/** At most this many stored issues are compared with one text (a column's title can repeat a lot). */
const MAX_COMPARED = 24;
/**
 * Texts shorter than this (in 5-character shingles, about as many characters) are not judged by
 * likeness: in a stub of a title and a sentence one changed character moves the similarity by
 * a tenth, so two different short notes ("…第一期" and "…第二期") look like copies. The
 * shortest text of the corpus (old and dev/), a single report, has about 290.
 */
const MIN_SHINGLES = 200;

/** What a text is looked up by: its file name, title and publish time, and its text. */
export interface TextProbe {
  origin: string;
  title: string;
  published: string | null;
  text: string;
  contentHash: string;
}

export interface SimilarIssue {
  issue: IssueRecord;
  similarity: number;
}

/**
 * For each probe, the stored issues sharing its file name, title or publish time whose text is
 * at least SAME_TEXT_SIMILARITY alike (domain/text/similarity.ts), most alike first; none for a
 * text already stored unchanged (that is a duplicate) and never the issue `excludeId`.
 */
export async function similarStoredIssues(
  db: ReadoutDatabase,
  probes: readonly TextProbe[],
  excludeId?: string,
): Promise<SimilarIssue[][]> {
  const keys = (pick: (probe: TextProbe) => string | null) => [...new Set(probes.flatMap((probe) => pick(probe) ?? []))];
  // Each name, title or time looked up alone and cut at what one probe compares: a weekly
  // column's title without its year is shared by hundreds of issues in a large library, and
  // reading all of them for every import chunk made imports slower the larger the library.
  const lookUp = async (index: 'origin' | 'title' | 'published', values: string[]) => {
    const found = await Promise.all(
      values.map((value) =>
        db.issues
          .where(index)
          .equals(value)
          .limit(MAX_COMPARED + 1)
          .toArray(),
      ),
    );
    return new Map(values.map((value, at) => [value, found[at]!.filter((issue) => issue.id !== excludeId)]));
  };
  const [byOrigin, byTitle, byPublished, same] = await Promise.all([
    lookUp(
      'origin',
      keys((probe) => probe.origin),
    ),
    lookUp(
      'title',
      keys((probe) => probe.title),
    ),
    lookUp(
      'published',
      keys((probe) => probe.published),
    ),
    db.issues
      .where('contentHash')
      .anyOf(keys((probe) => probe.contentHash))
      .toArray(),
  ]);
  const stored = new Set(same.filter((issue) => issue.id !== excludeId).map((issue) => issue.contentHash));
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
  const results: SimilarIssue[][] = [];
  for (const probe of probes) {
    const candidates = [
      ...(byOrigin.get(probe.origin) ?? []),
      ...(byTitle.get(probe.title) ?? []),
      ...(probe.published === null ? [] : (byPublished.get(probe.published) ?? [])),
    ];
    const related = [...new Map(candidates.map((issue) => [issue.id, issue])).values()].slice(0, MAX_COMPARED);
    if (stored.has(probe.contentHash) || related.length === 0) {
      results.push([]);
      continue;
    }
    const mine = shingles(probe.text);
    if (mine.size < MIN_SHINGLES) {
      results.push([]);
      continue;
    }
    const found: SimilarIssue[] = [];
    for (const issue of related) {
      const similarity = jaccard(mine, await shinglesOf(issue));
      if (similarity >= SAME_TEXT_SIMILARITY) found.push({ issue, similarity });
    }
    results.push(found.sort((a, b) => b.similarity - a.similarity));
  }
  return results;
}

/** For each digest, the stored issue its text is a near-identical copy of, or null. */
async function similarVersionsOf(db: ReadoutDatabase, digests: readonly ReadableDigest[]): Promise<(IssueRecord | null)[]> {
  const probes = digests.map((digest) => ({
    origin: digest.name,
    title: digest.parsed.title,
    published: digest.parsed.published,
    text: issueTextOf(digest.parsed.blocks),
    contentHash: digest.contentHash,
  }));
  return (await similarStoredIssues(db, probes)).map((found) => found[0]?.issue ?? null);
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
  return db.transaction('rw', [db.issues, db.issueTexts, db.highlights, ...eventTables(db), ...lexiconCountTables(db)], async () => {
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
    // Lexicon: the new text's phrase counts replace the old text's.
    await countIssues(db, [{ issueId, blocks: fresh.text.blocks }]);
    // Reviewed events first, so the proposals below skip the paragraphs they stand on again.
    const reviewed = (await db.events.where('issueId').equals(issueId).toArray()).filter((event) => event.status !== 'proposed');
    const placed = reattachReviewedEvents(reviewed, previous?.blocks ?? [], fresh.text.blocks);
    await db.events.bulkPut(placed.events);
    // Their search documents carry the block an event leads to.
    await indexDocuments(db, placed.events.map(eventDoc));
    const proposed = await storeProposedEvents(db, [{ issue, blocks: fresh.text.blocks }]);
    return { issueId, highlights, events: { proposed, reattached: placed.reattached, needReview: placed.needReview } };
  });
}
