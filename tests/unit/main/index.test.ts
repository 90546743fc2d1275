// main/index.ts, the lifecycle: one instance, a window with the built preload once ready, the
// handlers and menu in place, guards on every WebContents, quitting per platform.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { invokeChannelNames } from '../../../preload/contract';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Fake = typeof FakeElectron;
const userData = mkdtempSync(join(tmpdir(), 'readout-userdata-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

/** Loads main/index.ts afresh against fresh fakes, as if the process had just started. */
async function start(setUp: (fake: Fake) => void = () => {}): Promise<Fake> {
  vi.resetModules();
  // The instance main/index.ts will get: vitest may keep a mocked module across resetModules.
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetFakes();
  fake.app.getPath.mockReturnValue(userData);
  setUp(fake);
  await import('../../../main/index');
  return fake;
}

function menuLabels(fake: Fake): unknown[] {
  const built = fake.Menu.buildFromTemplate.mock.results.at(-1)?.value as { template: MenuItemConstructorOptions[] };
  return built.template.map((m) => m.label);
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('main/index.ts', () => {
  it('quits at once when another instance holds the lock', async () => {
    const fake = await start((f) => (f.app.lockGranted = false));
    expect(fake.app.quit).toHaveBeenCalledOnce();
    await fake.app.becomeReady();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('opens the window with the built preload once ready, with handlers and a menu', async () => {
    const fake = await start((f) => f.app.getLocale.mockReturnValue('zh-CN'));
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);

    await fake.app.becomeReady();

    expect(fake.BrowserWindow.instances).toHaveLength(1);
    const preload = (fake.BrowserWindow.instances[0]?.options['webPreferences'] as { preload: string }).preload;
    expect(preload.endsWith(join('preload', 'index.cjs'))).toBe(true);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...invokeChannelNames].sort());
    expect(menuLabels(fake)[0]).toBe('文件');
  });

  it('rebuilds the menu when the renderer switches language', async () => {
    const fake = await start();
    await fake.app.becomeReady();
    const win = fake.BrowserWindow.instances[0]!;
    // Under Vitest main/index.ts sits in main/, so "../renderer" is the source renderer folder.
    win.webContents.mainFrame.url = pathToFileURL(resolve(import.meta.dirname, '../../../renderer/index.html')).href;
    const setLanguage = fake.ipcMain.handlers.get('app:set-language')!;
    const result = await setLanguage({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { language: 'zh-CN' });
    expect(result).toEqual({ ok: true, value: null });
    expect(menuLabels(fake)[0]).toBe('文件');
  });

  it('brings the window forward when Readout is started again', async () => {
    const fake = await start();
    await fake.app.becomeReady();
    const win = fake.BrowserWindow.instances[0]!;
    win.isMinimized.mockReturnValue(true);
    fake.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });

  it('guards every WebContents the process creates', async () => {
    const fake = await start();
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('quits when the last window closes (but not on macOS)', async () => {
    const fake = await start();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('uses --user-data-dir as the profile folder', async () => {
    const fake = await start((f) =>
      f.app.commandLine.getSwitchValue.mockImplementation((name) => (name === 'user-data-dir' ? 'profile-x' : '')),
    );
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', resolve('profile-x'));
  });
});
