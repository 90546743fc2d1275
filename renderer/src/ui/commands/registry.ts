// User commands as registered objects — a name, a label key, a shortcut test and a predicate —
// so the keyboard, the native menu and (later) a command palette all run the same thing.
import { highlightCategoryCommands } from '../../../../preload/contract';
import type { MenuCommand } from '../../../../preload/contract';
import { currentRoute } from '../app/route';
import { requestHighlightAction } from '../features/highlights/highlight-actions';
import { FIND_IN_ISSUE_EVENT } from '../features/search/FindInIssue';
import { FOCUS_SEARCH_EVENT } from '../features/search/SearchBox';

export interface CommandContext {
  openImport(): void;
  openPaste(): void;
  openExport(): void;
  goLibrary(): void;
  goSettings(): void;
  /** True while a modal dialog owns the keyboard. */
  dialogOpen: boolean;
}

export interface Command {
  name: MenuCommand;
  labelKey:
    | 'import.button'
    | 'import.paste'
    | 'nav.library'
    | 'nav.settings'
    | 'export.button'
    | 'search:command.searchLibrary'
    | 'search:command.findInIssue'
    | 'highlights:command.category'
    | 'highlights:command.note'
    | 'highlights:command.tag'
    | 'highlights:command.delete'
    | 'highlights:command.undo'
    | 'highlights:command.caret';
  /** Whether a key press invokes this command. */
  shortcut?: (event: KeyboardEvent) => boolean;
  /** Whether the command can run now. */
  enabled: (context: CommandContext) => boolean;
  run: (context: CommandContext) => void;
}

const withCommandKey = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;
const notInDialog = (context: CommandContext) => !context.dialogOpen;
const inReader = (context: CommandContext) => notInDialog(context) && currentRoute().view === 'issue';
const inTextField = () => document.activeElement?.closest('input, textarea, select, [contenteditable="true"]') != null;

// The Highlight menu's commands. Their keys (1–6, N, T, Delete, F7) belong to the reader, which
// knows the selection and the current highlight: so no `shortcut` here, only what the menu runs.
const categoryCommands: Command[] = highlightCategoryCommands.map((name, index) => ({
  name,
  labelKey: 'highlights:command.category',
  enabled: inReader,
  run: () => requestHighlightAction({ kind: 'category', index }),
}));
const highlightCommands: Command[] = [
  ...categoryCommands,
  { name: 'highlight-note', labelKey: 'highlights:command.note', enabled: inReader, run: () => requestHighlightAction({ kind: 'note' }) },
  { name: 'highlight-tag', labelKey: 'highlights:command.tag', enabled: inReader, run: () => requestHighlightAction({ kind: 'tag' }) },
  {
    name: 'highlight-delete',
    labelKey: 'highlights:command.delete',
    enabled: inReader,
    run: () => requestHighlightAction({ kind: 'delete' }),
  },
  { name: 'caret-mode', labelKey: 'highlights:command.caret', enabled: inReader, run: () => requestHighlightAction({ kind: 'caret' }) },
  {
    // Edit → Undo: the text field's own undo where one has the focus, else the reader's last highlight change.
    name: 'undo',
    labelKey: 'highlights:command.undo',
    enabled: notInDialog,
    run: () => {
      if (inTextField()) document.execCommand('undo');
      else requestHighlightAction({ kind: 'undo' });
    },
  },
];

export const commands: readonly Command[] = [
  {
    name: 'import',
    labelKey: 'import.button',
    shortcut: (event) => withCommandKey(event) && !event.shiftKey && event.key.toLowerCase() === 'o',
    enabled: notInDialog,
    run: (context) => context.openImport(),
  },
  {
    name: 'paste',
    labelKey: 'import.paste',
    shortcut: (event) => withCommandKey(event) && event.shiftKey && event.key.toLowerCase() === 'v',
    enabled: notInDialog,
    run: (context) => context.openPaste(),
  },
  {
    name: 'export',
    labelKey: 'export.button',
    shortcut: (event) => withCommandKey(event) && !event.shiftKey && event.key.toLowerCase() === 'e',
    enabled: notInDialog,
    run: (context) => context.openExport(),
  },
  // Search (features/search): the app bar's searchbox and the reader's find bar answer these events.
  {
    name: 'search-library',
    labelKey: 'search:command.searchLibrary',
    shortcut: (event) => withCommandKey(event) && event.shiftKey && event.key.toLowerCase() === 'f',
    enabled: notInDialog,
    run: () => window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT)),
  },
  {
    name: 'find-in-issue',
    labelKey: 'search:command.findInIssue',
    shortcut: (event) => withCommandKey(event) && !event.shiftKey && event.key.toLowerCase() === 'f',
    enabled: inReader,
    run: () => window.dispatchEvent(new Event(FIND_IN_ISSUE_EVENT)),
  },
  { name: 'go-library', labelKey: 'nav.library', enabled: notInDialog, run: (context) => context.goLibrary() },
  { name: 'go-settings', labelKey: 'nav.settings', enabled: notInDialog, run: (context) => context.goSettings() },
  ...highlightCommands,
];

export function commandForKey(event: KeyboardEvent, context: CommandContext): Command | undefined {
  return commands.find((command) => command.shortcut?.(event) && command.enabled(context));
}

export function commandNamed(name: MenuCommand): Command | undefined {
  return commands.find((command) => command.name === name);
}
