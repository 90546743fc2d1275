// The one export model: what a brief contains, built once from a scope and content choices and
// rendered by every builder (Word, print/PDF, Markdown, CSV, Web Annotation JSON-LD), so the
// formats never disagree about what was exported.

export type EventDate = string | { start: string; end: string } | null;

export interface ExportOfficial {
  name: string;
  titles: string[];
}

export interface ExportEvent {
  id: string;
  date: EventDate;
  timeOfDay: string | null;
  officials: ExportOfficial[];
  place: string | null;
  /** The event type's key (meeting, inspection, …) and its label in the brief's language. */
  type: string;
  typeLabel: string;
  summary: string;
  tags: string[];
  /** Index of the block the event came from, for the citation. */
  blockIndex: number | null;
  status: 'proposed' | 'confirmed' | 'edited';
}

export interface ExportCategory {
  id: string;
  name: string;
  /** "#rrggbb" */
  color: string;
}

export interface ExportHighlight {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** Positions in the issue's text (its blocks joined), as the TextPositionSelector. */
  start: number;
  end: number;
  category: ExportCategory;
  note: string;
  tags: string[];
  /** 1-based paragraph number in the issue, for the citation; null when unknown (orphaned). */
  paragraph: number | null;
  createdAt: string;
  modifiedAt: string;
}

/** How often one lexicon phrase occurs in one exported issue. */
export interface ExportPhraseCount {
  phrase: string;
  category: string;
  /** "#rgb" or "#rrggbb" */
  color: string;
  count: number;
}

/** One lexicon phrase over the exported issues: its occurrences and how many issues say it. */
export interface ExportLexiconRow {
  phrase: string;
  category: string;
  color: string;
  total: number;
  issues: number;
}

/** The brief's trend chart: occurrences per month ("2022-09") of its most frequent phrases. */
export interface ExportTrend {
  months: string[];
  lines: { phrase: string; color: string; values: number[] }[];
}

export interface ExportIssue {
  id: string;
  title: string;
  series: string | null;
  period: { start: string; end: string } | null;
  published: string | null;
  source: string | null;
  /** The file or origin it was imported from. */
  origin: string;
  contentHash: string;
  note: string;
  tags: string[];
  highlights: ExportHighlight[];
  events: ExportEvent[];
  /** Lexicon phrases found in the issue, most frequent first ([] when the brief leaves them out). */
  phrases: ExportPhraseCount[];
}

export interface ExportModel {
  title: string;
  /** ISO instant the brief was made. */
  createdAt: string;
  /** Words describing the scope ("Open issue", "3 issues", "Whole library", …). */
  scope: string;
  issues: ExportIssue[];
  /** The lexicon's phrases over all exported issues, most frequent first ([] when left out). */
  lexicon: ExportLexiconRow[];
  /** Null when the lexicon is left out or the issues fall in one month. */
  trend: ExportTrend | null;
}

/** All the highlights of a model, each with its issue, in reading order. */
export function highlightsOf(model: ExportModel): { issue: ExportIssue; highlight: ExportHighlight }[] {
  return model.issues.flatMap((issue) => issue.highlights.map((highlight) => ({ issue, highlight })));
}

export function eventsOf(model: ExportModel): { issue: ExportIssue; event: ExportEvent }[] {
  return model.issues.flatMap((issue) => issue.events.map((event) => ({ issue, event })));
}
