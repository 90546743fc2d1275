// Applies a document that arrived from the team to the library, through the repositories' own
// write functions (so search, proposals and lexicon counts are derived here, as for an import).
// The caller has checked it (doc-schemas.ts). A record that hangs on an issue this library does
// not hold yet is parked and tried again after the next sync; a deletion of a tag still used here
// is not carried out but listed for review.
import type { ReadoutDatabase } from '../schema/db';
import { applyIssue } from '../repositories/issues';
import { applyAuthorHighlights, applyIssueNote } from '../repositories/highlights';
import { applyReviewedEvents } from '../repositories/events';
import { adoptTag, deleteTag, tagUses } from '../repositories/tags';
import { writeCategories } from '../repositories/highlight-categories';
import type { DocContent } from './documents';

export type ApplyOutcome = 'applied' | 'parked' | 'review';

/** The review a tag deletion that cannot be carried out silently becomes. */
export const deletedTagReviewId = (tagId: string) => `deletedTagInUse:${tagId}`;

async function hasIssue(db: ReadoutDatabase, issueId: string): Promise<boolean> {
  return (await db.issues.get(issueId)) !== undefined;
}

export async function applyDoc(db: ReadoutDatabase, content: DocContent, me: string): Promise<ApplyOutcome> {
  switch (content.type) {
    case 'issue': {
      const result = await applyIssue(db, content.issue, content.text);
      return result === 'sameTextElsewhere' || result === 'inTrash' ? 'parked' : 'applied';
    }
    case 'highlights':
      if (!(await hasIssue(db, content.issueId))) return 'parked';
      await applyAuthorHighlights(
        db,
        content.issueId,
        content.author,
        me,
        // This analyst's own highlights keep no author field, as they were made.
        content.highlights.map((highlight) => (highlight.author === me ? withoutAuthor(highlight) : highlight)),
      );
      return 'applied';
    case 'note':
      if (!(await hasIssue(db, content.issueId))) return 'parked';
      await applyIssueNote(db, content.issueId, content.note);
      return 'applied';
    case 'events':
      if (!(await hasIssue(db, content.issueId))) return 'parked';
      await applyReviewedEvents(
        db,
        content.issueId,
        content.events.map((event) => (event.author === me ? withoutAuthor(event) : event)),
      );
      return 'applied';
    case 'tag':
      await adoptTag(db, content.tag);
      await db.syncReviews.delete(deletedTagReviewId(content.tag.id));
      return 'applied';
    case 'categories':
      await writeCategories(db, content.categories);
      return 'applied';
  }
}

function withoutAuthor<T extends { author?: string }>(record: T): T {
  const { author: _author, ...rest } = record;
  return rest as T;
}

/**
 * A tag deleted by a colleague: gone here too when nothing here carries it; otherwise kept and
 * listed for review (a colleague's deletion against this analyst's use), never dropped silently.
 */
export async function applyTagDeletion(db: ReadoutDatabase, tagId: string, deletedBy: string): Promise<ApplyOutcome> {
  const tag = await db.tags.get(tagId);
  if (!tag) return 'applied';
  const uses = await tagUses(db, tagId);
  if (uses === 0) {
    await deleteTag(db, tagId);
    return 'applied';
  }
  await db.syncReviews.put({
    id: deletedTagReviewId(tagId),
    kind: 'deletedTagInUse',
    tagId,
    tagName: tag.name,
    deletedBy,
    uses,
    at: new Date().toISOString(),
  });
  return 'review';
}
