// How a brief writes dates, officials and citations, shared by every builder.
import type { ExportLabels } from './labels';
import type { EventDate, ExportEvent, ExportIssue, ExportOfficial } from './model';

export function formatEventDate(date: EventDate, timeOfDay: string | null, labels: ExportLabels): string {
  const day = date === null ? labels.noDate : typeof date === 'string' ? date : `${date.start} – ${date.end}`;
  return timeOfDay ? `${day} ${timeOfDay}` : day;
}

/** "市委常委、江阴市委书记许峰" as the text writes it: titles, then the name. */
export function formatOfficial(official: ExportOfficial): string {
  return `${official.titles.join('、')}${official.name}`;
}

export function formatOfficials(officials: readonly ExportOfficial[]): string {
  return officials.map(formatOfficial).join('；');
}

/** The citation back to the source: series, issue title, period, publish date, source, paragraph. */
export function citation(issue: ExportIssue, paragraph: number | null, labels: ExportLabels): string {
  const parts = [
    issue.series && issue.series !== issue.title ? issue.series : null,
    `《${issue.title}》`,
    issue.period ? `${issue.period.start} – ${issue.period.end}` : null,
    issue.published ? `${labels.published} ${issue.published.replace('T', ' ')}` : null,
    issue.source ? `${labels.source}${labels.colon}${issue.source}` : null,
    paragraph !== null ? labels.paragraph(paragraph) : null,
  ];
  // Clauses of a citation: a comma, not the enumeration mark 、 that lists use in Chinese.
  return parts.filter((part): part is string => part !== null).join(labels.language === 'zh-CN' ? '，' : ', ');
}

export function issueMetaLine(issue: ExportIssue, labels: ExportLabels): string {
  return [
    issue.series && issue.series !== issue.title ? `${labels.series}${labels.colon}${issue.series}` : null,
    issue.period ? `${labels.period}${labels.colon}${issue.period.start} – ${issue.period.end}` : null,
    issue.published ? `${labels.published}${labels.colon}${issue.published.replace('T', ' ')}` : null,
    issue.source ? `${labels.source}${labels.colon}${issue.source}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** The events table's header and one row's cells, the same in every format that has the table. */
export function eventTableHeader(labels: ExportLabels): string[] {
  return [labels.date, labels.officials, labels.place, labels.type, labels.summary, labels.tags];
}

export function eventTableCells(event: ExportEvent, labels: ExportLabels): string[] {
  return [
    formatEventDate(event.date, event.timeOfDay, labels),
    formatOfficials(event.officials),
    event.place ?? '',
    event.typeLabel,
    event.summary,
    event.tags.join(labels.listSeparator),
  ];
}
