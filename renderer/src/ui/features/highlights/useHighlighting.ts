// The reader's highlighting controller: the issue's highlights and their paints, the current
// text selection as an issue-text span, the actions (make, recategorise, note, tag, delete,
// undo) and the keyboard: 1–6, N, T, Delete, Ctrl/Cmd+Z, Esc, F7 caret mode, Shift+arrows.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueRecord, IssueTextRecord } from '../../../data/records';
import type { CategoryId } from '../../../data/repositories/highlight-categories';
import {
  addTagsToHighlights,
  createHighlight,
  deleteHighlight,
  restoreHighlight,
  updateHighlight,
  type HighlightRecord,
} from '../../../data/repositories/highlights';
import { blockStarts, issueTextOf } from '../../../domain/anchoring';
import { useRoute } from '../../app/route';
import { useServices } from '../../app/services';
import { markOf, rangeToSpan } from './dom-offsets';
import { HIGHLIGHT_ACTION_EVENT, type HighlightAction } from './highlight-actions';
import { highlightStore, useHighlightState } from './highlight-store';
import { paintsByBlock } from './PaintedText';
import { useStablePaints } from './useStablePaints';
import { useCategories } from './useCategories';

export interface Span {
  start: number;
  end: number;
}

const inEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"], dialog');

/** The reader's keys: 1–6, N, T, Delete/Backspace, Ctrl/Cmd+Z, F7. */
function actionForKey(event: KeyboardEvent): HighlightAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') return { kind: 'undo' };
  if (event.key === 'F7') return { kind: 'caret' };
  if (command || event.altKey) return null;
  if (/^[1-6]$/.test(event.key)) return { kind: 'category', index: Number(event.key) - 1 };
  const key = event.key.toLowerCase();
  if (key === 'n') return { kind: 'note' };
  if (key === 't') return { kind: 'tag' };
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'delete' };
  return null;
}

/** The highlight the route lands on (a jump from the Notes view or a note's search result). */
function useHighlightLanding(): string | null {
  const route = useRoute();
  return route.view === 'issue' && route.landing?.kind === 'highlight' ? route.landing.highlightId : null;
}

/**
 * `highlights`: the issue's highlights in reading order, live. The reader route loads them beside
 * the text, so the first paint of an issue already shows its highlights.
 */
export function useHighlighting(
  issue: IssueRecord,
  text: IssueTextRecord,
  highlights: readonly HighlightRecord[],
  articleRef: RefObject<HTMLElement | null>,
) {
  const { db } = useServices();
  const { t } = useTranslation('highlights');
  const categories = useCategories();
  const state = useHighlightState();
  const [selection, setSelectionState] = useState<(Span & { rect: DOMRect }) | null>(null);
  // The selection as of now, not as of the last render: a fast second key (1 then N) must not see
  // a selection the first key already turned into a highlight, or it would make a second one.
  const selectionNow = useRef<(Span & { rect: DOMRect }) | null>(null);
  const setSelection = useCallback((next: (Span & { rect: DOMRect }) | null) => {
    selectionNow.current = next;
    setSelectionState(next);
  }, []);
  const [caretMode, setCaretMode] = useState(false);
  // A highlight being written: keys pressed meanwhile (N, T right after 1) wait for it.
  const pending = useRef<Promise<HighlightRecord> | null>(null);
  const issueText = useMemo(() => issueTextOf(text.blocks), [text.blocks]);
  const starts = useMemo(() => blockStarts(text.blocks), [text.blocks]);
  const colorOf = useMemo(() => {
    const colors = new Map(categories.map((category) => [category.id as string, category.color]));
    return (id: string) => colors.get(id) ?? '#c8c3b8';
  }, [categories]);
  const paints = useStablePaints(
    useMemo(
      () =>
        paintsByBlock(
          highlights,
          starts,
          text.blocks.map((block) => block.text.length),
          colorOf,
        ),
      [highlights, starts, text.blocks, colorOf],
    ),
  );
  const current = highlights.find((highlight) => highlight.id === state.currentId) ?? null;

  useEffect(() => () => highlightStore.reset(), [issue.id]);

  // The selection, as a span of the issue text, whenever it changes inside the article. Keys read
  // it again themselves: selectionchange arrives asynchronously, after a fast Shift+Arrow, 1.
  const readSelection = useCallback(() => {
    const article = articleRef.current;
    const chosen = window.getSelection();
    if (!article || !chosen || chosen.rangeCount === 0) return setSelection(null);
    const range = chosen.getRangeAt(0);
    const span = rangeToSpan(article, range, starts);
    setSelection(span ? { ...span, rect: range.getBoundingClientRect() } : null);
  }, [articleRef, starts, setSelection]);
  useEffect(() => {
    document.addEventListener('selectionchange', readSelection);
    return () => document.removeEventListener('selectionchange', readSelection);
  }, [readSelection]);

  // A jump from the Notes view: scroll to the highlight once it is painted.
  const jumpTo = useHighlightLanding();
  useEffect(() => {
    if (!jumpTo || !highlights.some((highlight) => highlight.id === jumpTo)) return;
    highlightStore.setCurrent(jumpTo);
    const mark = markOf(jumpTo);
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [jumpTo, highlights]);

  const remember = useCallback((before: HighlightRecord) => highlightStore.pushUndo(() => restoreHighlight(db, before)), [db]);

  // `given`: a span chosen otherwise than by selecting (a lexicon mark); else the selection.
  const create = useCallback(
    async (categoryId: CategoryId, given?: Span): Promise<HighlightRecord | null> => {
      const chosen = given ?? selectionNow.current;
      if (!chosen) return null;
      const { start, end } = chosen;
      if (!given) {
        // Let go of the selection first, so a key pressed before the write ends cannot make a second highlight.
        window.getSelection()?.removeAllRanges();
        setSelection(null);
        setCaretMode(false);
      }
      const writing = createHighlight(db, { issueId: issue.id, issueText, start, end, categoryId });
      pending.current = writing;
      const made = await writing.finally(() => {
        if (pending.current === writing) pending.current = null;
      });
      highlightStore.pushUndo(async () => {
        await deleteHighlight(db, made.id);
      });
      // A key pressed meanwhile (N, T) may already have made it current with its editor open.
      if (highlightStore.currentId() !== made.id) highlightStore.setCurrent(made.id);
      return made;
    },
    [db, issue.id, issueText, setSelection],
  );

  const applyCategory = useCallback(
    async (categoryId: CategoryId) => {
      if (selectionNow.current) return void (await create(categoryId));
      if (!current || current.categoryId === categoryId) return;
      remember(current);
      await updateHighlight(db, current.id, { categoryId });
    },
    [current, create, remember, db],
  );

  const openEditor = useCallback(
    async (editor: 'note' | 'tag') => {
      if (selectionNow.current) {
        const made = await create('other');
        if (made) highlightStore.setCurrent(made.id, editor);
        return;
      }
      if (pending.current) {
        const made = await pending.current;
        highlightStore.setCurrent(made.id, editor);
        return;
      }
      if (highlightStore.currentId()) highlightStore.openEditor(editor);
    },
    [create],
  );

  const saveNote = useCallback(
    async (note: string) => {
      if (!current || current.note === note) return;
      remember(current);
      await updateHighlight(db, current.id, { note });
    },
    [current, remember, db],
  );

  const addTag = useCallback(
    async (name: string) => {
      if (!current || !name.trim()) return;
      remember(current);
      await addTagsToHighlights(db, [current.id], [name]);
    },
    [current, remember, db],
  );

  const removeTag = useCallback(
    async (tagId: string) => {
      if (!current) return;
      remember(current);
      await updateHighlight(db, current.id, { tagIds: current.tagIds.filter((id) => id !== tagId) });
    },
    [current, remember, db],
  );

  const remove = useCallback(
    async (id: string) => {
      const deleted = await deleteHighlight(db, id);
      if (!deleted) return;
      remember(deleted);
      highlightStore.setCurrent(null);
      highlightStore.announce(t('annotations.deleted'));
    },
    [db, remember, t],
  );

  const undo = useCallback(async () => {
    if (await highlightStore.undo()) highlightStore.announce(t('annotations.undone'));
  }, [t]);

  const toggleCaret = useCallback(() => {
    const article = articleRef.current;
    if (!article) return;
    if (caretMode) {
      setCaretMode(false);
      highlightStore.announce(t('annotations.caretOff'));
      return;
    }
    const focused = document.activeElement?.closest<HTMLElement>('[data-text="true"]');
    const block = focused && article.contains(focused) ? focused : article.querySelector<HTMLElement>('[data-text="true"]');
    if (!block) return;
    window.getSelection()?.collapse(block, 0);
    setCaretMode(true);
    highlightStore.announce(t('annotations.caretOn'));
  }, [articleRef, caretMode, t]);

  // One action, from a key or from the menu. The store, not this render's state, names the target:
  // a key may come before React has re-rendered.
  const run = useCallback(
    (action: HighlightAction): boolean => {
      if (action.kind === 'undo') {
        void undo();
        return true;
      }
      if (action.kind === 'caret') {
        toggleCaret();
        return true;
      }
      if (action.kind === 'delete') {
        const chosen = current && !selectionNow.current ? current : null;
        if (chosen) void remove(chosen.id);
        return chosen !== null;
      }
      readSelection();
      const target = selectionNow.current || current || pending.current || highlightStore.currentId();
      if (!target) return false;
      if (action.kind === 'category') {
        const category = categories[action.index];
        if (category) void applyCategory(category.id);
        return category !== undefined;
      }
      void openEditor(action.kind);
      return true;
    },
    [current, categories, applyCategory, openEditor, remove, undo, toggleCaret, readSelection],
  );

  // The keyboard. Keys typed into a text field or a dialog are theirs, not ours. A layout effect:
  // the listener sees the selection the toolbar shows, even for a key pressed on that very frame.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (inEditable(event.target)) return;
      const command = event.ctrlKey || event.metaKey;
      const chosen = window.getSelection();
      const article = articleRef.current;
      const arrow = /^Arrow(Left|Right|Up|Down)$/.exec(event.key)?.[1];
      if (arrow && (caretMode || event.shiftKey) && chosen && chosen.rangeCount > 0 && article?.contains(chosen.anchorNode)) {
        event.preventDefault();
        const direction = arrow === 'Left' ? 'backward' : arrow === 'Right' ? 'forward' : arrow === 'Up' ? 'backward' : 'forward';
        const granularity = arrow === 'Up' || arrow === 'Down' ? 'line' : command || event.altKey ? 'word' : 'character';
        chosen.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
        return;
      }
      if (event.key === 'Escape') {
        if (caretMode) setCaretMode(false);
        highlightStore.setCurrent(null);
        return;
      }
      const action = actionForKey(event);
      if (action && run(action)) event.preventDefault();
    };
    const onAction = (event: Event) => run((event as CustomEvent<HighlightAction>).detail);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(HIGHLIGHT_ACTION_EVENT, onAction);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(HIGHLIGHT_ACTION_EVENT, onAction);
    };
  }, [articleRef, caretMode, run]);

  /** Highlights a span of the issue text as a selection would be (with its undo). */
  const highlightSpan = useCallback((span: Span, categoryId: CategoryId) => create(categoryId, span), [create]);

  return {
    highlights,
    highlightSpan,
    categories,
    paints,
    starts,
    selection,
    current,
    editor: state.editor,
    message: state.message,
    caretMode,
    applyCategory,
    openEditor,
    saveNote,
    addTag,
    removeTag,
    remove,
  };
}

export type Highlighting = ReturnType<typeof useHighlighting>;
