// Desktop import gestures in main: the files under a chosen folder (File → Import folder…), and
// files the app is asked to open, queued until the renderer takes them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { digestFilesUnder, queueOpenedFiles, registerOpenedFileHandlers } from '../../../main/ipc/handlers/opened-files';
import { FakeWebContents } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function folderOfDigests(): string {
  const root = mkdtempSync(join(tmpdir(), 'readout-folder-'));
  mkdirSync(join(root, '2022', '09'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'a.txt'), '第一期');
  writeFileSync(join(root, 'notes.docx'), 'PK');
  writeFileSync(join(root, 'photo.jpg'), 'x');
  writeFileSync(join(root, '.hidden.txt'), 'x');
  writeFileSync(join(root, '.git', 'config.txt'), 'x');
  writeFileSync(join(root, '2022', '09', 'week.html'), '<p>x</p>');
  writeFileSync(join(root, '2022', 'b.MD'), '# x');
  return root;
}

describe('File → Import folder…', () => {
  it('finds every importable file under the folder, skipping hidden ones and other types', async () => {
    const root = folderOfDigests();
    const found = (await digestFilesUnder(root)).map((path) => path.slice(root.length + 1));
    expect(found.sort()).toEqual(['2022/09/week.html', '2022/b.MD', 'a.txt', 'notes.docx'].map((path) => join(path)).sort());
    expect(await digestFilesUnder(root, 2)).toHaveLength(2);
  });
});

describe('opening files with the app', () => {
  it('queues the importable paths, tells the window, and hands them over once', async () => {
    const root = folderOfDigests();
    const handlers = new Map<string, (args: unknown) => Promise<unknown>>();
    registerOpenedFileHandlers((channel, _schema, impl) => {
      handlers.set(channel, (args) => impl(args as never, { window: null, event: null } as never) as Promise<unknown>);
    });
    const contents = new FakeWebContents();
    queueOpenedFiles(['--flag', join(root, 'a.txt'), join(root, 'photo.jpg')], { webContents: contents } as never);
    expect(contents.send).toHaveBeenCalledWith('files:opened', null);
    const taken = (await handlers.get('files:take-opened')!({})) as { files: { name: string }[] };
    expect(taken.files.map((file) => file.name)).toEqual(['a.txt']);
    expect(await handlers.get('files:take-opened')!({})).toEqual({ files: [], refused: [] });
  });
});
