// The brief as Markdown: the same content as the Word brief, for notes apps and plain editors.
import { citation, eventTableCells, eventTableHeader, issueMetaLine } from './cite';
import { holdingsLine } from './holdings';
import { lexiconTableCells, lexiconTableHeader, phrasesLine } from './lexicon-table';
import type { ExportLabels } from './labels';
import type { ExportModel } from './model';

/** Escapes what Markdown would read as markup inside table cells and running text. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeInline(line)}`)
    .join('\n');
}

export function briefMarkdown(model: ExportModel, labels: ExportLabels): string {
  const out: string[] = [
    `# ${escapeInline(model.title)}`,
    '',
    `${labels.scope}${labels.colon}${escapeInline(model.scope)} · ${labels.created}${labels.colon}${model.createdAt.slice(0, 10)}`,
    '',
    escapeInline(holdingsLine(model, labels)),
    '',
  ];
  if (model.lexicon.length > 0) {
    out.push(`## ${labels.policyPhrases}`, '', `| ${lexiconTableHeader(labels).join(' | ')} |`, '|---|---|---:|---:|');
    for (const row of model.lexicon) out.push(`| ${lexiconTableCells(row).map(escapeInline).join(' | ')} |`);
    out.push('');
  }
  for (const issue of model.issues) {
    out.push(`## ${escapeInline(issue.title)}`, '', escapeInline(issueMetaLine(issue, labels)), '');
    if (issue.tags.length > 0) out.push(`${labels.tags}${labels.colon}${issue.tags.map(escapeInline).join(labels.listSeparator)}`, '');
    if (issue.phrases.length > 0)
      out.push(`${labels.policyPhrases}${labels.colon}${escapeInline(phrasesLine(issue.phrases, labels.listSeparator))}`, '');
    if (issue.note) out.push(`**${labels.issueNote}:** ${escapeInline(issue.note)}`, '');
    if (issue.highlights.length > 0) {
      out.push(`### ${labels.highlights}`, '');
      for (const highlight of issue.highlights) {
        out.push(`**${escapeInline(highlight.category.name)}**`, '', quoteBlock(highlight.quote), '');
        if (highlight.note) out.push(`${labels.note}${labels.colon}${escapeInline(highlight.note)}`, '');
        if (highlight.tags.length > 0)
          out.push(`${labels.tags}${labels.colon}${highlight.tags.map(escapeInline).join(labels.listSeparator)}`, '');
        out.push(`— ${escapeInline(citation(issue, highlight.paragraph, labels))}`, '');
      }
    }
    if (issue.events.length > 0) {
      out.push(`### ${labels.events}`, '', `| ${eventTableHeader(labels).join(' | ')} |`, '|---|---|---|---|---|---|');
      for (const event of issue.events) {
        out.push(
          `| ${eventTableCells(event, labels)
            .map((cell) => escapeInline(cell).replace(/\n/g, ' '))
            .join(' | ')} |`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}
