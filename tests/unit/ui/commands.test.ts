// @vitest-environment jsdom
// The command registry: every item the native menu can send runs a command, and the Highlight
// menu's commands reach the reader as the same actions its keys make.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuCommands } from '../../../preload/contract';
import { commandNamed, type CommandContext } from '../../../renderer/src/ui/commands/registry';
import { HIGHLIGHT_ACTION_EVENT, type HighlightAction } from '../../../renderer/src/ui/features/highlights/highlight-actions';

const context = (dialogOpen = false): CommandContext => ({
  openImport: vi.fn(),
  openPaste: vi.fn(),
  openExport: vi.fn(),
  goLibrary: vi.fn(),
  goSettings: vi.fn(),
  dialogOpen,
});

function actionsDuring(run: () => void): HighlightAction[] {
  const seen: HighlightAction[] = [];
  const listener = (event: Event) => seen.push((event as CustomEvent<HighlightAction>).detail);
  window.addEventListener(HIGHLIGHT_ACTION_EVENT, listener);
  run();
  window.removeEventListener(HIGHLIGHT_ACTION_EVENT, listener);
  return seen;
}

afterEach(() => {
  window.location.hash = '';
  document.body.innerHTML = '';
});

describe('menu commands', () => {
  it('has a command for every item the native menu sends', () => {
    // Import folder… is answered by the import layer itself, which shows that import's progress.
    expect(menuCommands.filter((name) => !commandNamed(name))).toEqual(['import-folder']);
  });

  it('sends the Highlight menu to the reader as its key actions, only while an issue is open', () => {
    expect(commandNamed('highlight-3')!.enabled(context())).toBe(false);
    window.location.hash = '#/issue/abc';
    expect(commandNamed('highlight-3')!.enabled(context(true))).toBe(false);
    const names = [
      'highlight-1',
      'highlight-3',
      'highlight-6',
      'highlight-note',
      'highlight-tag',
      'highlight-delete',
      'caret-mode',
    ] as const;
    for (const name of names) expect(commandNamed(name)!.enabled(context())).toBe(true);
    const actions = actionsDuring(() => names.forEach((name) => commandNamed(name)!.run(context())));
    expect(actions).toEqual([
      { kind: 'category', index: 0 },
      { kind: 'category', index: 2 },
      { kind: 'category', index: 5 },
      { kind: 'note' },
      { kind: 'tag' },
      { kind: 'delete' },
      { kind: 'caret' },
    ]);
  });

  it('undoes in the text field that has the focus, else the last highlight change', () => {
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const undo = commandNamed('undo')!;
    expect(actionsDuring(() => undo.run(context()))).toEqual([{ kind: 'undo' }]);
    expect(execCommand).not.toHaveBeenCalled();

    document.body.innerHTML = '<textarea aria-label="Note"></textarea>';
    document.querySelector('textarea')!.focus();
    expect(actionsDuring(() => undo.run(context()))).toEqual([]);
    expect(execCommand).toHaveBeenCalledWith('undo');
  });
});
