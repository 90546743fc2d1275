// What the search index holds: documents of several kinds, each with a stable id and a text.
// An issue is one document whose text is its title and its blocks, one per line, so that a
// match's offset tells which block it is in (segment 0 is the title, segment k+1 is block k).
import { joinSegments } from './match';

export type SearchDocKind = 'issue' | 'block' | 'highlight' | 'note' | 'event' | 'person';
export const searchDocKinds: readonly SearchDocKind[] = ['issue', 'block', 'highlight', 'note', 'event', 'person'];

/**
 * Kinds whose text the index does not copy into its document rows: an issue's is its stored text,
 * a person's is made from their record (name, aliases, titles — which grow with every import),
 * and both are read from there for snippets.
 */
export function textKeptElsewhere(kind: SearchDocKind): boolean {
  return kind === 'issue' || kind === 'person';
}

/** Facts the filters look at. Free-form lists so events and people can say what they know. */
export interface SearchFields {
  /** Tag ids carried by the record itself (an issue's live tags are looked up at query time). */
  tagIds?: string[];
  /** Places (市, 区, 县 …) the record is about. */
  places?: string[];
  /** Officials (names or posts) the record is about. */
  officials?: string[];
  /** ISO day the record is dated (an issue: its period start, else its publish day). */
  date?: string | null;
  /** An event proposed by extraction and not yet reviewed by the analyst. */
  proposed?: boolean;
  /** A highlight with a note: where in its text the note starts (after the quote). */
  noteStart?: number;
  /** A short label for the result list (e.g. a note's issue title). */
  label?: string;
}

export interface SearchDoc {
  /** Unique across kinds, e.g. "issue:<id>", "note:<id>". */
  id: string;
  kind: SearchDocKind;
  issueId?: string;
  blockIndex?: number;
  text: string;
  fields?: SearchFields;
}

export function issueDocId(issueId: string): string {
  return `issue:${issueId}`;
}

/** An issue's searchable text and where each of its segments starts (title, then every block). */
export function issueSearchText(title: string, blocks: readonly { text: string }[]): { text: string; starts: number[] } {
  return joinSegments([title, ...blocks.map((block) => block.text)]);
}

/** The search document of an issue. */
export function issueSearchDoc(
  issue: { id: string; title: string; periodStart: string | null; published: string | null },
  blocks: readonly { text: string }[],
): SearchDoc {
  return {
    id: issueDocId(issue.id),
    kind: 'issue',
    issueId: issue.id,
    text: issueSearchText(issue.title, blocks).text,
    fields: { date: issue.periodStart ?? issue.published?.slice(0, 10) ?? null },
  };
}
