// User commands as registered objects — a name, a label key, a shortcut test and a predicate —
// so the keyboard, the native menu and (later) a command palette all run the same thing.
import type { MenuCommand } from '../../../../preload/contract';
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
  name: MenuCommand | 'search-library' | 'find-in-issue';
  labelKey:
    | 'import.button'
    | 'import.paste'
    | 'nav.library'
    | 'nav.settings'
    | 'export.button'
    | 'search:command.searchLibrary'
    | 'search:command.findInIssue';
  /** Whether a key press invokes this command. */
  shortcut?: (event: KeyboardEvent) => boolean;
  /** Whether the command can run now. */
  enabled: (context: CommandContext) => boolean;
  run: (context: CommandContext) => void;
}

const withCommandKey = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;
const notInDialog = (context: CommandContext) => !context.dialogOpen;

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
    enabled: (context) => notInDialog(context) && window.location.hash.startsWith('#/issue/'),
    run: () => window.dispatchEvent(new Event(FIND_IN_ISSUE_EVENT)),
  },
  { name: 'go-library', labelKey: 'nav.library', enabled: notInDialog, run: (context) => context.goLibrary() },
  { name: 'go-settings', labelKey: 'nav.settings', enabled: notInDialog, run: (context) => context.goSettings() },
];

export function commandForKey(event: KeyboardEvent, context: CommandContext): Command | undefined {
  return commands.find((command) => command.shortcut?.(event) && command.enabled(context));
}

export function commandNamed(name: MenuCommand): Command | undefined {
  return commands.find((command) => command.name === name);
}
