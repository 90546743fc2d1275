// The handlers behind files:open and app:*: the import dialog and its size-limited reads, the
// language switch and the OS locale — called the way the renderer calls them, through register.ts.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppHandlers } from '../../../main/ipc/handlers/app';
import { registerFileHandlers } from '../../../main/ipc/handlers/files';
import { createHandle } from '../../../main/ipc/register';
import { MAX_BACKUP_FILE_BYTES, MAX_CATEGORY_NAME_LENGTH, MAX_IMPORT_FILE_BYTES } from '../../../preload/contract';
import { BrowserWindow, app, dialog, ipcMain } from './fake-electron';
import { appPageUrl, invokeEvent } from './helpers';

vi.mock('electron', () => import('./fake-electron'));

const dir = mkdtempSync(join(tmpdir(), 'readout-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, text = ''): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

let win: BrowserWindow;
const onLanguage = vi.fn();
const onHighlightCategories = vi.fn();

beforeEach(() => {
  ipcMain.handlers.clear();
  dialog.showOpenDialog.mockReset();
  onLanguage.mockReset();
  onHighlightCategories.mockReset();
  win = new BrowserWindow({ width: 800, height: 600 });
  const handle = createHandle({ window: () => win as never, isAppPage: (url) => url === appPageUrl() });
  registerFileHandlers(handle);
  registerAppHandlers(handle, { onLanguage, onHighlightCategories });
});

function invoke(channel: string, args: unknown) {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`${channel} is not registered`);
  return listener(invokeEvent(win), args);
}

describe('files:open', () => {
  it('returns nothing when the dialog is cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke('files:open', { filters: 'digests' })).resolves.toEqual({ ok: true, value: { files: [], refused: [] } });
  });

  it('asks for several digest files, parented to the window', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await invoke('files:open', { filters: 'digests' });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
    const options = dialog.showOpenDialog.mock.calls[0]?.[1] as { filters: { extensions: string[] }[] };
    expect(options.filters[0]?.extensions).toEqual(['txt', 'html', 'htm', 'docx', 'md']);
  });

  it('reads a good file as bytes and refuses an oversize or missing one by name', async () => {
    const good = tempFile('good.txt', '国务院常务会议');
    const big = tempFile('huge-scan.html');
    truncateSync(big, MAX_IMPORT_FILE_BYTES + 1); // sparse: takes no disk space
    const missing = join(dir, 'gone.md');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [good, big, missing] });

    const result = await invoke('files:open', { filters: 'digests' });

    expect(result.ok).toBe(true);
    const { files, refused } = result.value;
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ name: 'good.txt', path: good, size: 21 });
    expect(files[0].bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(files[0].bytes)).toBe('国务院常务会议');

    expect(refused).toEqual([
      expect.objectContaining({ name: 'huge-scan.html', code: 'too-large' }),
      expect.objectContaining({ name: 'gone.md', code: 'unreadable' }),
    ]);
    expect(refused[0].message).toContain('huge-scan.html');
    expect(refused[0].message).toContain(String(MAX_IMPORT_FILE_BYTES + 1));
    expect(refused[0].message).toContain('20.0 MB');
    expect(refused[1].message).toMatch(/gone\.md.*ENOENT/);
  });

  it('reads a backup through its own, larger limit: a 35 MB library restores, a digest that size does not', async () => {
    const backup = tempFile('readout-backup.json');
    truncateSync(backup, 35 * 1024 * 1024);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [backup] });
    const restored = await invoke('files:open', { filters: 'backup' });
    expect(restored.value.refused).toEqual([]);
    expect(restored.value.files[0]).toMatchObject({ name: 'readout-backup.json', size: 35 * 1024 * 1024 });
    const imported = await invoke('files:open', { filters: 'digests' });
    expect(imported.value.files).toEqual([]);
    expect(imported.value.refused).toEqual([expect.objectContaining({ name: 'readout-backup.json', code: 'too-large' })]);
  });

  it('refuses a backup over the backup limit by name, without reading it', async () => {
    const huge = tempFile('huge-backup.json');
    truncateSync(huge, MAX_BACKUP_FILE_BYTES + 1); // sparse: takes no disk space
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [huge] });
    const result = await invoke('files:open', { filters: 'backup' });
    expect(result.value.files).toEqual([]);
    expect(result.value.refused).toEqual([expect.objectContaining({ name: 'huge-backup.json', code: 'too-large' })]);
    expect(result.value.refused[0].message).toContain('512.0 MB');
  });

  it('refuses a folder as unreadable', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    const result = await invoke('files:open', { filters: 'digests' });
    expect(result.value.refused).toEqual([expect.objectContaining({ code: 'unreadable' })]);
  });

  it('rejects unknown filters', async () => {
    await expect(invoke('files:open', { filters: 'anything' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('app:set-language and app:get-locale', () => {
  it('passes a supported language on', async () => {
    await expect(invoke('app:set-language', { language: 'zh-CN' })).resolves.toEqual({ ok: true, value: null });
    expect(onLanguage).toHaveBeenCalledWith('zh-CN');
  });

  it('refuses a language the app does not have', async () => {
    await expect(invoke('app:set-language', { language: 'de' })).resolves.toMatchObject({ error: { code: 'invalid-arguments' } });
    expect(onLanguage).not.toHaveBeenCalled();
  });

  it('returns the OS locale', async () => {
    app.getLocale.mockReturnValueOnce('zh-CN');
    await expect(invoke('app:get-locale', {})).resolves.toEqual({ ok: true, value: { locale: 'zh-CN' } });
  });
});

describe('app:set-highlight-categories', () => {
  const names = ['政策提法', '目标数据', '项目', '人事', '风险', '其他'];

  it('passes six one-line names on, trimmed', async () => {
    await expect(invoke('app:set-highlight-categories', { names: names.map((name) => ` ${name} `) })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(onHighlightCategories).toHaveBeenCalledWith(names);
  });

  it('takes a name as long as the settings form allows (the one shared limit)', async () => {
    const longest = [...names.slice(0, 5), '类'.repeat(MAX_CATEGORY_NAME_LENGTH)];
    await expect(invoke('app:set-highlight-categories', { names: longest })).resolves.toEqual({ ok: true, value: null });
    expect(onHighlightCategories).toHaveBeenCalledWith(longest);
  });

  it('refuses a wrong count, an empty name, a multi-line name or extra fields', async () => {
    for (const args of [
      { names: names.slice(0, 5) },
      { names: [...names.slice(0, 5), '  '] },
      { names: [...names.slice(0, 5), '风险\n其他'] },
      { names, extra: true },
      { names: [...names.slice(0, 5), 'x'.repeat(MAX_CATEGORY_NAME_LENGTH + 1)] },
    ]) {
      await expect(invoke('app:set-highlight-categories', args)).resolves.toMatchObject({ error: { code: 'invalid-arguments' } });
    }
    expect(onHighlightCategories).not.toHaveBeenCalled();
  });
});
