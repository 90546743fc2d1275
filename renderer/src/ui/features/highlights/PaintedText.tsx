// One block's text with the highlights that cover it painted as <mark>s. Overlapping highlights
// split the text at every boundary; a piece covered by several shows the innermost colour with
// an underline in the other's, and names all of them in data-highlight-ids.
import { memo } from 'react';
import type { HighlightRecord } from '../../../data/repositories/highlight-records';

export interface Paint {
  id: string;
  start: number;
  end: number;
  color: string;
}

interface Props {
  text: string;
  /** Where this block starts in the issue text. */
  offset: number;
  /** Highlights overlapping this block, in reading order. */
  paints: readonly Paint[];
  currentId: string | null;
  /** A mark was clicked or focused: `ids` are the highlights it paints, `inner` the innermost. */
  onActivate: (ids: readonly string[], inner: string) => void;
}

export const PaintedText = memo(function PaintedText({ text, offset, paints, currentId, onActivate }: Props) {
  if (paints.length === 0) return <>{text}</>;
  const cuts = new Set([0, text.length]);
  for (const paint of paints) {
    cuts.add(Math.max(0, paint.start - offset));
    cuts.add(Math.min(text.length, paint.end - offset));
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const covering = paints.filter((paint) => paint.start - offset < to && paint.end - offset > from);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      pieces.push(piece);
      continue;
    }
    // The shortest highlight is the innermost: its colour fills, the others underline.
    const inner = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const outer = covering.find((paint) => paint !== inner);
    const ids = covering.map((paint) => paint.id);
    const isFirstPiece = covering.some((paint) => paint.start - offset === from);
    pieces.push(
      <mark
        key={from}
        className={`hl${ids.includes(currentId ?? '') ? ' hl--current' : ''}${outer ? ' hl--overlap' : ''}`}
        style={{ backgroundColor: inner.color, textDecorationColor: outer?.color }}
        data-highlight-ids={ids.join(' ')}
        tabIndex={isFirstPiece ? 0 : -1}
        onClick={() => onActivate(ids, inner.id)}
        onFocus={() => onActivate(ids, inner.id)}
      >
        {piece}
      </mark>,
    );
  }
  return <>{pieces}</>;
});

/** The paints of each block, from the highlights placed in the issue (orphans are not painted). */
export function paintsByBlock(
  highlights: readonly HighlightRecord[],
  starts: readonly number[],
  lengths: readonly number[],
  colorOf: (categoryId: string) => string,
): Paint[][] {
  const byBlock: Paint[][] = starts.map(() => []);
  for (const highlight of highlights) {
    if (highlight.anchor === 'orphaned') continue;
    const paint = { id: highlight.id, start: highlight.start, end: highlight.end, color: colorOf(highlight.categoryId) };
    for (let block = 0; block < starts.length; block++) {
      const blockStart = starts[block]!;
      if (blockStart >= highlight.end) break;
      if (blockStart + lengths[block]! > highlight.start) byBlock[block]!.push(paint);
    }
  }
  return byBlock;
}
