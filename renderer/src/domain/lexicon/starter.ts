// The lexicon a new library starts with, shipped as data (starter-lexicon.json) that the analyst
// then edits freely. How the phrases were chosen: by reading the digests in ../shared/corpus and
// its dev/ folder and keeping only policy phrases that occur in at least one of them, as written
// or in a form the matcher folds to (双招双引 occurs as the traditional “雙招雙引” in the huaibei
// chronicle; "465"现代产业体系 with curly quotes in the wuxi week). A unit test checks each one
// still occurs in the corpus. Ids are stable (starter:<phrase>) so that re-seeding never doubles.
import raw from './starter-lexicon.json';
import { entryFileSchema } from './schema';
import type { LexiconEntry } from './types';

export function starterLexicon(): LexiconEntry[] {
  return raw.entries.map((row) => {
    const entry = entryFileSchema.parse(row);
    return { id: `starter:${entry.phrase}`, ...entry };
  });
}
