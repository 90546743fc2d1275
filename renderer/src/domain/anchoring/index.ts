// The anchoring domain: describe a span of an issue text, and find it again after the text changes.
export { BLOCK_SEPARATOR, blockAt, blockStarts, issueTextOf } from './issue-text';
export { CONTEXT_LENGTH, describeSpan } from './describe';
export { followSpan, reanchor, quoteSimilarity } from './reanchor';
export { diffTexts, mapSpan, type Hunk, type MappedSpan, type TextDiff } from './text-diff';
export type { AnchorStatus, AnchorTarget, Reanchored, TextPositionSelector, TextQuoteSelector } from './types';
