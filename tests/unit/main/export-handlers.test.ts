// files:save, export:print-pdf and files:reveal: the save dialog, the hidden print window and
// opening only what this session saved — called the way the renderer calls them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerExportHandlers } from '../../../main/ipc/handlers/export';
import { createHandle } from '../../../main/ipc/register';
import { BrowserWindow, dialog, ipcMain, shell } from './fake-electron';
import { appPageUrl, buildOrigin, invokeEvent } from './helpers';

vi.mock('electron', () => import('./fake-electron'));

const dir = mkdtempSync(join(tmpdir(), 'readout-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let win: BrowserWindow;
beforeEach(() => {
  ipcMain.handlers.clear();
  dialog.showSaveDialog.mockReset();
  shell.openPath.mockClear();
  shell.showItemInFolder.mockClear();
  BrowserWindow.instances.length = 0;
  win = new BrowserWindow({ width: 800, height: 600 });
  const handle = createHandle({ window: () => win as never, isAppPage: (url) => url === appPageUrl() });
  registerExportHandlers(handle, { origin: buildOrigin(), parentWindow: () => win as never });
});

function invoke(channel: string, args: unknown) {
  return ipcMain.handlers.get(channel)!(invokeEvent(win), args);
}

describe('files:save', () => {
  it('writes the bytes where the user chose and returns the path', async () => {
    const path = join(dir, 'brief.docx');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    const result = await invoke('files:save', { suggestedName: '简报 2024-05-02.docx', bytes: new TextEncoder().encode('简报') });
    expect(result).toEqual({ ok: true, value: { path, name: 'brief.docx' } });
    expect(readFileSync(path, 'utf8')).toBe('简报');
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath.endsWith('简报 2024-05-02.docx')).toBe(true);
    expect(options.filters[0]?.extensions).toEqual(['docx']);
  });

  it('writes nothing when the dialog is cancelled, and refuses a path for a name', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await invoke('files:save', { suggestedName: 'a.md', bytes: new Uint8Array([1]) })).toEqual({ ok: true, value: null });
    const sneaky = await invoke('files:save', { suggestedName: '../../etc/passwd', bytes: new Uint8Array([1]) });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});

describe('files:save names', () => {
  it('takes a plain name with an export extension, in any case', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    for (const name of [
      '简报 2024-05-02.docx',
      'brief.PDF',
      'notes.md',
      'events.csv',
      'highlights.jsonld',
      'Readout backup 2024-05-02.json',
    ]) {
      expect(await invoke('files:save', { suggestedName: name, bytes: new Uint8Array([1]) }), name).toEqual({ ok: true, value: null });
    }
  });

  it('refuses other extensions, no extension, `..` and anything that is a path', async () => {
    for (const name of [
      'report.bat',
      'report.exe',
      'report.docx.lnk',
      'report',
      'report.',
      '..',
      '...docx',
      'a..md',
      'dir/report.md',
      'dir\\report.md',
      'C:report.md',
      'bell\u0007.md',
    ]) {
      const result = await invoke('files:save', { suggestedName: name, bytes: new Uint8Array([1]) });
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('export:print-pdf', () => {
  it('prints the print route in a hidden sandboxed window as A4 with page numbers, then closes it', async () => {
    const path = join(dir, 'brief.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    const result = await invoke('export:print-pdf', { route: '#/print/eyJ0aXRsZSI6IngifQ', suggestedName: 'brief.pdf' });
    expect(result).toEqual({ ok: true, value: { path, name: 'brief.pdf' } });
    const printer = BrowserWindow.instances.at(-1)!;
    expect(printer).not.toBe(win);
    expect(printer.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(printer.loadFile).toHaveBeenCalledWith(expect.stringMatching(/index\.html$/), { hash: '/print/eyJ0aXRsZSI6IngifQ' });
    expect(printer.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', displayHeaderFooter: true }));
    expect(printer.destroy).toHaveBeenCalled();
    expect(readFileSync(path, 'utf8')).toContain('%PDF');
  });

  it('refuses any route but the print view', async () => {
    const result = await invoke('export:print-pdf', { route: 'https://example.com/', suggestedName: 'x.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('files:reveal', () => {
  it('opens or shows a file saved in this session, and nothing else', async () => {
    const path = join(dir, 'events.csv');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    await invoke('files:save', { suggestedName: 'events.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf]) });
    expect(await invoke('files:reveal', { path, action: 'show' })).toEqual({ ok: true, value: null });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(path);
    expect(await invoke('files:reveal', { path, action: 'open' })).toEqual({ ok: true, value: null });
    expect(shell.openPath).toHaveBeenCalledWith(path);
    const other = await invoke('files:reveal', { path: '/etc/passwd', action: 'open' });
    expect(other).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(shell.openPath).toHaveBeenCalledTimes(1);
  });

  it('shows but never opens a saved file the analyst renamed to another kind in the dialog', async () => {
    const path = join(dir, 'brief.bat');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    await invoke('files:save', { suggestedName: 'brief.md', bytes: new Uint8Array([0x23]) });
    expect(await invoke('files:reveal', { path, action: 'open' })).toMatchObject({ ok: false });
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(await invoke('files:reveal', { path, action: 'show' })).toEqual({ ok: true, value: null });
  });
});

describe('the hidden print window', () => {
  it('has middle-click (Auxclick) disabled like the main window', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'aux.pdf') });
    await invoke('export:print-pdf', { route: '#/print/eyJ0aXRsZSI6IngifQ', suggestedName: 'aux.pdf' });
    expect(BrowserWindow.instances.at(-1)!.options).toMatchObject({ webPreferences: { disableBlinkFeatures: 'Auxclick' } });
  });
});
