// The issues of one chosen period (a point of the chart or a cell of the table), the most
// occurrences first, each with its counts of the chosen phrases and a link that opens it at the
// phrase: the reader's find landing marks the phrase and scrolls to its first occurrence.
import { useTranslation } from 'react-i18next';
import type { PhraseTrends } from '../../../domain/trends/phrase-series';
import { hrefFor } from '../../app/route';
import { formatDay } from '../../format';

interface PeriodIssuesProps {
  trends: PhraseTrends;
  periodIndex: number;
  lineIndex: number | null;
  periodLabel: string;
  lineLabels: string[];
  /** The phrase each line is found by in the reader. */
  linePhrases: string[];
  titleOf: (issueId: string) => string;
  onClose: () => void;
}

export function PeriodIssues({
  trends,
  periodIndex,
  lineIndex,
  periodLabel,
  lineLabels,
  linePhrases,
  titleOf,
  onClose,
}: PeriodIssuesProps) {
  const { t, i18n } = useTranslation('trends');
  const issues = trends.issuesByPeriod[periodIndex] ?? [];
  const label = t('issues.label', { period: periodLabel });
  return (
    <section className="period-issues" aria-label={label}>
      <header className="period-issues__header">
        <h3>{label}</h3>
        <button type="button" onClick={onClose}>
          {t('issues.close')}
        </button>
      </header>
      <ul aria-label={label}>
        {issues.map((issue) => {
          // Land on the chosen line's phrase, or, from a row, on the phrase said most in this issue.
          const best = issue.counts.reduce((top, count, index) => (count > (issue.counts[top] ?? 0) ? index : top), 0);
          const target = lineIndex !== null && (issue.counts[lineIndex] ?? 0) > 0 ? lineIndex : best;
          const phrase = (issue.counts[target] ?? 0) > 0 ? linePhrases[target] : undefined;
          const href = hrefFor(
            phrase
              ? { view: 'issue', issueId: issue.issueId, landing: { kind: 'find', find: phrase, block: null } }
              : { view: 'issue', issueId: issue.issueId },
          );
          return (
            <li key={issue.issueId}>
              <a href={href} lang="zh-CN">
                {titleOf(issue.issueId)}
              </a>{' '}
              <span className="period-issues__day">{formatDay(issue.day, i18n.language)}</span>
              <span className="period-issues__counts">
                {issue.counts.map((count, index) => (
                  <span key={trends.lines[index]!.key} className={count === 0 ? 'period-issues__count--zero' : undefined}>
                    {t('issues.count', { phrase: lineLabels[index], count })}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
