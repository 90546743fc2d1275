// Marks a lexicon in a text: the entries that are on, every spelling of each (variants.ts), folded
// as search folds (full/half width, case, traditional → simplified), in one Aho–Corasick automaton
// built once per lexicon. Folding keeps one code unit per code unit, so the offsets found in the
// folded text are the offsets in the original text, and marks never shift what the analyst reads.
import { foldText } from '../search/fold';
import { Automaton } from './automaton';
import type { LexiconEntry, LexiconMatch } from './types';
import { spellingsOf } from './variants';

export interface LexiconMatcher {
  /** The entries this matcher marks (those that were on), by id. */
  readonly entries: ReadonlyMap<string, LexiconEntry>;
  /** Leftmost-longest, non-overlapping matches in the original text's offsets. */
  match(text: string): LexiconMatch[];
  /** Occurrences per entry id in a text (entries with none are left out). */
  count(text: string): Map<string, number>;
}

export function compileLexicon(lexicon: readonly LexiconEntry[]): LexiconMatcher {
  const entries = new Map<string, LexiconEntry>();
  const owners: string[] = [];
  const patterns: string[] = [];
  for (const entry of lexicon) {
    if (!entry.enabled) continue;
    entries.set(entry.id, entry);
    for (const spelling of spellingsOf(entry.phrase, entry.variants)) {
      patterns.push(foldText(spelling));
      owners.push(entry.id);
    }
  }
  const automaton = new Automaton(patterns);
  const match = (text: string): LexiconMatch[] =>
    automaton.match(foldText(text)).map(({ pattern, start, end }) => ({ entryId: owners[pattern]!, start, end }));
  return {
    entries,
    match,
    count(text) {
      const counts = new Map<string, number>();
      for (const { entryId } of match(text)) counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
      return counts;
    },
  };
}
