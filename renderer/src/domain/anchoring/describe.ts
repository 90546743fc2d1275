// Describes a span of an issue text as an AnchorTarget: the quote, its context, its offsets
// and the text's hash, so the span can be found again after the text changes.
import { contentHash } from '../text/content-hash';
import type { AnchorTarget } from './types';

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32;

export function describeSpan(text: string, start: number, end: number, hash: string = contentHash(text)): AnchorTarget {
  if (!(start >= 0 && start < end && end <= text.length))
    throw new RangeError(`Invalid span ${start}–${end} of a ${text.length}-character text`);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
    contentHash: hash,
  };
}
