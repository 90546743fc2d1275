// Factories shared by the main-process tests: an app origin in a temp folder, a URL of one of its
// pages, and an IPC event as our window's main frame would send it.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AppOrigin } from '../../../main/app-origin';
import type { BrowserWindow, FakeFrame, FakeWebContents } from './fake-electron';

export const rendererDir = join(tmpdir(), 'readout-unit', 'out', 'renderer');

export function buildOrigin(devUrl?: string): AppOrigin {
  return { rendererDir, devUrl: devUrl ? new URL(devUrl) : undefined };
}

export function appPageUrl(page = 'index.html'): string {
  return pathToFileURL(join(rendererDir, page)).href;
}

/** An invoke event from `frame` of `contents`; by default the main frame of the window, showing our page. */
export function invokeEvent(win: BrowserWindow, overrides: { sender?: FakeWebContents; senderFrame?: FakeFrame | null } = {}) {
  win.webContents.mainFrame.url = appPageUrl();
  return {
    sender: overrides.sender ?? win.webContents,
    senderFrame: overrides.senderFrame === undefined ? win.webContents.mainFrame : overrides.senderFrame,
  };
}
