// main/index.ts, the lifecycle: one instance, a window with the built preload once ready, the
// handlers and menu in place, guards on every WebContents, quitting per platform.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('opening files with Readout (file association, "Open with", a second start)', () => {
  const digests = mkdtempSync(join(tmpdir(), 'readout-opened-'));
  const weekly = join(digests, '一周.docx');
  const notes = join(digests, 'notes.md');
  writeFileSync(weekly, 'PK-not-really-a-docx');
  writeFileSync(notes, '# 会议');
  afterAll(() => rmSync(digests, { recursive: true, force: true }));
  const argvBefore = process.argv;
  afterEach(() => {
    process.argv = argvBefore;
  });

  /** files:take-opened as the window's own page calls it: what the renderer's import path receives. */
  async function takeOpened(fake: Fake): Promise<string[]> {
    const win = fake.BrowserWindow.instances[0]!;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const result = (await fake.ipcMain.handlers.get('files:take-opened')!(event, {})) as {
      ok: boolean;
      value: { files: { name: string }[] };
    };
    expect(result.ok).toBe(true);
    return result.value.files.map((file) => file.name);
  }

  it('imports the file the packaged app was started with, once the window asks', async () => {
    const fake = await start((f) => {
      f.app.isPackaged = true;
      process.argv = ['/opt/Readout/readout', weekly];
    });
    await fake.app.becomeReady();
    expect(await takeOpened(fake)).toEqual(['一周.docx']);
    expect(await takeOpened(fake)).toEqual([]);
  });

  it('hands the files of a second start to the running window and tells it, without a second window', async () => {
    const fake = await start(() => (process.argv = ['/opt/Readout/readout']));
    await fake.app.becomeReady();
    const win = fake.BrowserWindow.instances[0]!;
    fake.app.emit('second-instance', {}, ['/opt/Readout/readout', '--no-sandbox', notes, join(digests, 'photo.jpg')], digests);
    expect(win.webContents.send).toHaveBeenCalledWith('files:opened', null);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    expect(await takeOpened(fake)).toEqual(['notes.md']);
  });

  it('imports a file macOS hands over with open-file', async () => {
    const fake = await start(() => (process.argv = ['/Applications/Readout.app/Contents/MacOS/Readout']));
    await fake.app.becomeReady();
    const event = fake.fakeEvent({});
    fake.app.emit('open-file', event, weekly);
    expect(event.defaultPrevented).toBe(true);
    expect(await takeOpened(fake)).toEqual(['一周.docx']);
  });

  it('loads its own files when packaged, even with ELECTRON_RENDERER_URL set', async () => {
    const before = process.env['ELECTRON_RENDERER_URL'];
    process.env['ELECTRON_RENDERER_URL'] = 'http://127.0.0.1:9/';
    try {
      const fake = await start((f) => (f.app.isPackaged = true));
      await fake.app.becomeReady();
      const win = fake.BrowserWindow.instances[0]!;
      expect(win.loadURL).not.toHaveBeenCalled();
      expect(win.loadFile).toHaveBeenCalledWith(expect.stringMatching(/index\.html$/));
    } finally {
      if (before === undefined) delete process.env['ELECTRON_RENDERER_URL'];
      else process.env['ELECTRON_RENDERER_URL'] = before;
    }
  });
});
