// What the reader, its toolbar and the Annotations panel share while an issue is open: the
// current (focused or just made) highlight, the undo stack of highlight changes, and a short
// status message for screen readers. A tiny external store, read with useSyncExternalStore.
import { useSyncExternalStore } from 'react';

interface State {
  currentId: string | null;
  /** Set when the note or tag editor of the current highlight is open. */
  editor: 'note' | 'tag' | null;
  message: string;
}

let state: State = { currentId: null, editor: null, message: '' };
const listeners = new Set<() => void>();
const undoStack: { undo: () => Promise<void> }[] = [];

function set(changes: Partial<State>): void {
  state = { ...state, ...changes };
  for (const listener of listeners) listener();
}

export const highlightStore = {
  currentId: () => state.currentId,
  setCurrent: (currentId: string | null, editor: State['editor'] = null) => set({ currentId, editor }),
  openEditor: (editor: State['editor']) => set({ editor }),
  announce: (message: string) => set({ message }),
  /** Records how to undo a change just made. */
  pushUndo: (undo: () => Promise<void>) => {
    undoStack.push({ undo });
    if (undoStack.length > 100) undoStack.shift();
  },
  /** Undoes the last change; false when there is none. */
  undo: async (): Promise<boolean> => {
    const last = undoStack.pop();
    if (!last) return false;
    await last.undo();
    return true;
  },
  reset: () => {
    undoStack.length = 0;
    set({ currentId: null, editor: null, message: '' });
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHighlightState(): State {
  return useSyncExternalStore(subscribe, () => state);
}
