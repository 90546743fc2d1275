// One block's text with the highlights that cover it painted as <mark>s. Overlapping highlights
// split the text at every boundary; a piece covered by several shows the innermost colour with
// an underline in the other's, and names all of them in data-highlight-ids, the innermost first.
// Marks carry no handlers of their own (an issue may paint thousands): the reader listens once
// for clicks and focus on any mark (activateMark).
import { memo } from 'react';
import type { HighlightRecord } from '../../../data/records';

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
}

export const PaintedText = memo(function PaintedText({ text, offset, paints, currentId }: Props) {
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
    const ids = [inner.id, ...covering.filter((paint) => paint !== inner).map((paint) => paint.id)];
    const isFirstPiece = covering.some((paint) => paint.start - offset === from);
    pieces.push(
      <mark
        key={from}
        className={`hl${ids.includes(currentId ?? '') ? ' hl--current' : ''}${outer ? ' hl--overlap' : ''}`}
        style={{ backgroundColor: inner.color, textDecorationColor: outer?.color }}
        data-highlight-ids={ids.join(' ')}
        tabIndex={isFirstPiece ? 0 : -1}
      >
        {piece}
      </mark>,
    );
  }
  return <>{pieces}</>;
});

/**
 * For a click or focus anywhere in the article: when it is on a mark, `onActivate` gets the
 * highlights that mark paints and the innermost of them.
 */
export function activateMark(target: EventTarget, onActivate: (ids: readonly string[], inner: string) => void): void {
  const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-highlight-ids]') : null;
  const ids = mark?.dataset.highlightIds?.split(' ');
  if (ids?.[0]) onActivate(ids, ids[0]);
}

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
