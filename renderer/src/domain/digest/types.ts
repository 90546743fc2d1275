// The shape of a parsed digest issue: what the parser finds in a text and what the library stores.
// Pure data, shared by the parser, the import pipeline, the reader and the `parse` command.

/** ISO calendar day, e.g. "2022-09-12". */
export type IsoDate = string;

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/**
 * A block is one unit of the reader: a section heading (its optional second line is `subtitle`
 * of the heading, but stays its own block so that line numbers and text are kept), a paragraph,
 * an image placeholder or a credit/footer line. `intro` paragraphs come before the first heading.
 */
export type BlockKind = 'intro' | 'heading' | 'subheading' | 'paragraph' | 'image' | 'credit';

export interface Block {
  kind: BlockKind;
  /** The text as shown: trimmed, with full-width spaces removed at the ends; '' for image placeholders. */
  text: string;
  /** 1-based line of the source where the block starts. */
  line: number;
}

/** A section heading with its optional second line (the sample's two-line heading pairs). */
export type SectionHeading = [title: string, subtitle?: string];

export interface ParsedIssue {
  /** The issue's own title line (for a weekly column: "市(县)区委书记、市(县)区长一周|9.12-9.18"). */
  title: string;
  /** The recurring column or publication, when the text names it; null for a one-off report. */
  series: string | null;
  /** The period the issue covers, when it can be known. */
  period: Period | null;
  /** Publish time, ISO 8601 local time without zone ("2022-09-19T14:38:35"), or a date alone. */
  published: string | null;
  /** The publisher or source line's value (来源: …), when present. */
  source: string | null;
  sections: SectionHeading[];
  blocks: Block[];
  imagePlaceholders: number;
  credits: string[];
}
