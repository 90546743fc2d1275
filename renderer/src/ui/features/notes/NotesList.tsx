// The Notes view's list, virtualised: only the cards near the visible part are in the page, so
// thousands of highlights open and filter at once. Cards differ in height (quote, note, tags),
// so each is measured once rendered. Keyboard: Tab walks each card's checkbox and link in order
// (the browser scrolls the focused one into view and the cards after it are rendered already);
// the focused card stays rendered when the list is scrolled away from it, so focus is never
// lost; and, as in the library, arrow keys and Page Up/Down move to the next or previous card.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { NotesRow } from './notes-rows';

/** About a highlight card with a one-line quote and no note; measured heights replace it. */
const estimatedCardHeight = 112;

interface Props {
  label: string;
  rows: readonly NotesRow[];
  renderRow: (row: NotesRow) => ReactNode;
}

const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

const indexOf = (element: Element | null): number | null => {
  const item = element?.closest<HTMLElement>('[data-index]');
  return item ? Number(item.dataset.index) : null;
};

export function NotesList({ label, rows, renderRow }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  // TanStack Virtual returns fresh functions each render, so the React Compiler skips this component; that is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedCardHeight,
    overscan: 6,
    getItemKey: (index) => rows[index]?.key ?? index,
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === null || focusedIndex >= rows.length || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
  });

  // A card not rendered yet is focused on the next frame; keys pressed before then count from it.
  const pendingMove = useRef<number | null>(null);
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = steps[event.key];
    const target = event.target as HTMLElement;
    const current = pendingMove.current ?? indexOf(target);
    if (step === undefined || current === null) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(rows.length - 1, current + step));
    // To the same control in the other card: checkbox to checkbox, link to link.
    const control = target.matches('input') ? 'input' : 'a';
    const focusCard = () => {
      const card = scroller.current?.querySelector(`[data-index="${next}"]`);
      const element = card?.querySelector<HTMLElement>(control) ?? card?.querySelector<HTMLElement>('a, input');
      element?.focus();
      return !!element;
    };
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (focusCard()) {
      pendingMove.current = null;
      return;
    }
    // Measured heights may move the card for a frame or two before it is rendered.
    pendingMove.current = next;
    const tryFocus = (framesLeft: number) =>
      requestAnimationFrame(() => {
        if (pendingMove.current !== next) return;
        if (focusCard() || framesLeft === 0) pendingMove.current = null;
        else tryFocus(framesLeft - 1);
      });
    tryFocus(3);
  };

  const keepFocused = (event: FocusEvent<HTMLDivElement>) => setFocusedIndex(indexOf(event.target));
  const letGo = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(null);
  };

  return (
    <div
      ref={scroller}
      className="notes-view__scroller"
      role="list"
      aria-label={label}
      onKeyDown={moveFocus}
      onFocus={keepFocused}
      onBlur={letGo}
    >
      <div className="notes-view__list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              className="notes-view__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderRow(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
