// @vitest-environment jsdom
// Marks never move a highlight's anchor: the reader's DOM → issue-text offsets (dom-offsets.ts)
// give the same span for a selection whether the block is painted with lexicon marks and
// highlight pieces (PaintedText, as the reader renders it) or as plain text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { rangeToSpan } from '../../../renderer/src/ui/features/highlights/dom-offsets';
import { PaintedText, type BlockMark, type Paint } from '../../../renderer/src/ui/features/highlights/PaintedText';

const blocks = ['推动城市更新', '回顾过去的一周,城市更新又有新进展、招商引资取得新成果。'];
const starts = [0, blocks[0]!.length + 1];

function markOf(block: number, phrase: string): BlockMark {
  const from = blocks[block]!.indexOf(phrase);
  return { from, to: from + phrase.length, entryId: phrase, phrase, color: '#2563eb' };
}

/** The article as the reader paints it: each block a `data-block` element. */
function article(paints: Paint[][], marks: BlockMark[][]): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = blocks
    .map(
      (text, index) =>
        `<p data-block="${index}" data-text="true">${renderToStaticMarkup(
          createElement(PaintedText, { text, offset: starts[index]!, paints: paints[index]!, currentId: null, marks: marks[index]! }),
        )}</p>`,
    )
    .join('');
  document.body.replaceChildren(root);
  return root;
}

/** A DOM point for a character offset of a block: in whichever text node holds it. */
function point(root: HTMLElement, block: number, offset: number): [Node, number] {
  const element = root.querySelector(`[data-block="${block}"]`)!;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (offset <= seen + length) return [node, offset - seen];
    seen += length;
  }
  throw new Error('offset outside the block');
}

function spanOf(root: HTMLElement, from: [number, number], to: [number, number]) {
  const range = document.createRange();
  range.setStart(...point(root, ...from));
  range.setEnd(...point(root, ...to));
  return rangeToSpan(root, range, starts);
}

describe('selection offsets with lexicon marks', () => {
  const highlight: Paint = { id: 'a', start: starts[1]! + 10, end: starts[1]! + 14, color: '#f4c542' };
  const painted: [Paint[][], BlockMark[][]] = [
    [[], [highlight]],
    [[markOf(0, '城市更新')], [markOf(1, '城市更新'), markOf(1, '招商引资')]],
  ];

  it('paints the marks without changing the text', () => {
    const root = article(...painted);
    expect(root.querySelectorAll('mark[data-lexicon]')).toHaveLength(3);
    expect(root.querySelector('mark[data-highlight-ids]')?.closest('mark[data-lexicon]')).not.toBeNull();
    expect([...root.querySelectorAll('[data-block]')].map((element) => element.textContent)).toEqual(blocks);
  });

  it('gives every selection the same span as in the plain text', () => {
    const plain = article([[], []], [[], []]);
    const expected: (ReturnType<typeof rangeToSpan> | string)[] = [];
    const cases: [[number, number], [number, number]][] = [];
    for (let block = 0; block < blocks.length; block++)
      for (let from = 0; from <= blocks[block]!.length; from++) {
        for (let to = from + 1; to <= blocks[block]!.length; to++)
          cases.push([
            [block, from],
            [block, to],
          ]);
        cases.push([
          [0, Math.min(from, blocks[0]!.length)],
          [1, from],
        ]);
      }
    for (const [from, to] of cases) expected.push(spanOf(plain, from, to));
    const marked = article(...painted);
    const got = cases.map(([from, to]) => spanOf(marked, from, to));
    expect(got).toEqual(expected);
    // And the spans are the characters chosen: 城市更新 in the paragraph is where the text has it.
    const at = blocks[1]!.indexOf('城市更新');
    expect(spanOf(marked, [1, at], [1, at + 4])).toEqual({ start: starts[1]! + at, end: starts[1]! + at + 4 });
  });
});
