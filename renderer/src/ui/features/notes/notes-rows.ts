// What the Notes view shows for a filter: the issue notes (only when no category or tag is
// chosen: they have neither) and then the highlights, each list in the order it is given
// (newest first). A lexicon phrase keeps the highlights whose quote or note says it and the issue
// notes that say it. Pure, so the filter is tested apart from the view.
import type { HighlightRecord, IssueNoteRecord } from '../../../data/repositories/highlights';

export interface NotesFilters {
  /** A category id, or '' for all. */
  category: string;
  /** A tag id, or '' for all. */
  tagId: string;
  /** An issue id, or '' for all. */
  issueId: string;
  /** ISO days (YYYY-MM-DD) as the date inputs give them, or ''. Compared with the day of the record's timestamp. */
  from: string;
  to: string;
  /** A lexicon entry id, or '' for all; shownNotes is given the test of what says it. */
  phrase: string;
}

export const noNotesFilters: NotesFilters = { category: '', tagId: '', issueId: '', from: '', to: '', phrase: '' };

export type NotesRow =
  { kind: 'issueNote'; key: string; note: IssueNoteRecord } | { kind: 'highlight'; key: string; highlight: HighlightRecord };

export interface ShownNotes {
  issueNotes: IssueNoteRecord[];
  highlights: HighlightRecord[];
  /** Issue notes first, then highlights: the rows of the list. */
  rows: NotesRow[];
}

export function shownNotes(
  highlights: readonly HighlightRecord[],
  issueNotes: readonly IssueNoteRecord[],
  filters: NotesFilters,
  /** Whether a text says the chosen phrase (see domain/lexicon/says-phrase.ts); absent: no phrase filter. */
  says?: (text: string) => boolean,
): ShownNotes {
  const { category, tagId, issueId, from, to } = filters;
  const inDates = (iso: string) => (!from || iso.slice(0, 10) >= from) && (!to || iso.slice(0, 10) <= to);
  const shownHighlights = highlights.filter(
    (highlight) =>
      (!category || highlight.categoryId === category) &&
      (!tagId || highlight.tagIds.includes(tagId)) &&
      (!issueId || highlight.issueId === issueId) &&
      inDates(highlight.createdAt) &&
      (!says || says(highlight.target.quote.exact) || says(highlight.note)),
  );
  const shownIssueNotes =
    category || tagId
      ? []
      : issueNotes.filter((note) => (!issueId || note.issueId === issueId) && inDates(note.updatedAt) && (!says || says(note.text)));
  const rows: NotesRow[] = [
    ...shownIssueNotes.map((note): NotesRow => ({ kind: 'issueNote', key: `note-${note.issueId}`, note })),
    ...shownHighlights.map((highlight): NotesRow => ({ kind: 'highlight', key: highlight.id, highlight })),
  ];
  return { issueNotes: shownIssueNotes, highlights: shownHighlights, rows };
}

/** The issues that carry a highlight or a note, each once, in the order first met. */
export function annotatedIssueIds(highlights: readonly HighlightRecord[], issueNotes: readonly IssueNoteRecord[]): string[] {
  const ids = new Set<string>();
  for (const note of issueNotes) ids.add(note.issueId);
  for (const highlight of highlights) ids.add(highlight.issueId);
  return [...ids];
}
