// "Add to lexicon" from a suggestion: the phrase becomes an entry in the default category, on,
// through the Lexicon editor's own path (lexicon-edits.ts: the entry written and the counts it
// can change marked pending, in one transaction), and the library's background re-count is
// started, as after any edit of the lexicon.
import { defaultCategory } from '../../domain/lexicon/types';
import { addEntry, type EditResult } from '../lexicon/lexicon-edits';
import { recountJobOf } from '../lexicon/recount-job';
import type { ReadoutDatabase } from '../schema/db';

export async function addPhraseToLexicon(db: ReadoutDatabase, phrase: string): Promise<EditResult> {
  const result = await addEntry(db, { phrase, variants: [], category: { ...defaultCategory }, note: '', enabled: true });
  if (result.ok) void recountJobOf(db).request();
  return result;
}
