// What a lexicon entry is: a policy phrase the analyst wants marked and counted, with the other
// spellings it goes by, the category (and colour) a mark turned into a highlight takes, a note, and
// whether it is on. Pure data, shared by matching, import/export, storage and the UI.

export interface LexiconCategory {
  /** The category's name as the analyst sees it (e.g. "Policy phrase"). */
  readonly name: string;
  /** A CSS hex colour, #rgb or #rrggbb. */
  readonly colour: string;
}

export interface LexiconEntry {
  readonly id: string;
  readonly phrase: string;
  /** Other spellings written by the analyst; quote and number forms are added by variants.ts. */
  readonly variants: readonly string[];
  readonly category: LexiconCategory;
  readonly note: string;
  readonly enabled: boolean;
}

/** One marked occurrence, as offsets into the ORIGINAL text ([start, end) in UTF-16 units). */
export interface LexiconMatch {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
}

export const defaultCategory: LexiconCategory = { name: 'Policy phrase', colour: '#7c3aed' };
