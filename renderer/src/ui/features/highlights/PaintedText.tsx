// One block's text with its layers painted: the highlights that cover it as <mark
// data-highlight-ids> and the lexicon's phrases as <mark data-lexicon> (cut by block-pieces.ts).
// Overlapping highlights split the text at every boundary; a piece covered by several shows the
// innermost colour with an underline in the other's, and names all of them in
// data-highlight-ids, the innermost first. Marks carry no handlers of their own (an issue may
// paint thousands): the reader listens once for clicks and focus on any mark (activateMark, and
// the lexicon marks' own listener in features/lexicon-marks).
import { memo, type CSSProperties, type ReactNode } from 'react';
import type { HighlightRecord } from '../../../data/records';
import { blockPieces, type BlockMark, type Paint, type Piece } from './block-pieces';

export type { BlockMark, Paint } from './block-pieces';

interface Props {
  text: string;
  /** Where this block starts in the issue text. */
  offset: number;
  /** Highlights overlapping this block, in reading order. */
  paints: readonly Paint[];
  currentId: string | null;
  /** Lexicon occurrences in this block (block-local), in order; none when marks are off. */
  marks?: readonly BlockMark[];
  /** The block-local start of the one lexicon mark that is a tab stop (see lexicon-marks/roving-mark.ts). */
  markTabStop?: number | null;
  /** False for text outside the issue text (the title): its marks carry no offset to highlight. */
  highlightable?: boolean;
}

const noMarks: readonly BlockMark[] = [];

export const PaintedText = memo(function PaintedText({
  text,
  offset,
  paints,
  currentId,
  marks = noMarks,
  markTabStop = null,
  highlightable = true,
}: Props) {
  if (paints.length === 0 && marks.length === 0) return <>{text}</>;
  const render = (piece: Piece): ReactNode => {
    switch (piece.kind) {
      case 'text':
        return text.slice(piece.from, piece.to);
      case 'highlight': {
        const { ids } = piece;
        return (
          <mark
            key={`h${piece.from}`}
            className={`hl${ids.includes(currentId ?? '') ? ' hl--current' : ''}${piece.underline ? ' hl--overlap' : ''}`}
            style={{ backgroundColor: piece.color, textDecorationColor: piece.underline }}
            data-highlight-ids={ids.join(' ')}
            tabIndex={piece.first ? 0 : -1}
          >
            {piece.children.map(render)}
          </mark>
        );
      }
      case 'lexicon':
        return (
          <mark
            key={`l${piece.from}`}
            className="lx"
            style={{ '--lx-color': piece.mark.color } as CSSProperties}
            data-lexicon={piece.mark.phrase}
            data-entry-id={piece.mark.entryId}
            data-start={highlightable ? offset + piece.from : undefined}
            tabIndex={piece.from === markTabStop ? 0 : -1}
            aria-keyshortcuts={highlightable ? 'H' : undefined}
          >
            {piece.children.map(render)}
          </mark>
        );
    }
  };
  return <>{blockPieces(text.length, offset, paints, marks).map(render)}</>;
});

/**
 * For a click or focus anywhere in the article: when it is on a highlight's mark, `onActivate`
 * gets the highlights that mark paints and the innermost of them. A lexicon mark is not a
 * highlight: only `mark[data-highlight-ids]` counts, also when a lexicon mark holds it or it holds one.
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
