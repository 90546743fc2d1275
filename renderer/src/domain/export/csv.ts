// Events as CSV for Excel: UTF-8 with a BOM (so Excel reads Chinese correctly), RFC 4180
// quoting, CRLF line ends, one row per event.
import { formatEventDate, formatOfficials } from './cite';
import type { ExportLabels } from './labels';
import { eventsOf, type ExportModel } from './model';

const BOM = '\uFEFF';

/**
 * A cell that starts with = + - @ (or a tab or CR before one) is read by Excel, LibreOffice and
 * Sheets as a formula — `=HYPERLINK("http://…"&B2, "详情")` in a tag would run when the file is
 * opened. As OWASP's CSV-injection rule says, such a cell gets a leading apostrophe, which the
 * spreadsheet takes as "this is text", and is quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function eventsCsv(model: ExportModel, labels: ExportLabels): string {
  const header = [
    labels.date,
    labels.officials,
    labels.place,
    labels.type,
    labels.summary,
    labels.tags,
    labels.status,
    labels.issue,
    labels.published,
  ];
  const rows = eventsOf(model).map(({ issue, event }) => [
    formatEventDate(event.date, event.timeOfDay, labels),
    formatOfficials(event.officials),
    event.place ?? '',
    event.typeLabel,
    event.summary,
    event.tags.join('; '),
    event.status,
    issue.title,
    issue.published ?? '',
  ]);
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
