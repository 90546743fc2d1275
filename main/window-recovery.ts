// When the window's renderer crashes (out of memory, a GPU or renderer bug) or hangs, Electron
// leaves a blank or frozen window. Readout reloads it and says what happened, in the analyst's
// language: the library lives in IndexedDB and every imported file is committed on its own, so
// what was done before is still there after the reload. A renderer that keeps crashing is not
// reloaded in a loop.
import { dialog } from 'electron';
import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';
import { labelsFor } from './language';

/** More crashes than this within the window below and Readout stops reloading. */
const MAX_RELOADS = 3;
const RELOAD_WINDOW_MS = 60_000;

export interface RecoveryOptions {
  /** The clock, for tests. */
  now?: () => number;
}

export function recoverFromRendererFailures(win: BrowserWindow, { now = Date.now }: RecoveryOptions = {}): void {
  const reloads: number[] = [];
  let askingAboutHang = false;
  let respondedSinceAsked = false;
  // The analyst chose Reload for a hung window: its renderer is ended on purpose, then reloaded.
  let endedOnRequest = false;

  win.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    // A clean exit is the window closing, not a failure.
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    if (endedOnRequest) {
      endedOnRequest = false;
      win.webContents.reload();
      return;
    }
    console.error(`[readout] the window's renderer is gone (${details.reason}, exit code ${details.exitCode})`);
    const t = labelsFor();
    const recent = reloads.filter((at) => now() - at < RELOAD_WINDOW_MS);
    reloads.splice(0, reloads.length, ...recent);
    if (reloads.length >= MAX_RELOADS) {
      void dialog.showMessageBox(win, {
        type: 'error',
        title: t.windowCrashedTitle,
        message: t.windowCrashedAgain,
        detail: details.reason,
      });
      return;
    }
    reloads.push(now());
    win.webContents.reload();
    void dialog.showMessageBox(win, {
      type: 'warning',
      title: t.windowCrashedTitle,
      message: t.windowCrashedMessage,
      detail: `${t.windowCrashedDetail}\n(${details.reason})`,
    });
  });

  win.on('unresponsive', () => {
    if (askingAboutHang || win.isDestroyed()) return;
    askingAboutHang = true;
    const t = labelsFor();
    void dialog
      .showMessageBox(win, {
        type: 'warning',
        title: t.windowUnresponsiveTitle,
        message: t.windowUnresponsiveMessage,
        detail: t.windowUnresponsiveDetail,
        buttons: [t.wait, t.reloadWindow],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        // The renderer may have come back while the question was open: then there is nothing to do.
        if (response === 1 && !win.isDestroyed() && !respondedSinceAsked) {
          endedOnRequest = true;
          win.webContents.forcefullyCrashRenderer();
        }
      })
      .finally(() => {
        askingAboutHang = false;
        respondedSinceAsked = false;
      });
  });

  win.on('responsive', () => {
    if (askingAboutHang) respondedSinceAsked = true;
  });
}
