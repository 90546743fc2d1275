// The native menu. Its labels come from the renderer's locale files (main/language.ts); its own
// items send a MenuCommand to the renderer, whose command registry runs it, so the menu holds no
// app logic. Reload and DevTools appear only in development builds.
import { Menu, app } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { highlightCategoryCommands } from '../preload/contract';
import type { MenuCommand, UiLanguage } from '../preload/contract';
import { push } from './ipc/push';
import { defaultCategoryNames, labelsFor } from './language';

export interface MenuOptions {
  language: UiLanguage;
  platform: NodeJS.Platform;
  /** Packaged builds leave out reload and DevTools. */
  isPackaged: boolean;
  send(command: MenuCommand): void;
  /** The highlight categories' names (keys 1–6); the defaults in the language when not given. */
  highlightCategories?: readonly string[] | null;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ language, platform, isPackaged, send, highlightCategories }: MenuOptions): MenuItemConstructorOptions[] {
  const t = labelsFor(language);
  const mac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  // Keys without a modifier (1–6, N, T, Delete, F7) are the reader's: the menu shows them but
  // does not take them, or typing "1" into a note would highlight something.
  const readerKey = (label: string, name: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...command(label, name, accelerator),
    registerAccelerator: false,
  });
  const categoryNames = highlightCategories ?? defaultCategoryNames(language);

  // macOS keeps About, Hide and Quit in the application menu; elsewhere Quit ends the File menu.
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: t.appName,
          submenu: [
            { role: 'about', label: t.about },
            separator,
            { role: 'services', label: t.services },
            separator,
            { role: 'hide', label: t.hide },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.unhide },
            separator,
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
        separator,
      ];

  return [
    ...appMenu,
    {
      label: t.file,
      submenu: [
        command(t.import, 'import', 'CmdOrCtrl+O'),
        command(t.importFolder, 'import-folder'),
        command(t.pasteText, 'paste', 'CmdOrCtrl+Shift+V'),
        command(t.export, 'export', 'CmdOrCtrl+E'),
        separator,
        mac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        // The renderer undoes: the last highlight change in the reader, the text in a text field.
        command(t.undo, 'undo', 'CmdOrCtrl+Z'),
        { role: 'redo', label: t.redo },
        separator,
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
        separator,
        command(t.findInIssue, 'find-in-issue', 'CmdOrCtrl+F'),
        command(t.searchLibrary, 'search-library', 'CmdOrCtrl+Shift+F'),
      ],
    },
    {
      label: t.highlight,
      submenu: [
        ...highlightCategoryCommands.map((name, index) => readerKey(categoryNames[index] ?? String(index + 1), name, String(index + 1))),
        separator,
        readerKey(t.addNote, 'highlight-note', 'N'),
        readerKey(t.addTag, 'highlight-tag', 'T'),
        readerKey(t.deleteHighlight, 'highlight-delete', 'Delete'),
        separator,
        readerKey(t.caretMode, 'caret-mode', 'F7'),
      ],
    },
    {
      label: t.view,
      submenu: [
        command(t.library, 'go-library'),
        command(t.settings, 'go-settings'),
        separator,
        ...developer,
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        separator,
        { role: 'togglefullscreen', label: t.toggleFullScreen },
      ],
    },
    {
      label: t.window,
      // role 'window' lets macOS add its list of open windows.
      ...(mac ? { role: 'window' as const } : {}),
      submenu: mac
        ? [{ role: 'minimize', label: t.minimize }, { role: 'zoom', label: t.zoom }, separator, { role: 'front', label: t.front }]
        : [
            { role: 'minimize', label: t.minimize },
            { role: 'close', label: t.close },
          ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: mac ? [] : [{ role: 'about', label: t.about }],
    },
  ];
}

/** Builds the menu in a language and installs it; called at start and whenever the language changes. */
export function installMenu(
  language: UiLanguage,
  window: () => BrowserWindow | null,
  highlightCategories: readonly string[] | null = null,
): void {
  const send = (command: MenuCommand): void => {
    const win = window();
    // Always the app window, not whichever is focused (that may be DevTools).
    if (win && !win.isDestroyed()) push(win.webContents, 'menu:command', command);
  };
  const template = menuTemplate({ language, platform: process.platform, isPackaged: app.isPackaged, send, highlightCategories });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
