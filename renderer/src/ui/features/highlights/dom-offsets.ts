// Between the DOM of the reader and offsets into the issue text: each highlightable block is an
// element with `data-block` whose text content is exactly the block's text, so an offset is the
// block's start in the issue text plus the characters before the point inside the element.

function blockElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-block]') ?? null;
}

function offsetInBlock(block: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The issue-text span of a DOM range inside `root`, or null when it holds no highlightable text. */
export function rangeToSpan(root: HTMLElement, range: Range, starts: readonly number[]): { start: number; end: number } | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-block]')].filter((element) => element.dataset.text === 'true');
  const inRange = blocks.filter((element) => range.intersectsNode(element));
  if (inRange.length === 0) return null;
  const first = inRange[0]!;
  const last = inRange[inRange.length - 1]!;
  const startBlock = blockElementOf(range.startContainer);
  const endBlock = blockElementOf(range.endContainer);
  const startIn = startBlock === first ? offsetInBlock(first, range.startContainer, range.startOffset) : 0;
  const endIn = endBlock === last ? offsetInBlock(last, range.endContainer, range.endOffset) : (last.textContent ?? '').length;
  const start = starts[Number(first.dataset.block)]! + startIn;
  const end = starts[Number(last.dataset.block)]! + endIn;
  return end > start ? { start, end } : null;
}

/** The first element painting a highlight, to scroll to and focus. */
export function markOf(highlightId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-highlight-ids~="${CSS.escape(highlightId)}"]`);
}
