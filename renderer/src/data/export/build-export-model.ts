// Builds the export model from the library for an export spec. Issues come from here; what
// features add to an issue (highlights, events, the issue's note) comes from their contributors
// (contributors.ts), so this file does not know their tables.
import type { ExportLabels } from '../../domain/export/labels';
import { briefTrend } from '../../domain/export/brief-trend';
import { lexiconTable } from '../../domain/export/lexicon-table';
import { inLibraryOrder } from '../../domain/export/library-order';
import type { ExportModel } from '../../domain/export/model';
import type { ExportSpec } from '../../domain/export/spec';
import type { ReadoutDatabase } from '../schema/db';
import type { IssueRecord } from '../records';
import { collectionIssueIds } from '../repositories/collections';
import { issueContributors } from './contributors';
import type { IssueContribution } from './export-contributor';

async function issuesInScope(db: ReadoutDatabase, spec: ExportSpec): Promise<IssueRecord[]> {
  switch (spec.scope.kind) {
    case 'issue':
      return (await db.issues.bulkGet([spec.scope.issueId])).filter((issue): issue is IssueRecord => issue !== undefined);
    case 'issues':
      return (await db.issues.bulkGet(spec.scope.issueIds)).filter((issue): issue is IssueRecord => issue !== undefined);
    case 'library':
      // Not through the `published` index: it leaves out every issue without a publish date.
      return inLibraryOrder(await db.issues.toArray());
    case 'collection': {
      const ids = [...(await collectionIssueIds(db, spec.scope.collectionId))];
      return inLibraryOrder((await db.issues.bulkGet(ids)).filter((issue): issue is IssueRecord => issue !== undefined));
    }
  }
}

export function scopeLabel(
  spec: ExportSpec,
  count: number,
  words: { issue: string; issues: (count: number) => string; library: string },
): string {
  return spec.scope.kind === 'library' ? words.library : spec.scope.kind === 'issue' ? words.issue : words.issues(count);
}

export async function buildExportModel(
  db: ReadoutDatabase,
  spec: ExportSpec,
  labels: ExportLabels,
  scope: string,
  now = new Date(),
): Promise<ExportModel> {
  const issues = await issuesInScope(db, spec);
  const tagNames = new Map((await db.tags.toArray()).map((tag) => [tag.id, tag.name]));
  const contributions = await Promise.all(issueContributors.map((contribute) => contribute(db, issues, spec, labels)));
  const exported = issues.map((issue) => {
    const added = Object.assign({}, ...contributions.map((byIssue) => byIssue.get(issue.id) ?? {})) as IssueContribution;
    return {
      id: issue.id,
      title: issue.title,
      series: issue.series,
      period: issue.periodStart && issue.periodEnd ? { start: issue.periodStart, end: issue.periodEnd } : null,
      published: issue.published,
      source: issue.source,
      origin: issue.origin,
      contentHash: issue.contentHash,
      tags: (issue.tagIds ?? []).map((id) => tagNames.get(id)).filter((name): name is string => name !== undefined),
      note: spec.content.issueNotes ? (added.note ?? '') : '',
      highlights: spec.content.highlights ? (added.highlights ?? []) : [],
      events: spec.content.events ? (added.events ?? []) : [],
      phrases: spec.content.lexicon ? (added.phrases ?? []) : [],
    };
  });
  const lexicon = lexiconTable(exported);
  return { title: spec.title, createdAt: now.toISOString(), scope, issues: exported, lexicon, trend: briefTrend(exported, lexicon) };
}
