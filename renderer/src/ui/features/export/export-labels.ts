// The brief's words in the chosen language, from the export namespace of the UI strings.
import i18next, { type TFunction } from 'i18next';
import type { ExportLabels } from '../../../domain/export/labels';

const CURRENT = '\u0001';
const TOTAL = '\u0002';

/** "Page {{current}} of {{total}}" cut into the pieces around the two numbers, which Word fills in. */
function pageNumberPieces(template: string): Pick<ExportLabels, 'pageBefore' | 'pageMiddle' | 'pageAfter'> {
  const [before = '', rest = ''] = template.split(CURRENT);
  const [middle = '', after = ''] = rest.split(TOTAL);
  return { pageBefore: before, pageMiddle: middle, pageAfter: after };
}

export function exportLabels(t: TFunction<'export'>, language: 'zh-CN' | 'en'): ExportLabels {
  return {
    language,
    colon: t('labels.colon'),
    listSeparator: t('labels.listSeparator'),
    highlights: t('labels.highlights'),
    events: t('labels.events'),
    issueNote: t('labels.issueNote'),
    note: t('labels.note'),
    tags: t('labels.tags'),
    category: t('labels.category'),
    date: t('labels.date'),
    officials: t('labels.officials'),
    place: t('labels.place'),
    type: t('labels.type'),
    summary: t('labels.summary'),
    status: t('labels.status'),
    series: t('labels.series'),
    period: t('labels.period'),
    published: t('labels.published'),
    source: t('labels.source'),
    scope: t('labels.scope'),
    created: t('labels.created'),
    paragraph: (n) => t('labels.paragraph', { n }),
    ...pageNumberPieces(t('labels.pageNumber', { current: CURRENT, total: TOTAL })),
    issue: t('labels.issue'),
    noDate: t('labels.noDate'),
    holds: t('labels.holds'),
    countIssues: (count) => t('labels.countIssues', { count }),
    countUndated: (count) => t('labels.countUndated', { count }),
    countHighlights: (count) => t('labels.countHighlights', { count }),
    countEvents: (count) => t('labels.countEvents', { count }),
    policyPhrases: t('labels.policyPhrases'),
    phrase: t('labels.phrase'),
    occurrences: t('labels.occurrences'),
    inIssues: t('labels.inIssues'),
    trend: t('labels.trend'),
    categoryNames: i18next.getResource(language, 'highlights', 'category') as Record<string, string>,
    eventTypes: i18next.getResource(language, 'events', 'types') as Record<string, string>,
  };
}

export function exportScopeText(t: TFunction<'export'>, kind: 'issue' | 'issues' | 'library' | 'collection', count: number): string {
  if (kind === 'collection') return t('scopeCollection');
  return kind === 'library' ? t('scopeLibrary') : kind === 'issue' ? t('scopeIssue') : t('scopeIssues', { count });
}
