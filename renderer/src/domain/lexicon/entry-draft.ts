// What the analyst typed for an entry (the add row, the edit form, a row of an imported file),
// tidied and checked before anything is written: a phrase that is empty, too long, or already in
// the lexicon under another entry — as its phrase or a variant, after folding width and
// traditional characters as matching does (城市更新 and 城市更新 and 城市更新 are one phrase) — is refused
// with the reason, since two entries matching the same text would split its count between them.
import { categorySchema, PHRASE_MAX_LENGTH } from './schema';
import type { LexiconCategory, LexiconEntry } from './types';
import { foldedSpellings } from './overlap';

export interface EntryDraft {
  phrase: string;
  variants: readonly string[];
  category: LexiconCategory;
  note: string;
  enabled: boolean;
}

export const VARIANTS_MAX = 32;
export const NOTE_MAX_LENGTH = 2000;

export type DraftProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; max: number }
  | { code: 'variantTooLong'; variant: string; max: number }
  | { code: 'tooManyVariants'; max: number }
  | { code: 'noteTooLong'; max: number }
  | { code: 'badCategory' }
  | { code: 'badColour'; colour: string }
  | { code: 'duplicate'; phrase: string };

/** Trims the phrase and variants, drops empty variants and those that repeat the phrase or each other. */
export function cleanDraft(draft: EntryDraft): EntryDraft {
  const phrase = draft.phrase.trim();
  const variants: string[] = [];
  for (const written of draft.variants) {
    const variant = written.trim();
    if (variant && variant !== phrase && !variants.includes(variant)) variants.push(variant);
  }
  return {
    phrase,
    variants,
    category: { name: draft.category.name.trim(), colour: draft.category.colour.trim() },
    note: draft.note.trim(),
    enabled: draft.enabled,
  };
}

/** The first thing wrong with a (cleaned) draft, or null; `others` is the lexicon without the entry being edited. */
export function checkDraft(draft: EntryDraft, others: readonly LexiconEntry[]): DraftProblem | null {
  if (!draft.phrase) return { code: 'empty' };
  if (draft.phrase.length > PHRASE_MAX_LENGTH) return { code: 'tooLong', max: PHRASE_MAX_LENGTH };
  if (draft.variants.length > VARIANTS_MAX) return { code: 'tooManyVariants', max: VARIANTS_MAX };
  const long = draft.variants.find((variant) => variant.length > PHRASE_MAX_LENGTH);
  if (long !== undefined) return { code: 'variantTooLong', variant: long, max: PHRASE_MAX_LENGTH };
  if (draft.note.length > NOTE_MAX_LENGTH) return { code: 'noteTooLong', max: NOTE_MAX_LENGTH };
  const category = categorySchema.safeParse(draft.category);
  if (!category.success) {
    return draft.category.name ? { code: 'badColour', colour: draft.category.colour } : { code: 'badCategory' };
  }
  const mine = new Set(foldedSpellings({ ...draft, enabled: true }));
  const clash = others.find((other) => foldedSpellings({ ...other, enabled: true }).some((spelling) => mine.has(spelling)));
  return clash ? { code: 'duplicate', phrase: clash.phrase } : null;
}
