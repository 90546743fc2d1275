// A crashed or hung renderer: the window is reloaded with a message in the analyst's language,
// never left blank, and a renderer that keeps crashing is not reloaded in a loop.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../main/language';
import { createMainWindow } from '../../../main/window';
import { BrowserWindow, dialog } from './fake-electron';
import { buildOrigin, rendererDir } from './helpers';

vi.mock('electron', () => import('./fake-electron'));

const stateFile = join(rendererDir, '..', 'window-recovery-test.json');
const openWindow = () =>
  createMainWindow({ origin: buildOrigin(), preloadPath: '/app/out/preload/index.cjs', stateFile }) as unknown as BrowserWindow;
const gone = (win: BrowserWindow, reason: string) => win.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
const messages = () => dialog.showMessageBox.mock.calls.map((call) => (call[1] as { message: string }).message);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  BrowserWindow.instances = [];
  dialog.showMessageBox.mockClear();
  dialog.showMessageBox.mockResolvedValue({ response: 0 });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  setLanguage('en');
});
afterEach(() => {
  rmSync(stateFile, { force: true });
  vi.restoreAllMocks();
  setLanguage('en');
});

describe('a renderer that is gone', () => {
  it('is reloaded, with a message saying what happened and that the library is kept', () => {
    const win = openWindow();
    gone(win, 'oom');
    expect(win.webContents.reload).toHaveBeenCalledOnce();
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    const [parent, options] = dialog.showMessageBox.mock.calls[0] as [unknown, { message: string; detail: string }];
    expect(parent).toBe(win);
    expect(options.message).toBe("Readout's window stopped unexpectedly and has been reloaded.");
    expect(options.detail).toContain('kept in the library');
    expect(options.detail).toContain('oom');
  });

  it('says it in Chinese when the analyst reads Chinese', () => {
    setLanguage('zh-CN');
    gone(openWindow(), 'crashed');
    expect(messages()).toEqual(['Readout 的窗口意外停止，已重新载入。']);
  });

  it('does nothing when the renderer exited cleanly (the window closing)', () => {
    const win = openWindow();
    gone(win, 'clean-exit');
    expect(win.webContents.reload).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('stops reloading after three crashes within a minute, and says so', () => {
    const win = openWindow();
    for (let i = 0; i < 4; i++) gone(win, 'crashed');
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    expect(messages().at(-1)).toContain('will not be reloaded again');
  });
});

describe('a renderer that hangs', () => {
  it('asks once whether to wait or reload; Wait leaves it alone', async () => {
    const win = openWindow();
    win.emit('unresponsive');
    win.emit('unresponsive');
    await settle();
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    const options = dialog.showMessageBox.mock.calls[0]?.[1] as { buttons: string[]; cancelId: number };
    expect(options.buttons).toEqual(['Wait', 'Reload']);
    expect(options.cancelId).toBe(0);
    expect(win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('on Reload, ends the hung renderer and reloads it without the crash message', async () => {
    const win = openWindow();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    win.emit('unresponsive');
    await settle();
    expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    gone(win, 'killed'); // what Electron reports for the renderer it ended
    expect(win.webContents.reload).toHaveBeenCalledOnce();
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
  });

  it('does not end a renderer that came back while the question was open', async () => {
    const win = openWindow();
    let answer: (value: { response: number }) => void = () => {};
    dialog.showMessageBox.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    win.emit('unresponsive');
    win.emit('responsive');
    answer({ response: 1 });
    await settle();
    expect(win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
