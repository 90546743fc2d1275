// Finishes the re-count a lexicon edit started (lexicon-edits.ts marks the entries pendingCount):
// the library's texts in issue-id order, a chunk at a time, each chunk one transaction that writes
// the chunk's counts together with how far each entry has got. So a cancel, a closed window or a
// crash between chunks leaves counts that are complete up to the marker and an entry that says it
// is still counting; the next run (the Resume button, or the next start) goes on from there.
// Imports, new versions and the Trash meanwhile count with the whole lexicon (lexicon-counts.ts),
// which writes the same figures, so nothing they do is undone or doubled here.
//
// Only the pending entries are matched: they are whole overlap groups (domain/lexicon/overlap.ts),
// whose counts do not depend on any entry outside them, so a small automaton gives the same
// figures as the whole lexicon would.
import { issueTextOf } from '../../domain/anchoring';
import { compileLexicon, type LexiconMatcher } from '../../domain/lexicon/matcher';
import type { ReadoutDatabase } from '../schema/db';
import type { LexiconCountRecord, LexiconEntryRecord } from '../records';

export interface RecountProgress {
  /** Issues counted so far (for the entry furthest behind). */
  done: number;
  total: number;
}

export interface RecountOptions {
  signal?: AbortSignal;
  onProgress?: (progress: RecountProgress) => void;
  /** Issues per transaction: small enough that the views stay live between chunks. */
  chunkSize?: number;
}

export type RecountOutcome = 'done' | 'cancelled';

function pendingOf(entries: readonly LexiconEntryRecord[]): (LexiconEntryRecord & { pendingCount: { after: string } })[] {
  return entries.filter((entry): entry is LexiconEntryRecord & { pendingCount: { after: string } } => entry.pendingCount !== undefined);
}

/** Whether any entry still waits for its counts. */
export async function hasPendingCounts(db: ReadoutDatabase): Promise<boolean> {
  return pendingOf(await db.lexicon.toArray()).length > 0;
}

export async function finishPendingCounts(db: ReadoutDatabase, options: RecountOptions = {}): Promise<RecountOutcome> {
  const chunkSize = options.chunkSize ?? 250;
  let compiled: { key: string; matcher: LexiconMatcher } | null = null;
  const matcherFor = (entries: readonly LexiconEntryRecord[]) => {
    const key = JSON.stringify(entries.map((entry) => [entry.id, entry.phrase, entry.variants, entry.enabled]));
    if (compiled?.key !== key) compiled = { key, matcher: compileLexicon(entries) };
    return compiled.matcher;
  };

  for (;;) {
    if (options.signal?.aborted) return 'cancelled';
    const progress = await db.transaction('rw', [db.issueTexts, db.lexicon, db.lexiconCounts], async () => {
      const pending = pendingOf(await db.lexicon.toArray());
      if (pending.length === 0) return null;
      const cursor = pending.reduce((least, entry) => (entry.pendingCount.after < least ? entry.pendingCount.after : least), '\uffff');
      const keys = (await db.issueTexts.where(':id').above(cursor).limit(chunkSize).primaryKeys()) as string[];
      const texts = await db.issueTexts.bulkGet(keys);
      const matcher = matcherFor(pending);
      const rows: LexiconCountRecord[] = [];
      for (const text of texts) {
        if (!text) continue;
        const waiting = pending.filter((entry) => entry.pendingCount.after < text.issueId);
        if (waiting.length === 0) continue;
        const counts = matcher.count(issueTextOf(text.blocks));
        for (const entry of waiting) {
          const count = counts.get(entry.id);
          if (count) rows.push({ issueId: text.issueId, entryId: entry.id, count });
        }
      }
      await db.lexiconCounts.bulkPut(rows);
      const finished = keys.length < chunkSize;
      const last = keys.at(-1) ?? cursor;
      await db.lexicon.bulkPut(
        pending.map((entry) => {
          if (finished) {
            const { pendingCount: _done, ...settled } = entry;
            return settled;
          }
          return entry.pendingCount.after < last ? { ...entry, pendingCount: { after: last } } : entry;
        }),
      );
      const total = await db.issueTexts.count();
      return { done: finished ? total : await db.issueTexts.where(':id').belowOrEqual(last).count(), total };
    });
    if (!progress) return 'done';
    options.onProgress?.(progress);
  }
}
