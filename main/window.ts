// The one application window: sandboxed, context-isolated, without Node, its session hardened and
// its navigation guarded; shown only once it has painted, at the size and place it had last time.
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { Rectangle } from 'electron';
import type { AppOrigin } from './app-origin';
import { guardContents } from './security/contents';
import { hardenSession } from './security/session';
import type { TeamOrigin } from './security/team-origin';
import { recoverFromRendererFailures } from './window-recovery';
import { MIN_HEIGHT, MIN_WIDTH, clampToWorkAreas, readWindowState, trackWindowState } from './window-state';

export interface MainWindowOptions {
  origin: AppOrigin;
  /** The team server the session admits besides the app (main/security/team-origin.ts); none when absent. */
  teamOrigin?: TeamOrigin;
  /** The built preload, out/preload/index.cjs (sandboxed preloads must be CommonJS). */
  preloadPath: string;
  stateFile: string;
}

/** Work areas with the primary display first: the fallback when a remembered place is gone. */
function workAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
}

export function createMainWindow({ origin, teamOrigin, preloadPath, stateFile }: MainWindowOptions): BrowserWindow {
  const state = clampToWorkAreas(readWindowState(stateFile), workAreas());
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Readout',
    show: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spell checker downloads dictionaries from a CDN; Readout makes no network request.
      spellcheck: false,
      // A middle click must not open a link anywhere (Electronegativity: AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });

  hardenSession(win.webContents.session, origin, teamOrigin);
  guardContents(win.webContents, origin);
  trackWindowState(win, stateFile);
  recoverFromRendererFailures(win);

  win.once('ready-to-show', () => {
    // maximize() would also show the window, so it replaces show() rather than preceding it.
    if (state.maximized) win.maximize();
    else win.show();
  });

  const loaded = origin.devUrl ? win.loadURL(origin.devUrl.href) : win.loadFile(join(origin.rendererDir, 'index.html'));
  loaded.catch((error: unknown) => console.error('[readout] the window could not load the app', error));
  return win;
}
