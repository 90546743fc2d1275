// What an export holds, counted from the model it was built from and written into the brief, so
// a reader can tell that nothing was left out — and where the issues without a publish date went.
import type { ExportLabels } from './labels';
import type { ExportModel } from './model';

export interface ExportHoldings {
  issues: number;
  /** Issues without a publish date (listed last in a whole-library export). */
  undated: number;
  highlights: number;
  events: number;
}

export function holdingsOf(model: ExportModel): ExportHoldings {
  return {
    issues: model.issues.length,
    undated: model.issues.filter((issue) => !issue.published).length,
    highlights: model.issues.reduce((sum, issue) => sum + issue.highlights.length, 0),
    events: model.issues.reduce((sum, issue) => sum + issue.events.length, 0),
  };
}

/** "Holds: 41 issues (3 without a publish date, listed last), 12 highlights, 30 events" */
export function holdingsLine(model: ExportModel, labels: ExportLabels): string {
  const holdings = holdingsOf(model);
  const issues = labels.countIssues(holdings.issues) + (holdings.undated > 0 ? labels.countUndated(holdings.undated) : '');
  return `${labels.holds}${labels.colon}${[issues, labels.countHighlights(holdings.highlights), labels.countEvents(holdings.events)].join(labels.listSeparator)}`;
}
