// The W3C Web Annotation target a highlight keeps: a TextQuoteSelector (the quoted text with a
// little context on each side) and a TextPositionSelector (offsets into the issue text), plus
// the content hash of the text they were taken from. Offsets are UTF-16 code units over the
// issue text defined in issue-text.ts.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnchorTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** contentHash() of the issue text the selectors were taken from. */
  contentHash: string;
}

/**
 * How a target was found again in a (possibly changed) text:
 * - exact: at its recorded position, with its quote and context;
 * - moved: its quote, unchanged, at another position chosen by its context;
 * - fuzzy: a near match of its quote between its context, placed but flagged for review;
 * - orphaned: not found with confidence; start/end are the old ones and must not be painted.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface Reanchored {
  status: AnchorStatus;
  start: number;
  end: number;
}
