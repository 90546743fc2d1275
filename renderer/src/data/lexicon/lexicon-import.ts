// Imports a shared lexicon file (read and checked whole by domain/lexicon/lexicon-file.ts) into the
// library's lexicon, in one transaction: an entry whose phrase is already there (after folding)
// takes the file's variants, category, note and on/off; any other is added. If the result would
// have two entries matching one spelling (a file's phrase that is another entry's variant), the
// whole import is refused with the row, and nothing changes. Entries whose spellings changed are
// marked for the re-count (lexicon-edits.ts) in the same transaction; one turned off loses its counts.
import { checkDraft, type DraftProblem } from '../../domain/lexicon/entry-draft';
import { samePhrase, type FileEntry } from '../../domain/lexicon/lexicon-file';
import { foldedSpellings } from '../../domain/lexicon/overlap';
import { newId, type ReadoutDatabase } from '../schema/db';
import type { LexiconEntryRecord } from '../records';
import { dropCounts, markForRecount, settled } from './lexicon-edits';

export type ImportResult = { ok: true; added: number; updated: number } | { ok: false; row: number; problem: DraftProblem };

class Refused extends Error {
  constructor(
    readonly row: number,
    readonly problem: DraftProblem,
  ) {
    super(`row ${row}: ${problem.code}`);
  }
}

function sameSpellings(a: LexiconEntryRecord, b: LexiconEntryRecord): boolean {
  const before = foldedSpellings(a);
  const after = foldedSpellings(b);
  return before.length === after.length && before.every((spelling, index) => spelling === after[index]);
}

export async function importLexicon(db: ReadoutDatabase, entries: readonly FileEntry[]): Promise<ImportResult> {
  try {
    return await db.transaction('rw', [db.lexicon, db.lexiconCounts, db.lexiconTotals], async () => {
      const current = await db.lexicon.toArray();
      const result = new Map(current.map((entry) => [entry.id, entry]));
      const respelt: string[] = [];
      const turnedOff: string[] = [];
      const written: { row: number; entry: LexiconEntryRecord }[] = [];
      let added = 0;
      let updated = 0;
      for (const { row, entry } of entries) {
        const existing = current.find((known) => samePhrase(known.phrase, entry.phrase));
        let next: LexiconEntryRecord = existing
          ? { ...existing, ...entry, phrase: existing.phrase, variants: [...entry.variants] }
          : { id: newId(), ...entry, variants: [...entry.variants] };
        if (!existing) {
          added += 1;
          respelt.push(...foldedSpellings(next));
        } else {
          updated += 1;
          if (!sameSpellings(existing, next)) {
            respelt.push(...foldedSpellings(existing), ...foldedSpellings(next));
            if (!next.enabled) turnedOff.push(next.id);
            next = settled(next);
          }
        }
        result.set(next.id, next);
        written.push({ row, entry: next });
      }
      const lexicon = [...result.values()];
      for (const { row, entry } of written) {
        const problem = checkDraft(
          entry,
          lexicon.filter((other) => other.id !== entry.id),
        );
        if (problem) throw new Refused(row, problem);
      }
      await db.lexicon.bulkPut(written.map(({ entry }) => entry));
      // One turned off has no counts; the re-count replaces those of the respelt entries that change.
      await dropCounts(db, turnedOff);
      await markForRecount(db, lexicon, respelt);
      return { ok: true as const, added, updated };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, row: error.row, problem: error.problem };
    throw error;
  }
}
