// The words a brief uses around the data (headings, column names), supplied by the UI in the
// brief's language so the builders stay pure and every format says the same thing.
export interface ExportLabels {
  language: 'zh-CN' | 'en';
  /** After a label: ": " in English, "：" in Chinese. */
  colon: string;
  /** Between items of a list: ", " in English, "、" in Chinese. */
  listSeparator: string;
  highlights: string;
  events: string;
  issueNote: string;
  note: string;
  tags: string;
  category: string;
  date: string;
  officials: string;
  place: string;
  type: string;
  summary: string;
  status: string;
  series: string;
  period: string;
  published: string;
  source: string;
  scope: string;
  created: string;
  /** "paragraph 12" / "第 12 段" */
  paragraph: (number: number) => string;
  /** Page numbering as three pieces around the numbers: "Page ", " of ", "" / "第 ", " 页，共 ", " 页". */
  pageBefore: string;
  pageMiddle: string;
  pageAfter: string;
  issue: string;
  noDate: string;
  /** What the export holds (holdings.ts): "Holds", "41 issues", " (3 without a publish date, listed last)", … */
  holds: string;
  countIssues: (count: number) => string;
  countUndated: (count: number) => string;
  countHighlights: (count: number) => string;
  countEvents: (count: number) => string;
  /** The lexicon's table: its heading and column names. */
  policyPhrases: string;
  phrase: string;
  occurrences: string;
  inIssues: string;
  /** The trend chart's heading (its image's description too). */
  trend: string;
  /** Default names of the highlight categories by id (the user's own names win). */
  categoryNames: Record<string, string>;
  /** Names of the event types by key (meeting, inspection, …). */
  eventTypes: Record<string, string>;
}

export const englishExportLabels: ExportLabels = {
  language: 'en',
  colon: ': ',
  listSeparator: ', ',
  highlights: 'Highlights',
  events: 'Events',
  issueNote: 'Note on the issue',
  note: 'Note',
  tags: 'Tags',
  category: 'Category',
  date: 'Date',
  officials: 'Officials',
  place: 'Place',
  type: 'Type',
  summary: 'Summary',
  status: 'Status',
  series: 'Series',
  period: 'Period',
  published: 'Published',
  source: 'Source',
  scope: 'Scope',
  created: 'Made',
  paragraph: (number) => `paragraph ${number}`,
  pageBefore: 'Page ',
  pageMiddle: ' of ',
  pageAfter: '',
  issue: 'Issue',
  noDate: 'no date',
  holds: 'Holds',
  countIssues: (count) => (count === 1 ? '1 issue' : `${count} issues`),
  countUndated: (count) => ` (${count} without a publish date, listed last)`,
  countHighlights: (count) => (count === 1 ? '1 highlight' : `${count} highlights`),
  countEvents: (count) => (count === 1 ? '1 event' : `${count} events`),
  policyPhrases: 'Policy phrases',
  phrase: 'Phrase',
  occurrences: 'Occurrences',
  inIssues: 'Issues',
  trend: 'Phrases by month',
  categoryNames: {
    policy: 'Policy phrase',
    target: 'Target or figure',
    project: 'Project',
    person: 'Person or post',
    risk: 'Risk',
    other: 'Other',
  },
  eventTypes: {
    meeting: 'Meeting',
    inspection: 'Inspection',
    signing: 'Signing',
    unveiling: 'Unveiling',
    visit: 'Visit',
    activity: 'Activity',
  },
};
