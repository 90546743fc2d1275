// Entry of the main process: one running instance, one window, the menu, the IPC handlers, and
// quitting the way each platform expects. The work lives in the modules imported here.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app } from 'electron';
import { z } from 'zod';
import type { UiLanguage } from '../preload/contract';
import { createAppOrigin, isAppPage } from './app-origin';
import { registerAppHandlers } from './ipc/handlers/app';
import { registerExportHandlers } from './ipc/handlers/export';
import { registerFileHandlers } from './ipc/handlers/files';
import { createPasswordStore, registerTeamHandlers } from './ipc/handlers/team';
import { createTeamOrigin } from './security/team-origin';
import { queueOpenedFiles } from './ipc/handlers/opened-files';
import { createHandle } from './ipc/register';
import { currentLanguage, languageFromLocale, setLanguage } from './language';
import { installMenu } from './menu';
import { guardContents } from './security/contents';
import { createMainWindow } from './window';
import { windowStateFile } from './window-state';

// This file is bundled to out/main/index.js; the preload and renderer are built beside it.
const here = fileURLToPath(new URL('.', import.meta.url));
const origin = createAppOrigin(join(here, '../renderer'), { isPackaged: app.isPackaged });
/** The team server the renderer may reach, once the analyst set a team up (none until then). */
const teamOrigin = createTeamOrigin();
const preloadPath = join(here, '../preload/index.cjs');

// `--user-data-dir=<dir>` gives a run its own profile (tests start from a fresh library). It must be
// set before the single-instance lock, which is taken per profile.
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', resolve(userDataDir));

// Main's schemas run without zod's `new Function` compiler, like the renderer's (renderer/src/zod-config.ts).
z.config({ jitless: true });

// Every renderer sandboxed, whatever a future BrowserWindow's options say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let window: BrowserWindow | null = null;
  const currentWindow = (): BrowserWindow | null => (window && !window.isDestroyed() ? window : null);

  const openWindow = (): void => {
    window = createMainWindow({ origin, teamOrigin, preloadPath, stateFile: windowStateFile() });
    window.on('closed', () => {
      window = null;
    });
  };

  // The menu shows the analyst's own category names once the renderer has said them.
  let highlightCategories: readonly string[] | null = null;
  const useLanguage = (language: UiLanguage): void => {
    setLanguage(language);
    installMenu(language, currentWindow, highlightCategories);
  };
  const useHighlightCategories = (names: readonly string[]): void => {
    highlightCategories = names;
    installMenu(currentLanguage(), currentWindow, highlightCategories);
  };

  app.on('web-contents-created', (_event, contents) => guardContents(contents, origin));

  // Files the app was started to open ("Open with", a path on the command line) wait for the renderer.
  queueOpenedFiles(process.argv.slice(1), null);
  // macOS hands opened files over as events, before or after start.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    queueOpenedFiles([path], currentWindow());
  });

  // Opening Readout again brings the running window forward instead of starting a second copy,
  // and imports the files it was asked to open.
  app.on('second-instance', (_event, argv) => {
    queueOpenedFiles(Array.isArray(argv) ? argv.slice(1) : [], currentWindow());
    const win = currentWindow();
    if (!win) {
      if (app.isReady()) openWindow();
      return;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && !currentWindow() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  void app.whenReady().then(() => {
    useLanguage(languageFromLocale(app.getLocale()));
    const handle = createHandle({ window: currentWindow, isAppPage: (url) => isAppPage(origin, url) });
    registerFileHandlers(handle);
    registerAppHandlers(handle, { onLanguage: useLanguage, onHighlightCategories: useHighlightCategories });
    registerExportHandlers(handle, { origin, parentWindow: currentWindow });
    registerTeamHandlers(handle, { store: createPasswordStore(), origin: teamOrigin });
    openWindow();
  });
}
