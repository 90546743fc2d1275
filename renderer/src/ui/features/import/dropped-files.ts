// Collects the files of a drop (or a paste): plain files as they are, folders walked to the
// bottom. Inside a folder only importable files are taken (a folder of a year's issues also holds
// pictures and desktop.ini); a file dropped by itself is always taken, so a wrong one is refused
// by name in the report rather than silently ignored.
import { isImportableName } from '../../../domain/import/read-digest-file';

export interface DroppedFile {
  /** The file name, with its folder path when it came from a dropped folder. */
  name: string;
  file: File;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All entries of a directory: readEntries returns them in batches until an empty one. */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walkDirectory(root: FileSystemDirectoryEntry, into: DroppedFile[]): Promise<void> {
  // Iterative, so a deep folder tree cannot overflow the stack.
  const pending: FileSystemDirectoryEntry[] = [root];
  while (pending.length > 0) {
    const directory = pending.shift()!;
    const entries = (await entriesOf(directory)).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory) pending.push(entry as FileSystemDirectoryEntry);
      else if (isImportableName(entry.name)) {
        into.push({ name: entry.fullPath.replace(/^\//, ''), file: await fileOf(entry as FileSystemFileEntry) });
      }
    }
  }
}

/**
 * The files of a DataTransfer. Must be called during the drop event itself: the browser empties
 * the DataTransfer afterwards, so the entries are taken synchronously before anything is awaited.
 */
export function collectDroppedFiles(data: DataTransfer): Promise<DroppedFile[]> {
  const items = [...data.items].filter((item) => item.kind === 'file');
  const taken = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  if (taken.length === 0) taken.push(...[...data.files].map((file) => ({ entry: null, file })));
  return (async () => {
    const files: DroppedFile[] = [];
    for (const { entry, file } of taken) {
      if (entry?.isDirectory) await walkDirectory(entry as FileSystemDirectoryEntry, files);
      else if (file) files.push({ name: file.name, file });
    }
    return files;
  })();
}

/** Whether a drag carries files (not text or a link being dragged about the page). */
export function dragHasFiles(data: DataTransfer | null): boolean {
  return data !== null && [...data.types].includes('Files');
}
