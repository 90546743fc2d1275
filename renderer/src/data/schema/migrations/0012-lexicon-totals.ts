// Version 12: each lexicon entry's count over the library, kept beside the per-issue rows
// (lexicon/lexicon-totals.ts). Nothing is computed here: a reader sums the rows of an entry that
// has no total yet, and the re-count job writes the missing totals once the app is idle, so the
// upgrade never reads the library's counts on the start-up path.
import type { Migration } from './migration';

export const lexiconTotalsSchema: Migration = {
  version: 12,
  stores: {
    lexiconTotals: 'entryId',
  },
};
