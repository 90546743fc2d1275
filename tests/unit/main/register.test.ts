// register.ts: a handler runs only for our window's main frame on our page, only with valid
// arguments, and its result or error always comes back in a Result envelope.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHandle } from '../../../main/ipc/register';
import { BrowserWindow, FakeFrame, FakeWebContents, ipcMain } from './fake-electron';
import { appPageUrl, invokeEvent } from './helpers';

vi.mock('electron', () => import('./fake-electron'));

let win: BrowserWindow;

function setUp(impl: (args: { language: 'zh-CN' | 'en' }) => null) {
  win = new BrowserWindow({ width: 800, height: 600 });
  const handle = createHandle({ window: () => win as never, isAppPage: (url) => url === appPageUrl() });
  handle('app:set-language', z.strictObject({ language: z.enum(['zh-CN', 'en']) }), impl);
  const listener = ipcMain.handlers.get('app:set-language');
  if (!listener) throw new Error('not registered');
  return listener;
}

beforeEach(() => {
  ipcMain.handlers.clear();
  vi.spyOn(console, 'error').mockImplementation(() => {}); // internal errors are logged
});

describe('handle()', () => {
  it('wraps the result of a valid call from our window in { ok: true }', async () => {
    const impl = vi.fn(() => null);
    const invoke = setUp(impl);
    await expect(invoke(invokeEvent(win), { language: 'zh-CN' })).resolves.toEqual({ ok: true, value: null });
    expect(impl).toHaveBeenCalledWith({ language: 'zh-CN' }, expect.objectContaining({ window: win }));
  });

  it.each([
    ['another WebContents', () => invokeEvent(win, { sender: new FakeWebContents() })],
    ['an iframe of our window', () => invokeEvent(win, { senderFrame: new FakeFrame(appPageUrl(), 1, 2) })],
    ['a frame that is gone', () => invokeEvent(win, { senderFrame: null })],
    [
      'our main frame showing a foreign page',
      () => {
        const event = invokeEvent(win);
        win.webContents.mainFrame.url = 'https://example.com/';
        return event;
      },
    ],
  ])('refuses a call from %s with forbidden-sender', async (_name, event) => {
    const impl = vi.fn(() => null);
    const invoke = setUp(impl);
    const result = await invoke(event(), { language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(impl).not.toHaveBeenCalled();
  });

  it.each([[undefined], [{}], [{ language: 'fr' }], [{ language: 'en', extra: 1 }], ['en']])(
    'refuses the arguments %j with invalid-arguments',
    async (args) => {
      const impl = vi.fn(() => null);
      const invoke = setUp(impl);
      const result = await invoke(invokeEvent(win), args);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
      expect(result.error.message).toMatch(/^app:set-language: /);
      expect(impl).not.toHaveBeenCalled();
    },
  );

  it('turns a thrown error into { ok: false, code: internal } with its message', async () => {
    const invoke = setUp(() => {
      throw new Error('disk on fire');
    });
    await expect(invoke(invokeEvent(win), { language: 'en' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
  });
});
