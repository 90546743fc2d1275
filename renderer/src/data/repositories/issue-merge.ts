// Merging duplicates: two issues holding near-identical text (one imported twice under other
// names, or kept beside its new version) become one. In one transaction the issue kept takes the
// other's highlights (re-anchored onto its own text through the diff of the two), its note
// (appended), its tags, its collections and its reviewed events (confirmed or edited, moved to the matching
// block); what is left of the other — its text and unreviewed proposals — goes to the Trash, so
// the merge loses nothing and the copy can still be looked at there.
import { describeSpan, diffTexts, issueTextOf, reanchor } from '../../domain/anchoring';
import { contentHash } from '../../domain/text/content-hash';
import type { Block } from '../../domain/digest/types';
import type { ReadoutDatabase } from '../schema/db';
import type { EventRecord, HighlightRecord, IssueRecord } from '../records';
import { eventDoc, eventDocId, indexHighlights, isReviewedEvent, issueDay, issueNoteDoc } from '../search/search-docs';
import { indexDocuments, removeDocuments } from '../search/search-index';
import { similarStoredIssues, type SimilarIssue } from './issue-versions';
import { moveIssuesToTrash } from './trash';

/** Stored issues whose text is near-identical to this one's (most alike first). */
export async function nearDuplicatesOf(db: ReadoutDatabase, issueId: string): Promise<SimilarIssue[]> {
  const [issue, text] = await Promise.all([db.issues.get(issueId), db.issueTexts.get(issueId)]);
  if (!issue || !text) return [];
  const [found] = await similarStoredIssues(
    db,
    [
      {
        origin: issue.origin,
        title: issue.title,
        published: issue.published,
        text: issueTextOf(text.blocks),
        contentHash: issue.contentHash,
      },
    ],
    issueId,
  );
  return found ?? [];
}

export interface MergeResult {
  highlights: number;
  /** Highlights the kept text holds only approximately or not at all: listed under Needs review. */
  needsReview: number;
  events: number;
}

/** The block of `blocks` holding the same text as `block`, else the one at the same place. */
function matchingBlock(blocks: readonly Block[], block: Block | undefined, index: number): number {
  const same = block ? blocks.findIndex((candidate) => candidate.text === block.text) : -1;
  return same >= 0 ? same : Math.min(index, blocks.length - 1);
}

/** Merges issue `otherId` into issue `keepId` (see the header); null when either is missing. */
export async function mergeIssues(db: ReadoutDatabase, keepId: string, otherId: string): Promise<MergeResult | null> {
  if (keepId === otherId) return null;
  return db.transaction('rw', db.tables, async () => {
    const [keep, other, keepText, otherText] = await Promise.all([
      db.issues.get(keepId),
      db.issues.get(otherId),
      db.issueTexts.get(keepId),
      db.issueTexts.get(otherId),
    ]);
    if (!keep || !other || !keepText || !otherText) return null;
    const newText = issueTextOf(keepText.blocks);
    const diff = diffTexts(issueTextOf(otherText.blocks), newText);
    const hash = contentHash(newText);

    // Highlights: followed from the copy's text onto the kept one's; what cannot be placed stays, orphaned, for review.
    let needsReview = 0;
    const highlights = (await db.highlights.where('issueId').equals(otherId).toArray()).map((record): HighlightRecord => {
      const placed = reanchor(record.target, newText, diff);
      if (placed.status === 'orphaned' || placed.status === 'fuzzy') needsReview++;
      if (placed.status === 'orphaned') return { ...record, issueId: keepId, anchor: 'orphaned' };
      if (placed.status === 'fuzzy') return { ...record, issueId: keepId, anchor: 'fuzzy', start: placed.start, end: placed.end };
      const target = describeSpan(newText, placed.start, placed.end, hash);
      return { ...record, issueId: keepId, anchor: placed.status, start: placed.start, end: placed.end, target };
    });
    await db.highlights.bulkPut(highlights);

    // Reviewed events move to the same paragraph of the kept text; a proposal standing there gives way.
    const keptEvents = await db.events.where('issueId').equals(keepId).toArray();
    const moved: EventRecord[] = (await db.events.where('issueId').equals(otherId).toArray())
      .filter(isReviewedEvent)
      .map((event) => {
        const blockIndexes = event.blockIndexes.map((index) => matchingBlock(keepText.blocks, otherText.blocks[index], index));
        const blockIndex = matchingBlock(keepText.blocks, otherText.blocks[event.blockIndex], event.blockIndex);
        return { ...event, issueId: keepId, blockIndex, blockIndexes };
      })
      .filter(
        (event) =>
          !keptEvents.some((kept) => isReviewedEvent(kept) && kept.blockIndex === event.blockIndex && kept.summary === event.summary),
      );
    const displaced = keptEvents.filter((kept) => !isReviewedEvent(kept) && moved.some((event) => event.blockIndex === kept.blockIndex));
    await db.events.bulkDelete(displaced.map((event) => event.id));
    await removeDocuments(
      db,
      displaced.map((event) => eventDocId(event.id)),
    );
    await db.events.bulkPut(moved);

    // The note and the tags of both.
    const [keepNote, otherNote] = await Promise.all([db.issueNotes.get(keepId), db.issueNotes.get(otherId)]);
    const noteText = [keepNote?.text, otherNote?.text].filter((text) => text && text.trim() !== '');
    const note =
      noteText.length > 0 ? { issueId: keepId, text: [...new Set(noteText)].join('\n\n'), updatedAt: new Date().toISOString() } : null;
    if (note) await db.issueNotes.put(note);
    if (otherNote) await db.issueNotes.delete(otherId);
    const tagIds = [...new Set([...(keep.tagIds ?? []), ...(other.tagIds ?? [])])];
    const merged: IssueRecord = tagIds.length > 0 ? { ...keep, tagIds } : keep;
    await db.issues.put(merged);

    // The copy's collections now hold the issue kept.
    const memberships = await db.collectionItems.where('issueId').equals(otherId).toArray();
    await db.collectionItems.bulkPut(memberships.map((item) => ({ ...item, issueId: keepId })));

    // The rest of the copy to the Trash (its search documents go with it), then index what moved under the kept issue.
    await moveIssuesToTrash(db, [otherId]);
    await indexHighlights(db, highlights);
    await indexDocuments(db, [...moved.map(eventDoc), ...(note ? [issueNoteDoc(note, issueDay(merged))] : [])]);
    return { highlights: highlights.length, needsReview, events: moved.length };
  });
}
