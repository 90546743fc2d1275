// The window and its guards: sandboxed without Node, no window.open, no navigation or request
// leaving the app, no permissions, a CSP on every response of ours.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardContents } from '../../../main/security/contents';
import { createMainWindow } from '../../../main/window';
import { BrowserWindow, FakeWebContents, fakeEvent } from './fake-electron';
import { appPageUrl, buildOrigin, rendererDir } from './helpers';

vi.mock('electron', () => import('./fake-electron'));

const stateFile = join(rendererDir, '..', 'window-state-test.json');

function openWindow(devUrl?: string): BrowserWindow {
  return createMainWindow({
    origin: buildOrigin(devUrl),
    preloadPath: '/app/out/preload/index.cjs',
    stateFile,
  }) as unknown as BrowserWindow;
}

beforeEach(() => {
  BrowserWindow.instances = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // blocked requests are logged
  rmSync(stateFile, { force: true });
});
afterEach(() => {
  rmSync(stateFile, { force: true });
  vi.restoreAllMocks();
});

describe('the main window', () => {
  it('is sandboxed and context-isolated, without Node, and hidden until painted', () => {
    const win = openWindow();
    expect(win.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
    });
    expect(win.options['show']).toBe(false);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('has middle-click (Auxclick) disabled, so a middle click opens nothing', () => {
    expect(openWindow().options['webPreferences']).toMatchObject({ disableBlinkFeatures: 'Auxclick' });
  });

  it('loads the built page, or the dev server when electron-vite runs one', () => {
    expect(openWindow().loadFile).toHaveBeenCalledWith(join(rendererDir, 'index.html'));
    expect(openWindow('http://localhost:5173/').loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('denies window.open', () => {
    const win = openWindow();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('prevents navigation to an outside URL but not to its own page', () => {
    const contents = openWindow().webContents;
    const outside = fakeEvent({ url: 'https://example.com/' });
    const own = fakeEvent({ url: appPageUrl('index.html#/timeline') });
    const otherFile = fakeEvent({ url: 'file:///etc/passwd' });
    contents.emit('will-navigate', outside);
    contents.emit('will-navigate', own);
    contents.emit('will-navigate', otherFile);
    expect([outside.defaultPrevented, own.defaultPrevented, otherFile.defaultPrevented]).toEqual([true, false, true]);
  });

  it('guards a WebContents once, however many times it is handed over', () => {
    const contents = new FakeWebContents();
    const origin = buildOrigin();
    guardContents(contents as never, origin);
    guardContents(contents as never, origin);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('the window session', () => {
  it('denies permission requests and checks', () => {
    const { session } = openWindow().webContents;
    const contents = { getURL: () => appPageUrl() };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequest?.(contents, permission, callback, { isMainFrame: true, requestingUrl: appPageUrl() });
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheck?.(contents, permission, 'file:///', { isMainFrame: true })).toBe(false);
    }
  });

  it('allows only a clipboard write, and only from its own top-level page', () => {
    const { session } = openWindow().webContents;
    const own = { getURL: () => appPageUrl() };
    const foreign = { getURL: () => 'https://example.com/' };
    expect(session.permissionCheck?.(own, 'clipboard-sanitized-write', 'file:///', { isMainFrame: true })).toBe(true);
    expect(session.permissionCheck?.(own, 'clipboard-sanitized-write', 'file:///', { isMainFrame: false })).toBe(false);
    expect(session.permissionCheck?.(foreign, 'clipboard-sanitized-write', 'file:///', { isMainFrame: true })).toBe(false);
  });

  it('adds the CSP header to its own responses', () => {
    const { session } = openWindow().webContents;
    const callback = vi.fn();
    session.headersReceived?.({ url: appPageUrl(), responseHeaders: { 'content-security-policy': ['default-src *'] } }, callback);
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy']);
    const policy = headers['Content-Security-Policy']?.[0] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self';",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "frame-src 'none'",
      "worker-src 'self' blob:",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it('cancels every request that is not a local file of the app', () => {
    const { session } = openWindow().webContents;
    const cancelled = (url: string): boolean => {
      const callback = vi.fn();
      session.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0].cancel as boolean;
    };
    expect(cancelled('https://example.com/tracker.gif')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled(appPageUrl('../../escape.js'))).toBe(true);
    expect(cancelled(appPageUrl('assets/index.js'))).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('blob:file:///0f1e2d3c')).toBe(false);
  });

  it('lets the dev server through under electron-vite dev, including its hot-reload socket', () => {
    const { session } = openWindow('http://localhost:5173/').webContents;
    const cancelled = (url: string): boolean => {
      const callback = vi.fn();
      session.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0].cancel as boolean;
    };
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled('ws://localhost:5173/?token=x')).toBe(false);
    expect(cancelled('http://localhost:8080/')).toBe(true);
  });
});
