// The lexicon marks' keys in the reader: M turns the marks on and off; H (or Enter on a focused
// mark) turns the mark whose entry shows (focused or under the pointer) into a highlight; ← and →
// on a focused mark go to the previous and next mark. Keyboard reach without flooding the tab
// order: the marks hold ONE tab stop between them (a roving tabindex, useMarkPointer.ts), the
// first mark until another is focused, and the arrows walk from there, as in a toolbar; an
// issue with 80 marks thus adds one Tab press, not 80. Keys typed in a text field, with a
// modifier, or (arrows) in caret mode or with Shift held (extending a selection) are not ours.
import { useLayoutEffect, type RefObject } from 'react';
import { LEXICON_MARK, makeTabStop, type MarkPointer } from './useMarkPointer';

const inEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"], dialog');

interface Options {
  articleRef: RefObject<HTMLElement | null>;
  pointer: MarkPointer;
  caretMode: boolean;
  toggle: () => void;
  highlight: (mark: HTMLElement) => void;
  /** Esc: hide the entry shown (the reader's own Esc handling goes on). */
  dismiss: () => void;
}

export function useMarkKeys({ articleRef, pointer, caretMode, toggle, highlight, dismiss }: Options): void {
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dismiss();
      if (event.defaultPrevented || inEditable(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const article = articleRef.current;
      const key = event.key.toLowerCase();
      const focused =
        document.activeElement instanceof HTMLElement && document.activeElement.matches(LEXICON_MARK) ? document.activeElement : null;
      if (key === 'm' && !event.shiftKey) {
        event.preventDefault();
        toggle();
        return;
      }
      if ((key === 'h' && !event.shiftKey) || (event.key === 'Enter' && focused)) {
        const mark = event.key === 'Enter' ? focused : pointer.active;
        if (!mark) return;
        event.preventDefault();
        highlight(mark);
        return;
      }
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0 || !focused || !article || caretMode || event.shiftKey) return;
      const marks = [...article.querySelectorAll<HTMLElement>(LEXICON_MARK)];
      const next = marks[marks.indexOf(focused) + step];
      event.preventDefault();
      if (!next) return;
      makeTabStop(article, next);
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [articleRef, pointer.active, caretMode, toggle, highlight, dismiss]);
}
