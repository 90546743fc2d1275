// The trend a brief draws: the brief's most frequent lexicon phrases (at most five) per month over
// its issues' periods (period start, else publish date), by the same series code as the Trends
// view. A brief whose issues fall in a single month gets no chart: one point is not a trend.
import { phraseTrends, type PhraseOccurrence, type TrendIssue } from '../trends/phrase-series';
import type { ExportIssue, ExportLexiconRow, ExportTrend } from './model';

const MAX_PHRASES = 5;

export function briefTrend(issues: readonly ExportIssue[], lexicon: readonly ExportLexiconRow[]): ExportTrend | null {
  const chosen = lexicon.slice(0, MAX_PHRASES);
  if (chosen.length === 0) return null;
  const dated: TrendIssue[] = issues.map((issue) => ({
    id: issue.id,
    series: issue.series,
    periodStart: issue.period?.start ?? null,
    published: issue.published,
  }));
  // The phrase stands for its entry here: a brief names phrases, not entry ids.
  const occurrences: PhraseOccurrence[] = issues.flatMap((issue) =>
    issue.phrases.map((phrase) => ({ issueId: issue.id, entryId: phrase.phrase, count: phrase.count })),
  );
  const trends = phraseTrends(dated, occurrences, {
    entryIds: chosen.map((row) => row.phrase),
    granularity: 'month',
    basis: 'period',
    split: 'none',
  });
  if (trends.periods.length < 2) return null;
  const colorOf = new Map(chosen.map((row) => [row.phrase, row.color]));
  return {
    months: trends.periods.map((period) => period.key),
    lines: trends.lines.map((line) => ({ phrase: line.entryId, color: colorOf.get(line.entryId) ?? '#888888', values: line.values })),
  };
}
