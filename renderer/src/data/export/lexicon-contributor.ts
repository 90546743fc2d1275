// What the lexicon adds to an exported issue: the phrases counted in it (lexiconCounts, kept in
// step with the library), each with its category, most frequent first. Phrases switched off are
// left out, as they are in the reader.
import { byFrequency } from '../../domain/export/lexicon-table';
import type { ExportPhraseCount } from '../../domain/export/model';
import type { ExportContributor, IssueContribution } from './export-contributor';

export const lexiconPhrases: ExportContributor = async (db, issues, spec) => {
  const byIssue = new Map<string, IssueContribution>();
  if (!spec.content.lexicon) return byIssue;
  const ids = issues.map((issue) => issue.id);
  const [entries, counts] = await Promise.all([db.lexicon.toArray(), db.lexiconCounts.where('issueId').anyOf(ids).toArray()]);
  const entryById = new Map(entries.filter((entry) => entry.enabled).map((entry) => [entry.id, entry]));
  for (const id of ids) byIssue.set(id, { phrases: [] });
  for (const row of counts) {
    const entry = entryById.get(row.entryId);
    if (!entry || row.count === 0) continue;
    const phrase: ExportPhraseCount = {
      phrase: entry.phrase,
      category: entry.category.name,
      color: entry.category.colour,
      count: row.count,
    };
    byIssue.get(row.issueId)?.phrases?.push(phrase);
  }
  for (const contribution of byIssue.values()) contribution.phrases?.sort(byFrequency((phrase) => phrase.count));
  return byIssue;
};
