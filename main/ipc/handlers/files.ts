// files:open — the import dialog, and reading what the analyst chose. Each file's size is checked
// before it is read, so a stray video cannot be pulled into memory; a refused file is reported by
// name with the reason, and the rest are still imported. Bytes go back undecoded: the renderer
// knows the formats.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog } from 'electron';
import { z } from 'zod';
import { MAX_BACKUP_FILE_BYTES, MAX_IMPORT_FILE_BYTES } from '../../../preload/contract';
import type { OpenFilesResult, OpenedFile, RefusedFile } from '../../../preload/contract';
import { labelsFor } from '../../language';
import { withoutBidiControls } from '../../../preload/display-text';
import type { Handle } from '../register';
import { registerOpenedFileHandlers } from './opened-files';

export const digestExtensions = ['txt', 'html', 'htm', 'docx', 'md'];

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** A view over exactly the file's bytes: IPC clones the whole underlying buffer of a typed array. */
function ownBytes(buffer: Buffer): Uint8Array {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return whole ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
}

async function readOne(path: string, maxBytes: number): Promise<OpenedFile | RefusedFile> {
  // The name is shown (import report, messages, a title's fallback); the path is only read.
  const name = withoutBidiControls(basename(path));
  const tooLarge = (size: number): RefusedFile => ({
    name,
    path,
    code: 'too-large',
    message: `"${name}" is ${megabytes(size)} (${size} bytes); files larger than ${megabytes(maxBytes)} are not imported.`,
  });
  try {
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > maxBytes) return tooLarge(info.size);
    const buffer = await readFile(path);
    // It may have grown between the two calls.
    if (buffer.byteLength > maxBytes) return tooLarge(buffer.byteLength);
    return { name, path, size: buffer.byteLength, bytes: ownBytes(buffer) };
  } catch (error) {
    return { name, path, code: 'unreadable', message: `"${name}" could not be read (${reason(error)}).` };
  }
}

/** Reads the chosen files one at a time (at most one file's bytes in flight), sorting them into read and refused. */
export async function readChosenFiles(paths: readonly string[], maxBytes = MAX_IMPORT_FILE_BYTES): Promise<OpenFilesResult> {
  const result: OpenFilesResult = { files: [], refused: [] };
  for (const path of paths) {
    const outcome = await readOne(path, maxBytes);
    if ('bytes' in outcome) result.files.push(outcome);
    else result.refused.push(outcome);
  }
  return result;
}

export function registerFileHandlers(handle: Handle, maxBytes = MAX_IMPORT_FILE_BYTES, maxBackupBytes = MAX_BACKUP_FILE_BYTES): void {
  registerOpenedFileHandlers(handle, maxBytes);
  handle('files:open', z.strictObject({ filters: z.enum(['digests', 'backup', 'lexicon']) }), async ({ filters }, { window }) => {
    const t = labelsFor();
    const choice = await dialog.showOpenDialog(
      window,
      filters === 'backup'
        ? { title: t.openBackupTitle, properties: ['openFile'], filters: [{ name: t.backupFiles, extensions: ['json'] }] }
        : filters === 'lexicon'
          ? { title: t.openLexiconTitle, properties: ['openFile'], filters: [{ name: t.lexiconFiles, extensions: ['csv', 'json'] }] }
          : {
              title: t.openDialogTitle,
              properties: ['openFile', 'multiSelections'],
              filters: [{ name: t.digestFiles, extensions: digestExtensions }],
            },
    );
    if (choice.canceled) return { files: [], refused: [] };
    // A backup is the whole library, not one digest: it has its own, larger limit.
    return readChosenFiles(choice.filePaths, filters === 'backup' ? maxBackupBytes : maxBytes);
  });
}
