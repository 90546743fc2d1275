// How one block's text is cut into what the reader paints: the analyst's highlights (pieces, one
// per run of text covered by the same highlights) and the lexicon's marks (one per occurrence).
// Pure: no React, no DOM, so the cutting is tested alone. The pieces only wrap the text — joined,
// their text is the block's text, character for character — so offsets read from the DOM
// (dom-offsets.ts) are the same with marks as without.
//
// Nesting: a lexicon mark lying inside one longer highlight piece sits inside it (a highlight over
// "城市更新又有" keeps one piece, holding the mark); any other mark is the outer element and holds
// the pieces it overlaps, cut at its edges. So each occurrence stays one `mark[data-lexicon]`, and
// a highlight piece is split only where a highlight boundary falls inside an occurrence.

export interface Paint {
  id: string;
  start: number;
  end: number;
  color: string;
}

/** A lexicon occurrence in this block, in block-local offsets. */
export interface BlockMark {
  from: number;
  to: number;
  entryId: string;
  phrase: string;
  color: string;
}

export interface TextPiece {
  kind: 'text';
  from: number;
  to: number;
}

export interface HighlightPiece {
  kind: 'highlight';
  from: number;
  to: number;
  /** The highlights painting it, the innermost (shortest) first. */
  ids: string[];
  /** The innermost highlight's colour fills; an outer one's underlines. */
  color: string;
  underline: string | undefined;
  /** The piece where one of its highlights begins: the highlight's tab stop. */
  first: boolean;
  children: (TextPiece | LexiconPiece)[];
}

export interface LexiconPiece {
  kind: 'lexicon';
  from: number;
  to: number;
  mark: BlockMark;
  children: (TextPiece | HighlightPiece)[];
}

export type Piece = TextPiece | HighlightPiece | LexiconPiece;

type Run = TextPiece | Omit<HighlightPiece, 'children'>;

/** The block's text as runs: uncovered text, or a piece covered by the same highlights. */
export function highlightRuns(length: number, offset: number, paints: readonly Paint[]): Run[] {
  const cuts = new Set([0, length]);
  for (const paint of paints) {
    cuts.add(Math.max(0, paint.start - offset));
    cuts.add(Math.min(length, paint.end - offset));
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= length).sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const covering = paints.filter((paint) => paint.start - offset < to && paint.end - offset > from);
    if (covering.length === 0) {
      runs.push({ kind: 'text', from, to });
      continue;
    }
    // The shortest highlight is the innermost: its colour fills, the others underline.
    const inner = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const outer = covering.find((paint) => paint !== inner);
    runs.push({
      kind: 'highlight',
      from,
      to,
      ids: [inner.id, ...covering.filter((paint) => paint !== inner).map((paint) => paint.id)],
      color: inner.color,
      underline: outer?.color,
      first: covering.some((paint) => paint.start - offset === from),
    });
  }
  return runs;
}

/**
 * Whether a highlight piece holds a mark whole and is longer: a piece exactly as long as the mark
 * goes inside the mark instead, so turning a mark into a highlight keeps the mark's element (and
 * the keyboard focus on it).
 */
const holds = (run: Run, mark: BlockMark) => mark.from >= run.from && mark.to <= run.to && run.to - run.from > mark.to - mark.from;

/** A run cut to [from, to): a highlight's later part is no longer where it begins. */
function cut(run: Run, from: number, to: number): TextPiece | HighlightPiece {
  if (run.kind === 'text') return { kind: 'text', from, to };
  return { ...run, from, to, first: run.first && from === run.from, children: [{ kind: 'text', from, to }] };
}

/**
 * The block's pieces. `marks` are non-overlapping and in order (the matcher's leftmost-longest
 * matches); marks outside the block's text are ignored.
 */
export function blockPieces(length: number, offset: number, paints: readonly Paint[], marks: readonly BlockMark[]): Piece[] {
  const runs = highlightRuns(length, offset, paints);
  const pieces: Piece[] = [];
  let markAt = 0;
  const inside = marks.filter((mark) => mark.from >= 0 && mark.to <= length && mark.to > mark.from);
  for (let runAt = 0; runAt < runs.length;) {
    const run = runs[runAt]!;
    // Marks held whole by this highlight piece go inside it.
    if (run.kind === 'highlight') {
      const held: LexiconPiece[] = [];
      while (markAt < inside.length && holds(run, inside[markAt]!)) {
        const mark = inside[markAt++]!;
        held.push({ kind: 'lexicon', from: mark.from, to: mark.to, mark, children: [{ kind: 'text', from: mark.from, to: mark.to }] });
      }
      const next = inside[markAt];
      // A mark starting in this piece but running past it: the piece ends where the mark begins.
      const end = next && next.from < run.to ? next.from : run.to;
      if (end > run.from) pieces.push({ ...run, to: end, children: withText(run.from, end, held) });
      if (end === run.to) {
        runAt++;
        continue;
      }
      if (end > run.from) runs[runAt] = { ...run, from: end, first: false };
    } else {
      const next = inside[markAt];
      const end = next && next.from < run.to ? next.from : run.to;
      if (end > run.from) pieces.push({ kind: 'text', from: run.from, to: end });
      if (end === run.to) {
        runAt++;
        continue;
      }
      if (end > run.from) runs[runAt] = { ...run, from: end };
    }
    // Here a mark begins that no single piece holds: it wraps the runs it overlaps, cut at its edges.
    const mark = inside[markAt++]!;
    const children: (TextPiece | HighlightPiece)[] = [];
    while (runAt < runs.length && runs[runAt]!.from < mark.to) {
      const part = runs[runAt]!;
      const to = Math.min(part.to, mark.to);
      children.push(cut(part, part.from, to));
      if (to === part.to) runAt++;
      else runs[runAt] = part.kind === 'text' ? { ...part, from: to } : { ...part, from: to, first: false };
    }
    pieces.push({ kind: 'lexicon', from: mark.from, to: mark.to, mark, children });
  }
  return pieces;
}

/** The text between `from` and `to` with the held marks in their places. */
function withText(from: number, to: number, held: readonly LexiconPiece[]): (TextPiece | LexiconPiece)[] {
  const children: (TextPiece | LexiconPiece)[] = [];
  let at = from;
  for (const mark of held) {
    if (mark.from > at) children.push({ kind: 'text', from: at, to: mark.from });
    children.push(mark);
    at = mark.to;
  }
  if (to > at) children.push({ kind: 'text', from: at, to });
  return children;
}
