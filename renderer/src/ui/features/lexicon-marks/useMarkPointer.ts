// Which lexicon mark the analyst is on: the one with the keyboard focus and the one under the
// pointer, followed by one set of listeners on the article (an issue may hold hundreds of marks;
// none has a handler of its own). Focusing a mark also makes it the marks' one tab stop
// (a roving tabindex), so Tab leaves the marks and Shift+Tab comes back to the last one read.
import { useEffect, useState, type RefObject } from 'react';

export const LEXICON_MARK = 'mark[data-lexicon]';

export interface MarkPointer {
  focused: HTMLElement | null;
  hovered: HTMLElement | null;
  /** The one of the two the analyst came to last (the one whose entry shows, and H acts on). */
  active: HTMLElement | null;
}

/** The lexicon mark an event happened on: the mark itself for focus, any text inside it for the pointer. */
function lexiconMarkAt(target: EventTarget | null, inside: boolean): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const mark = inside ? target.closest<HTMLElement>(LEXICON_MARK) : target.matches(LEXICON_MARK) ? (target as HTMLElement) : null;
  return mark;
}

/** Makes `mark` the only lexicon mark Tab stops at. */
export function makeTabStop(root: HTMLElement, mark: HTMLElement): void {
  for (const other of root.querySelectorAll<HTMLElement>(`${LEXICON_MARK}[tabindex="0"]`)) if (other !== mark) other.tabIndex = -1;
  mark.tabIndex = 0;
}

export function useMarkPointer(articleRef: RefObject<HTMLElement | null>): MarkPointer {
  const [focused, setFocused] = useState<HTMLElement | null>(null);
  const [hovered, setHovered] = useState<HTMLElement | null>(null);
  const [lastWas, setLastWas] = useState<'focus' | 'hover'>('focus');
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const onFocusIn = (event: FocusEvent) => {
      const mark = lexiconMarkAt(event.target, false);
      if (mark) makeTabStop(article, mark);
      setFocused(mark);
      if (mark) setLastWas('focus');
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!lexiconMarkAt(event.relatedTarget, false)) setFocused(null);
    };
    const onOver = (event: MouseEvent) => {
      const mark = lexiconMarkAt(event.target, true);
      setHovered(mark);
      if (mark) setLastWas('hover');
    };
    const onLeave = () => setHovered(null);
    // Chromium starts no text selection on a press over a focusable element: a drag from a
    // phrase (the commonest start of a highlight) would select nothing. So while the button is
    // down the mark is not focusable; the mouse reads a mark by hovering, the keyboard by focus.
    const onPointerDown = (event: PointerEvent) => {
      const mark = lexiconMarkAt(event.target, true);
      const tabIndex = mark?.getAttribute('tabindex');
      if (!mark || tabIndex == null) return;
      mark.removeAttribute('tabindex');
      const restore = () => {
        mark.setAttribute('tabindex', tabIndex);
        window.removeEventListener('pointerup', restore, true);
        window.removeEventListener('pointercancel', restore, true);
      };
      window.addEventListener('pointerup', restore, true);
      window.addEventListener('pointercancel', restore, true);
    };
    article.addEventListener('focusin', onFocusIn);
    article.addEventListener('focusout', onFocusOut);
    article.addEventListener('mouseover', onOver);
    article.addEventListener('mouseleave', onLeave);
    article.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      article.removeEventListener('pointerdown', onPointerDown, true);
      article.removeEventListener('focusin', onFocusIn);
      article.removeEventListener('focusout', onFocusOut);
      article.removeEventListener('mouseover', onOver);
      article.removeEventListener('mouseleave', onLeave);
    };
  }, [articleRef]);
  // A mark that left the page (marks turned off, the block repainted) is no longer pointed at.
  const shownFocused = focused?.isConnected ? focused : null;
  const shownHovered = hovered?.isConnected ? hovered : null;
  const active = lastWas === 'hover' ? (shownHovered ?? shownFocused) : (shownFocused ?? shownHovered);
  return { focused: shownFocused, hovered: shownHovered, active };
}
