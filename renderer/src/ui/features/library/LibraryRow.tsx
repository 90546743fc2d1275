// One issue in the library list: a link named by its title, with series, period and publish date.
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import type { IssueRecord } from '../../../data/records';
import { hrefFor } from '../../app/route';
import { formatDay, formatPeriod } from '../../format';

export function LibraryRow({ issue }: { issue: IssueRecord }) {
  const { t, i18n } = useTranslation();
  const period = formatPeriod(issue.periodStart, issue.periodEnd, i18n.language);
  const published = formatDay(issue.published, i18n.language) ?? t('library.noDate');
  return (
    <a className="library-row" href={hrefFor({ view: 'issue', issueId: issue.id })} data-issue-id={issue.id}>
      <span className="library-row__title">{withoutBidiControls(issue.title)}</span>
      <span className="library-row__meta">
        {issue.series && issue.series !== issue.title && <span>{issue.series}</span>}
        {period && <span>{period}</span>}
        <span>{published}</span>
        {issue.source && <span>{issue.source}</span>}
      </span>
    </a>
  );
}
