// The browser host (npm run web, the end-to-end tests): a file input stands in for the open
// dialog. There is no native menu, so menu commands never arrive.
import { importableExtensions } from '../domain/import/read-digest-file';
import type { ChosenFiles, Platform } from './platform';

// Every format the import reads (domain/import/read-digest-file.ts), by extension and by type.
const digestFileTypes = [
  ...importableExtensions.map((extension) => `.${extension}`),
  'text/plain',
  'text/markdown',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

function pickFiles(accept: string, multiple = true): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = accept;
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}

/** Saves bytes as a download: the browser-mode stand-in for a save dialog. */
function downloadBytes(name: string, mimeType: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoke after the download has started; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserPlatform(): Platform {
  // Team passwords for this session only: gone with the page, never written anywhere.
  const passwords = new Map<string, string>();
  return {
    kind: 'browser',
    async chooseDigestFiles(): Promise<ChosenFiles> {
      const picked = await pickFiles(digestFileTypes);
      const files = await Promise.all(picked.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      return { files, refused: [] };
    },
    async chooseBackupFile() {
      const [file] = await pickFiles('.json,application/json', false);
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },
    async chooseLexiconFile() {
      const [file] = await pickFiles('.csv,.json,text/csv,application/json', false);
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },
    async saveExport({ name, mimeType, bytes }) {
      downloadBytes(name, mimeType, bytes);
      return { name, path: null };
    },
    async printToPdf(route, name) {
      // The browser prints the print view itself (its own print dialog saves the PDF).
      window.location.hash = route;
      return { name, path: null };
    },
    async readTeamPassword(team) {
      return passwords.get(team) ?? null;
    },
    async saveTeamPassword(team, password) {
      if (password === null) passwords.delete(team);
      else passwords.set(team, password);
    },
    setLanguage() {},
    onMenuCommand() {
      return () => {};
    },
  };
}
