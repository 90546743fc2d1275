// Pure helpers between the lexicon's stored rows and the matcher: the starter rows, and the count
// rows of some issue texts. The matcher is compiled once per lexicon (memoised on its contents),
// not once per issue or per write.
import { issueTextOf } from '../../domain/anchoring';
import { compileLexicon, type LexiconMatcher } from '../../domain/lexicon/matcher';
import { starterLexicon } from '../../domain/lexicon/starter';
import type { IssueTextRecord, LexiconCountRecord, LexiconEntryRecord } from '../records';

export const LEXICON_SEEDED_KEY = 'lexiconSeeded';

export function starterRecords(): LexiconEntryRecord[] {
  return starterLexicon().map((entry) => ({ ...entry, variants: [...entry.variants], category: { ...entry.category } }));
}

/**
 * The starter rows for a library that already has issues: each marked for the background re-count
 * (lexicon-recount.ts) from the first issue, so that start-up never counts the library before the
 * first render; the re-count job's progress and Cancel show meanwhile.
 */
export function pendingStarterRecords(): LexiconEntryRecord[] {
  return starterRecords().map((entry) => ({ ...entry, pendingCount: { after: '' } }));
}

let cached: { key: string; matcher: LexiconMatcher } | null = null;

/** The matcher of this lexicon; the same object while the lexicon's contents do not change. */
export function matcherOf(entries: readonly LexiconEntryRecord[]): LexiconMatcher {
  const key = JSON.stringify(entries.map((entry) => [entry.id, entry.phrase, entry.variants, entry.enabled]));
  if (cached?.key !== key) cached = { key, matcher: compileLexicon(entries) };
  return cached.matcher;
}

/** One row per issue and phrase found in it (phrases it lacks have none). */
export function countRows(entries: readonly LexiconEntryRecord[], texts: readonly Pick<IssueTextRecord, 'issueId' | 'blocks'>[]) {
  const matcher = matcherOf(entries);
  const rows: LexiconCountRecord[] = [];
  for (const text of texts) {
    for (const [entryId, count] of matcher.count(issueTextOf(text.blocks))) rows.push({ issueId: text.issueId, entryId, count });
  }
  return rows;
}
