// Edit details: the analyst corrects what the parser read (title, series, period, publish time,
// source). The new values are written to the issue and remembered as edits, so a new version of
// the text (repositories/issue-versions.ts) keeps them; the issue's search document and the
// notes dated by the issue follow in the same transaction.
import { issueSearchDoc } from '../../domain/search/documents';
import type { ReadoutDatabase } from '../schema/db';
import type { IssueDetails, IssueRecord } from '../records';
import { indexHighlights, issueDay, issueNoteDoc } from '../search/search-docs';
import { indexDocuments, searchIndexTables } from '../search/search-index';

export const issueDetailFields = ['title', 'series', 'periodStart', 'periodEnd', 'published', 'source'] as const;

export type IssueDetailsProblem = 'emptyTitle' | 'periodOrder' | 'badDate';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

/** What is wrong with these details, or null: a title is needed, days are ISO days, a period ends after it starts. */
export function detailsProblem(details: IssueDetails): IssueDetailsProblem | null {
  if (details.title.trim() === '') return 'emptyTitle';
  if ((details.periodStart && !DAY.test(details.periodStart)) || (details.periodEnd && !DAY.test(details.periodEnd))) return 'badDate';
  if (details.published && !INSTANT.test(details.published)) return 'badDate';
  if (details.periodStart && details.periodEnd && details.periodEnd < details.periodStart) return 'periodOrder';
  return null;
}

/** The issue with the analyst's edits laid over what was read from its text. */
export function withEdits(issue: IssueRecord, edited: Partial<IssueDetails> | undefined): IssueRecord {
  return edited ? { ...issue, ...edited, edited } : issue;
}

function normalised(details: IssueDetails): IssueDetails {
  const text = (value: string | null) => (value?.trim() ? value.trim() : null);
  return {
    title: details.title.trim(),
    series: text(details.series),
    periodStart: text(details.periodStart),
    periodEnd: text(details.periodEnd),
    published: text(details.published),
    source: text(details.source),
  };
}

export type UpdateDetailsResult = { ok: true; issue: IssueRecord } | { ok: false; problem: IssueDetailsProblem | 'missing' };

/** Saves corrected details of an issue; fields left as they were are not marked as edited. */
export async function updateIssueDetails(db: ReadoutDatabase, issueId: string, input: IssueDetails): Promise<UpdateDetailsResult> {
  const details = normalised(input);
  const problem = detailsProblem(details);
  if (problem) return { ok: false, problem };
  return db.transaction('rw', [db.issues, db.issueTexts, db.highlights, db.issueNotes, ...searchIndexTables(db)], async () => {
    const issue = await db.issues.get(issueId);
    if (!issue) return { ok: false, problem: 'missing' } as const;
    const edited: Partial<IssueDetails> = { ...issue.edited };
    for (const field of issueDetailFields) if (details[field] !== issue[field]) Object.assign(edited, { [field]: details[field] });
    const updated = withEdits({ ...issue, ...details }, Object.keys(edited).length > 0 ? edited : undefined);
    await db.issues.put(updated);
    const text = await db.issueTexts.get(issueId);
    if (text) await indexDocuments(db, [issueSearchDoc(updated, text.blocks)]);
    // Notes are searched and filtered by their issue's day: re-dated when the period or publish time changes.
    if (issueDay(updated) !== issueDay(issue)) {
      await indexHighlights(db, await db.highlights.where('issueId').equals(issueId).toArray());
      const note = await db.issueNotes.get(issueId);
      if (note) await indexDocuments(db, [issueNoteDoc(note, issueDay(updated))]);
    }
    return { ok: true, issue: updated } as const;
  });
}
