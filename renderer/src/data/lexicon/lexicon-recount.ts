// Finishes the re-count a lexicon edit started (lexicon-edits.ts marks the entries pendingCount):
// the library's texts in issue-id order, a chunk at a time, each chunk one transaction that writes
// the chunk's counts together with how far each entry has got. So a cancel, a closed window or a
// crash between chunks leaves counts that are new up to the marker and an entry that says it is
// still counting; the next run (the Resume button, or the next start) goes on from there.
// Imports, new versions and the Trash meanwhile count with the whole lexicon (lexicon-counts.ts),
// which writes the same figures, so nothing they do is undone or doubled here.
//
// Only the pending entries are matched: they are whole overlap groups (domain/lexicon/overlap.ts),
// whose counts do not depend on any entry outside them, so a small automaton gives the same
// figures as the whole lexicon would.
//
// Why it is shaped so (10,000 issues, where IndexedDB's cost per record is what a re-count pays):
// each text is read once, a chunk's keys then one bulkGet of them (in Chromium 156 that beat one
// getAll over the key range), with no count of the library per chunk; and only the rows whose
// figure changes are written. Each entry's total (lexicon-totals.ts) is written as it settles. An edit keeps the entries'
// earlier rows (lexicon-edits.ts), which are read once per run through the entryId index and
// compared here: giving 集成电路 a variant rewrites the issues that say the variant, not the
// thousands that say 集成电路, and deletes nothing it would write back.
import { issueTextOf } from '../../domain/anchoring';
import { compileLexicon, type LexiconMatcher } from '../../domain/lexicon/matcher';
import type { ReadoutDatabase } from '../schema/db';
import type { LexiconCountRecord, LexiconEntryRecord } from '../records';
import { settleTotals } from './lexicon-totals';

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

type PendingEntry = LexiconEntryRecord & { pendingCount: { after: string } };

function pendingOf(entries: readonly LexiconEntryRecord[]): PendingEntry[] {
  return entries.filter((entry): entry is PendingEntry => entry.pendingCount !== undefined);
}

/** Whether any entry still waits for its counts. */
export async function hasPendingCounts(db: ReadoutDatabase): Promise<boolean> {
  return pendingOf(await db.lexicon.toArray()).length > 0;
}

/** What a run keeps between chunks for one set of pending entries: their matcher and stored rows. */
interface RunState {
  key: string;
  matcher: LexiconMatcher;
  /** entryId → issueId → the count stored now (kept in step with this run's own writes). */
  stored: Map<string, Map<string, number>>;
}

async function runStateFor(db: ReadoutDatabase, pending: readonly PendingEntry[], known: RunState | null): Promise<RunState> {
  const key = JSON.stringify(pending.map((entry) => [entry.id, entry.phrase, entry.variants, entry.enabled]));
  if (known?.key === key) return known;
  const stored = new Map<string, Map<string, number>>();
  for (const entry of pending) {
    const rows = await db.lexiconCounts.where('entryId').equals(entry.id).toArray();
    stored.set(entry.id, new Map(rows.map((row) => [row.issueId, row.count])));
  }
  return { key, matcher: compileLexicon(pending), stored };
}

export async function finishPendingCounts(db: ReadoutDatabase, options: RecountOptions = {}): Promise<RecountOutcome> {
  const chunkSize = options.chunkSize ?? 500;
  let state: RunState | null = null;
  // Progress: the library's size once per run, and the issues behind the cursor once per cursor jump.
  let total = -1;
  let expectedCursor: string | null = null;
  let done = 0;

  for (;;) {
    if (options.signal?.aborted) return 'cancelled';
    const progress = await db.transaction('rw', [db.issueTexts, db.lexicon, db.lexiconCounts, db.lexiconTotals], async () => {
      const pending = pendingOf(await db.lexicon.toArray());
      if (pending.length === 0) return null;
      const run = (state = await runStateFor(db, pending, state));
      const cursor = pending.reduce((least, entry) => (entry.pendingCount.after < least ? entry.pendingCount.after : least), '\uffff');
      if (total < 0) total = await db.issueTexts.count();
      if (cursor !== expectedCursor) done = cursor === '' ? 0 : await db.issueTexts.where(':id').belowOrEqual(cursor).count();
      const keys = (await db.issueTexts.where(':id').above(cursor).limit(chunkSize).primaryKeys()) as string[];
      const texts = (await db.issueTexts.bulkGet(keys)).filter((text) => text !== undefined);

      const puts: LexiconCountRecord[] = [];
      const deletes: [string, string][] = [];
      for (const text of texts) {
        const waiting = pending.filter((entry) => entry.pendingCount.after < text.issueId);
        if (waiting.length === 0) continue;
        const counts = run.matcher.count(issueTextOf(text.blocks));
        for (const entry of waiting) {
          const stored = run.stored.get(entry.id)!;
          const count = counts.get(entry.id) ?? 0;
          const before = stored.get(text.issueId) ?? 0;
          if (count === before) continue;
          if (count > 0) {
            puts.push({ issueId: text.issueId, entryId: entry.id, count });
            stored.set(text.issueId, count);
          } else {
            deletes.push([text.issueId, entry.id]);
            stored.delete(text.issueId);
          }
        }
      }
      if (puts.length > 0) await db.lexiconCounts.bulkPut(puts);
      if (deletes.length > 0) await db.lexiconCounts.bulkDelete(deletes);

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
      if (finished) {
        // The totals an edit forgot (lexicon-totals.ts), from the rows now complete.
        await settleTotals(
          db,
          pending.filter((entry) => entry.enabled).map((entry) => entry.id),
        );
        total = await db.issueTexts.count();
      }
      done = finished ? total : done + keys.length;
      expectedCursor = last;
      return { done, total };
    });
    if (!progress) return 'done';
    options.onProgress?.(progress);
  }
}
