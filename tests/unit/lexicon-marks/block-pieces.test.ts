// The reader's cutting of a block into highlight pieces and lexicon marks (block-pieces.ts): the
// text is never changed (the pieces' text, joined, is the block's text, so DOM offsets are the
// same with marks as without), each occurrence stays one mark, and highlight pieces keep their
// ids, colours and tab stops.
import { describe, expect, it } from 'vitest';
import { blockPieces, type BlockMark, type Paint, type Piece } from '../../../renderer/src/ui/features/highlights/block-pieces';

const text = '回顾过去的一周,城市更新又有新进展、招商引资取得新成果';
const at = (phrase: string) => text.indexOf(phrase);

function mark(phrase: string, offset = 0): BlockMark {
  return { from: at(phrase) - offset, to: at(phrase) + phrase.length - offset, entryId: phrase, phrase, color: '#2563eb' };
}

function paint(id: string, phrase: string, offset = 0, color = '#f4c542'): Paint {
  return { id, start: at(phrase) + offset, end: at(phrase) + phrase.length + offset, color };
}

/** The pieces as nested arrays of text, to read at a glance: ['h:ids', …children] / ['l:phrase', …]. */
function shape(pieces: readonly Piece[]): unknown[] {
  return pieces.map((piece) => {
    if (piece.kind === 'text') return text.slice(piece.from, piece.to);
    if (piece.kind === 'highlight') return [`h:${piece.ids.join(' ')}${piece.first ? '' : '…'}`, ...shape(piece.children)];
    return [`l:${piece.mark.phrase}`, ...shape(piece.children)];
  });
}

function joined(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? text.slice(piece.from, piece.to) : joined(piece.children))).join('');
}

describe('blockPieces', () => {
  it('leaves text without highlights or marks whole', () => {
    expect(shape(blockPieces(text.length, 0, [], []))).toEqual([text]);
  });

  it('marks each occurrence once, the text between untouched', () => {
    const pieces = blockPieces(text.length, 0, [], [mark('城市更新'), mark('招商引资')]);
    expect(shape(pieces)).toEqual([
      '回顾过去的一周,',
      ['l:城市更新', '城市更新'],
      '又有新进展、',
      ['l:招商引资', '招商引资'],
      '取得新成果',
    ]);
    expect(joined(pieces)).toBe(text);
  });

  it('puts a mark inside a longer highlight that holds it, keeping the highlight one piece', () => {
    const pieces = blockPieces(text.length, 0, [paint('a', '城市更新又有')], [mark('城市更新')]);
    expect(shape(pieces)).toEqual(['回顾过去的一周,', ['h:a', ['l:城市更新', '城市更新'], '又有'], '新进展、招商引资取得新成果']);
  });

  it('puts a highlight of exactly the phrase inside the mark (the mark keeps its element)', () => {
    const pieces = blockPieces(text.length, 0, [paint('a', '城市更新')], [mark('城市更新')]);
    expect(shape(pieces)).toEqual(['回顾过去的一周,', ['l:城市更新', ['h:a', '城市更新']], '又有新进展、招商引资取得新成果']);
  });

  it('lets a mark hold the parts of highlights that cross its edges, the later parts not tab stops', () => {
    // "一周,城市" ends inside the mark; "更新又有" starts inside it.
    const pieces = blockPieces(text.length, 0, [paint('a', '一周,城市'), paint('b', '更新又有')], [mark('城市更新')]);
    expect(shape(pieces)).toEqual([
      '回顾过去的',
      ['h:a', '一周,'],
      ['l:城市更新', ['h:a…', '城市'], ['h:b', '更新']],
      ['h:b…', '又有'],
      '新进展、招商引资取得新成果',
    ]);
    expect(joined(pieces)).toBe(text);
  });

  it('keeps overlapping highlights as today: the innermost first, an outer one underlining', () => {
    const pieces = blockPieces(
      text.length,
      0,
      [paint('a', '城市更新又有新进展'), paint('b', '新进展、招商引资', 0, '#6cc3f0')],
      [mark('城市更新'), mark('招商引资')],
    );
    expect(shape(pieces)).toEqual([
      '回顾过去的一周,',
      ['h:a', ['l:城市更新', '城市更新'], '又有'],
      ['h:b a', '新进展'],
      ['h:b…', '、', ['l:招商引资', '招商引资']],
      '取得新成果',
    ]);
    const overlap = pieces.find((piece) => piece.kind === 'highlight' && piece.ids.length === 2);
    expect(overlap).toMatchObject({ color: '#6cc3f0', underline: '#f4c542' });
  });

  it('works in block-local offsets for a block that starts later in the issue text', () => {
    const offset = 100;
    const pieces = blockPieces(text.length, offset, [paint('a', '城市更新', offset)], [mark('城市更新')]);
    expect(shape(pieces)).toEqual(['回顾过去的一周,', ['l:城市更新', ['h:a', '城市更新']], '又有新进展、招商引资取得新成果']);
  });

  it('keeps the text character for character for any highlights and marks (random cases)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 500; round++) {
      const paints: Paint[] = [];
      for (let i = 0; i < 3; i++) {
        const start = Math.floor(random() * text.length);
        paints.push({ id: `p${i}`, start, end: Math.min(text.length, start + 1 + Math.floor(random() * 8)), color: '#000' });
      }
      const marks: BlockMark[] = [];
      for (let from = Math.floor(random() * 4); from < text.length - 2; from += 2 + Math.floor(random() * 6)) {
        const to = Math.min(text.length, from + 1 + Math.floor(random() * 4));
        marks.push({ from, to, entryId: 'x', phrase: 'x', color: '#000' });
        from = to - 2;
      }
      const pieces = blockPieces(text.length, 0, paints, marks);
      expect(joined(pieces)).toBe(text);
      // Every mark is one lexicon piece, at its place.
      const found: [number, number][] = [];
      const walk = (list: readonly Piece[]) =>
        list.forEach((piece) => {
          if (piece.kind === 'lexicon') found.push([piece.from, piece.to]);
          if (piece.kind !== 'text') walk(piece.children);
        });
      walk(pieces);
      expect(found).toEqual(marks.map((item) => [item.from, item.to]));
      // Each highlight has exactly one tab stop, where it begins.
      const starts: number[] = [];
      const firsts = (list: readonly Piece[]) =>
        list.forEach((piece) => {
          if (piece.kind === 'highlight' && piece.first) starts.push(piece.from);
          if (piece.kind !== 'text') firsts(piece.children);
        });
      firsts(pieces);
      expect(new Set(starts)).toEqual(new Set(paints.map((item) => item.start)));
    }
  });
});
