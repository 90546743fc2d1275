// Desktop gestures that bring files in without the open dialog: File → Import folder… (every
// importable file under a chosen folder) and opening files with the app (double-click, "Open
// with", a path on the command line; on macOS the open-file event). Opened paths wait in a queue
// until the renderer takes them (files:take-opened), so files opened before the window is ready
// are not lost; main only tells the renderer that some are waiting (files:opened).
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { MAX_IMPORT_FILE_BYTES } from '../../../preload/contract';
import { labelsFor } from '../../language';
import { push } from '../push';
import type { Handle } from '../register';
import { digestExtensions, readChosenFiles } from './files';

/** More files than any year of digests; a folder beyond it (a whole disk) is cut there. */
export const MAX_FOLDER_FILES = 5000;

function isDigestPath(path: string): boolean {
  return digestExtensions.includes(extname(path).slice(1).toLowerCase());
}

/** Importable files under a folder, sorted, hidden files and folders skipped; walked without recursion. */
export async function digestFilesUnder(folder: string, limit = MAX_FOLDER_FILES): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0 && found.length < limit) {
    const directory = pending.shift()!;
    const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && isDigestPath(path) && found.length < limit) found.push(path);
    }
  }
  return found;
}

const openedQueue: string[] = [];

/** Queues the importable paths among `args` (argv or an open-file path) and tells the window. */
export function queueOpenedFiles(args: readonly string[], window: BrowserWindow | null): void {
  const paths = args.filter((arg) => !arg.startsWith('-') && isDigestPath(arg));
  if (paths.length === 0) return;
  openedQueue.push(...paths);
  if (window) push(window.webContents, 'files:opened', null);
}

export function registerOpenedFileHandlers(handle: Handle, maxBytes = MAX_IMPORT_FILE_BYTES): void {
  handle('files:open-folder', z.strictObject({}), async (_args, { window }) => {
    const choice = await dialog.showOpenDialog(window, { title: labelsFor().importFolder, properties: ['openDirectory'] });
    const [folder] = choice.filePaths;
    if (choice.canceled || !folder) return { files: [], refused: [] };
    return readChosenFiles(await digestFilesUnder(folder), maxBytes);
  });
  handle('files:take-opened', z.strictObject({}), async () => readChosenFiles(openedQueue.splice(0), maxBytes));
}
