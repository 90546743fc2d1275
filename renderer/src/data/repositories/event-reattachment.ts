// Where an issue's reviewed (confirmed or edited) events go when a new version replaces its
// text. Block indexes name places in one version only, so each event is found again by the text
// of the paragraphs it was read from: re-attached where the new version has that paragraph word
// for word, or kept with `lostParagraphs` (listed for review, placed on no paragraph) where it
// does not. No database access: replaceIssueText stores what this returns.
import type { Block } from '../../domain/digest/types';
import type { EventRecord } from '../records';

export interface ReattachedEvents {
  /** Every reviewed event given, changed where its place changed (the ones to store). */
  events: EventRecord[];
  /** How many found their paragraphs again, and how many are now listed for review. */
  reattached: number;
  needReview: number;
}

/** The indexes of the new blocks by their text, to find a paragraph again by what it says. */
function indexesByText(blocks: readonly Block[]): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    if (block.text === '') return; // image placeholders carry no text to recognise
    const indexes = byText.get(block.text) ?? [];
    indexes.push(index);
    byText.set(block.text, indexes);
  });
  return byText;
}

/** The index among `candidates` nearest to `near`: a paragraph repeated word for word is taken where it was. */
function nearest(candidates: readonly number[], near: number): number {
  return candidates.reduce((best, index) => (Math.abs(index - near) < Math.abs(best - near) ? index : best));
}

/** The texts an event was read from: its paragraphs in the old version, or the ones it already lost. */
function paragraphTexts(event: EventRecord, oldBlocks: readonly Block[]): string[] | null {
  if (event.lostParagraphs) return event.lostParagraphs;
  const texts = event.blockIndexes.map((index) => oldBlocks[index]?.text);
  return texts.every((text): text is string => text !== undefined && text !== '') ? texts : null;
}

/**
 * Re-attaches reviewed events of an issue whose blocks change from `oldBlocks` to `newBlocks`.
 * An event is re-attached when every paragraph it spans is in the new version word for word
 * (taken nearest to where it was); otherwise it keeps its fields and gets `lostParagraphs`.
 * An event already listed for review is looked for again by its lost paragraphs.
 */
export function reattachReviewedEvents(
  reviewed: readonly EventRecord[],
  oldBlocks: readonly Block[],
  newBlocks: readonly Block[],
): ReattachedEvents {
  const byText = indexesByText(newBlocks);
  let reattached = 0;
  let needReview = 0;
  const events = reviewed.map((event): EventRecord => {
    const texts = paragraphTexts(event, oldBlocks);
    const found = texts?.map((text, position) => {
      const candidates = byText.get(text);
      return candidates ? nearest(candidates, event.blockIndexes[position] ?? event.blockIndex) : undefined;
    });
    if (!texts || !found || found.some((index) => index === undefined)) {
      needReview++;
      // Without the old text to quote (a record already out of step with it), the summary is all there is.
      return { ...event, lostParagraphs: texts ?? [event.summary] };
    }
    reattached++;
    const blockIndexes = found as number[];
    const placed: EventRecord = { ...event, blockIndex: blockIndexes[0]!, blockIndexes, line: newBlocks[blockIndexes[0]!]!.line };
    delete placed.lostParagraphs;
    return placed;
  });
  return { events, reattached, needReview };
}
