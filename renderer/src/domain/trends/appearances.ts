// First and latest appearance of each phrase: the earliest and the latest dated issue (on the
// chosen basis) in which it occurs at least once.
import { issueDay, type DatedIssue, type TrendBasis } from './periods';

export interface Appearance {
  issueId: string;
  day: string;
}

export interface PhraseAppearances {
  first: Appearance;
  latest: Appearance;
}

export function phraseAppearances(
  issues: readonly (DatedIssue & { id: string })[],
  counts: readonly { issueId: string; entryId: string; count: number }[],
  basis: TrendBasis,
): Map<string, PhraseAppearances> {
  const days = new Map<string, string>();
  for (const issue of issues) {
    const day = issueDay(issue, basis);
    if (day !== null) days.set(issue.id, day);
  }
  const result = new Map<string, PhraseAppearances>();
  for (const row of counts) {
    const day = row.count > 0 ? days.get(row.issueId) : undefined;
    if (day === undefined) continue;
    const seen = result.get(row.entryId);
    const here = { issueId: row.issueId, day };
    if (!seen) result.set(row.entryId, { first: here, latest: here });
    else {
      if (day < seen.first.day) seen.first = here;
      if (day > seen.latest.day) seen.latest = here;
    }
  }
  return result;
}

/** The phrases with the most occurrences over the library, most first (ties by id, for a stable pick). */
export function topEntryIds(counts: readonly { entryId: string; count: number }[], limit: number): string[] {
  const totals = new Map<string, number>();
  for (const row of counts) totals.set(row.entryId, (totals.get(row.entryId) ?? 0) + row.count);
  return [...totals.entries()]
    .filter(([, total]) => total > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
