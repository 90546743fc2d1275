// What the reader's highlighting can be asked to do from outside the reader's own keys: the
// native Highlight menu and the command registry send these, and useHighlighting runs them the
// same way as the keys 1–6, N, T, Delete, Ctrl/Cmd+Z and F7.
export type HighlightAction =
  | { kind: 'category'; /** 0–5: the category's place, as keys 1–6. */ index: number }
  | { kind: 'note' }
  | { kind: 'tag' }
  | { kind: 'delete' }
  | { kind: 'undo' }
  | { kind: 'caret' };

export const HIGHLIGHT_ACTION_EVENT = 'readout:highlight-action';

export function requestHighlightAction(action: HighlightAction): void {
  window.dispatchEvent(new CustomEvent<HighlightAction>(HIGHLIGHT_ACTION_EVENT, { detail: action }));
}
