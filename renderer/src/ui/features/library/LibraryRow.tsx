// One issue in the library list: a link named by its title, with series, period and publish date
// (each said for what it is: an issue covers a period and is published on a day), and, with a
// phrase chosen in the filter, how often the issue says it.
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import type { IssueRecord } from '../../../data/records';
import { hrefFor } from '../../app/route';
import { formatDay, formatPeriod } from '../../format';

export function LibraryRow({ issue, phrase }: { issue: IssueRecord; phrase: { text: string; count: number } | null }) {
  const { t, i18n } = useTranslation();
  const period = formatPeriod(issue.periodStart, issue.periodEnd, i18n.language);
  const day = formatDay(issue.published, i18n.language);
  const published = day ? t('library.publishedLabel', { date: day }) : t('library.noDate');
  return (
    <a className="library-row" href={hrefFor({ view: 'issue', issueId: issue.id })} data-issue-id={issue.id}>
      <span className="library-row__title">{withoutBidiControls(issue.title)}</span>
      <span className="library-row__meta">
        {issue.series && issue.series !== issue.title && <span>{issue.series}</span>}
        {period && <span>{t('library.periodLabel', { period })}</span>}
        <span>{published}</span>
        {issue.source && <span>{issue.source}</span>}
        {phrase && (
          <span className="library-row__phrase" lang="zh-CN">
            {t('library.phraseCount', { phrase: phrase.text, count: phrase.count })}
          </span>
        )}
      </span>
    </a>
  );
}
