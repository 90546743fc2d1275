// What phrase:X searches for: every spelling the lexicon knows for X (its variants, with and
// without quotes, numbers as digits or numerals), found by X's phrase or any of its variants, as
// folded search compares them. A phrase the lexicon lacks is searched as written, so the filter
// still works on a phrase the analyst has not added yet.
import { spellingsOf } from '../../domain/lexicon/variants';
import { foldText } from '../../domain/search/fold';
import type { ReadoutDatabase } from '../schema/db';

export async function lexiconSpellings(db: ReadoutDatabase, phrase: string): Promise<string[]> {
  const wanted = foldText(phrase.trim());
  const entries = await db.lexicon.toArray();
  const entry = entries.find((candidate) =>
    spellingsOf(candidate.phrase, candidate.variants).some((spelling) => foldText(spelling) === wanted),
  );
  return entry ? spellingsOf(entry.phrase, entry.variants) : spellingsOf(phrase);
}
