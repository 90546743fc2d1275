// The brief's table of policy phrases: each lexicon phrase over the exported issues, with its
// occurrences and the number of issues that say it, most frequent first (then by phrase, so the
// order is the same in every format and every run).
import type { ExportLabels } from './labels';
import type { ExportIssue, ExportLexiconRow, ExportPhraseCount } from './model';

const phraseCollator = new Intl.Collator('zh-CN');

export function byFrequency<T extends { phrase: string }>(count: (item: T) => number): (a: T, b: T) => number {
  return (a, b) => count(b) - count(a) || phraseCollator.compare(a.phrase, b.phrase);
}

export function lexiconTable(issues: readonly Pick<ExportIssue, 'phrases'>[]): ExportLexiconRow[] {
  const rows = new Map<string, ExportLexiconRow>();
  for (const issue of issues) {
    for (const { phrase, category, color, count } of issue.phrases) {
      const row = rows.get(phrase) ?? { phrase, category, color, total: 0, issues: 0 };
      row.total += count;
      row.issues += 1;
      rows.set(phrase, row);
    }
  }
  return [...rows.values()].sort(byFrequency((row) => row.total));
}

/** "城市更新 6、项目建设 7": one issue's phrases on one line. */
export function phrasesLine(phrases: readonly ExportPhraseCount[], separator: string): string {
  return phrases.map(({ phrase, count }) => `${phrase} ${count}`).join(separator);
}

/** The table's column names, the same in every format. */
export function lexiconTableHeader(labels: Pick<ExportLabels, 'phrase' | 'category' | 'occurrences' | 'inIssues'>): string[] {
  return [labels.phrase, labels.category, labels.occurrences, labels.inIssues];
}

export function lexiconTableCells(row: ExportLexiconRow): string[] {
  return [row.phrase, row.category, String(row.total), String(row.issues)];
}
