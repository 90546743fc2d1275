// The stored shapes of highlights (version 3 of the schema) and of the one note per issue.
import type { AnchorStatus, AnchorTarget } from '../../domain/anchoring';

export interface HighlightRecord {
  id: string;
  issueId: string;
  /** The W3C Web Annotation target taken when the highlight was made (or last re-anchored exactly). */
  target: AnchorTarget;
  /** Where it is now in the issue text (see domain/anchoring/issue-text.ts); not painted when orphaned. */
  start: number;
  end: number;
  /** How it was last anchored: fuzzy and orphaned highlights are listed under "Needs review". */
  anchor: AnchorStatus;
  categoryId: string;
  /** Multi-line plain text; '' when there is none. */
  note: string;
  tagIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface IssueNoteRecord {
  issueId: string;
  text: string;
  updatedAt: string;
}
