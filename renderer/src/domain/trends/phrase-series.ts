// The series a trend chart draws: for chosen lexicon phrases, how often each occurs per week or
// month, optionally split by series, place or official (one line per phrase and group). Input is
// plain arrays (issues, per-issue counts) so that 10,000 issues take milliseconds and tests need
// no database. Only periods holding at least one dated issue are listed: a week with no issue
// has no reading, which is not the same as a reading of zero.
import { issueDay, periodOf, type DatedIssue, type TrendBasis, type TrendGranularity, type TrendPeriod } from './periods';

export type TrendSplit = 'none' | 'series' | 'place' | 'official';

export interface TrendIssue extends DatedIssue {
  id: string;
  series: string | null;
}

/**
 * Occurrences of one phrase in one issue. For the place and official splits, one row per group
 * (place name or official's name) found in the event paragraphs holding the phrase (event-split.ts).
 */
export interface PhraseOccurrence {
  issueId: string;
  entryId: string;
  count: number;
  group?: string | null;
}

export interface TrendOptions {
  entryIds: readonly string[];
  granularity: TrendGranularity;
  basis: TrendBasis;
  split: TrendSplit;
  /** Most lines drawn; a split into many places keeps the largest groups. */
  maxLines?: number;
}

export interface TrendLine {
  /** entryId, or entryId + "\u0000" + group: unique per line. */
  key: string;
  entryId: string;
  /** The series, place or official; null when not split. '' is an issue without a series. */
  group: string | null;
  total: number;
  /** One value per period, in order. */
  values: number[];
}

export interface PeriodIssue {
  issueId: string;
  day: string;
  /** One count per line, in the lines' order. */
  counts: number[];
}

export interface PhraseTrends {
  periods: TrendPeriod[];
  lines: TrendLine[];
  /** Per period (same order), every dated issue in it, the most occurrences first. */
  issuesByPeriod: PeriodIssue[][];
  /** Issues left out because they have no date on the chosen basis. */
  undated: number;
  /** Lines of the split left out beyond maxLines. */
  hiddenLines: number;
}

const GROUP_SEPARATOR = '\u0000';

export function phraseTrends(issues: readonly TrendIssue[], occurrences: readonly PhraseOccurrence[], options: TrendOptions): PhraseTrends {
  const chosen = new Set(options.entryIds);
  const periodKeyOf = new Map<string, TrendPeriod>();
  const issueInfo = new Map<string, { day: string; periodKey: string; series: string | null }>();
  let undated = 0;
  for (const issue of issues) {
    const day = issueDay(issue, options.basis);
    if (day === null) {
      undated += 1;
      continue;
    }
    const period = periodOf(day, options.granularity);
    if (!periodKeyOf.has(period.key)) periodKeyOf.set(period.key, period);
    issueInfo.set(issue.id, { day, periodKey: period.key, series: issue.series });
  }
  const periods = [...periodKeyOf.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const periodIndex = new Map(periods.map((period, index) => [period.key, index]));

  // Totals per line first, so that a split keeps its largest groups.
  interface Pending {
    entryId: string;
    group: string | null;
    total: number;
    byIssue: Map<string, number>;
  }
  const pending = new Map<string, Pending>();
  for (const row of occurrences) {
    if (!chosen.has(row.entryId) || row.count <= 0) continue;
    const info = issueInfo.get(row.issueId);
    if (!info) continue;
    const group = options.split === 'none' ? null : options.split === 'series' ? (info.series ?? '') : (row.group ?? null);
    if (options.split !== 'none' && group === null) continue;
    const key = group === null ? row.entryId : `${row.entryId}${GROUP_SEPARATOR}${group}`;
    let line = pending.get(key);
    if (!line) pending.set(key, (line = { entryId: row.entryId, group, total: 0, byIssue: new Map() }));
    line.total += row.count;
    line.byIssue.set(row.issueId, (line.byIssue.get(row.issueId) ?? 0) + row.count);
  }
  if (options.split === 'none') {
    // Every chosen phrase has its line, even one that never occurs (drawn flat at zero).
    for (const entryId of options.entryIds) {
      if (!pending.has(entryId)) pending.set(entryId, { entryId, group: null, total: 0, byIssue: new Map() });
    }
  }
  const entryOrder = new Map(options.entryIds.map((id, index) => [id, index]));
  const ranked = [...pending.entries()].sort(
    ([, a], [, b]) => (entryOrder.get(a.entryId) ?? 0) - (entryOrder.get(b.entryId) ?? 0) || b.total - a.total,
  );
  const maxLines = options.maxLines ?? Infinity;
  const kept = options.split === 'none' ? ranked : [...ranked].sort(([, a], [, b]) => b.total - a.total).slice(0, maxLines);
  const keptKeys = new Set(kept.map(([key]) => key));
  const orderedKept = ranked.filter(([key]) => keptKeys.has(key));

  const lines: TrendLine[] = orderedKept.map(([key, line]) => {
    const values = new Array<number>(periods.length).fill(0);
    for (const [issueId, count] of line.byIssue) values[periodIndex.get(issueInfo.get(issueId)!.periodKey)!]! += count;
    return { key, entryId: line.entryId, group: line.group, total: line.total, values };
  });

  const issuesByPeriod: PeriodIssue[][] = periods.map(() => []);
  for (const [issueId, info] of issueInfo) {
    const counts = orderedKept.map(([, line]) => line.byIssue.get(issueId) ?? 0);
    issuesByPeriod[periodIndex.get(info.periodKey)!]!.push({ issueId, day: info.day, counts });
  }
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
  for (const list of issuesByPeriod) list.sort((a, b) => sum(b.counts) - sum(a.counts) || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

  return { periods, lines, issuesByPeriod, undated, hiddenLines: ranked.length - orderedKept.length };
}
