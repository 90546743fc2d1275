// A builder for lexicon entries in tests: only what a test cares about is written.
import { defaultCategory, type LexiconEntry } from '../../../../renderer/src/domain/lexicon/types';

export function entry(phrase: string, overrides: Partial<LexiconEntry> = {}): LexiconEntry {
  return { id: phrase, phrase, variants: [], category: defaultCategory, note: '', enabled: true, ...overrides };
}
