// Keeps each block's paints the same array from render to render while they paint the same thing,
// so the memoised blocks of the reader re-render only where a highlight actually changed. Without
// it, adding one highlight (or a live query answering again with equal records) repainted every
// mark of the issue: thousands of elements for a well-annotated issue.
import { useState } from 'react';
import type { Paint } from './PaintedText';

const samePaint = (a: Paint, b: Paint) => a.id === b.id && a.start === b.start && a.end === b.end && a.color === b.color;

function samePaints(a: readonly Paint[], b: readonly Paint[]): boolean {
  return a.length === b.length && a.every((paint, index) => samePaint(paint, b[index]!));
}

/** The blocks' paints, each block's array reused from the previous render when nothing in it changed. */
export function useStablePaints(next: Paint[][]): Paint[][] {
  // React's pattern for information from earlier renders: state adjusted while rendering.
  const [kept, setKept] = useState(next);
  const stable = next.map((paints, block) => {
    const old = kept[block];
    return old && samePaints(old, paints) ? old : paints;
  });
  const unchanged = stable.length === kept.length && stable.every((paints, block) => paints === kept[block]);
  if (!unchanged) setKept(stable);
  return unchanged ? kept : stable;
}
