// The browser host (npm run web, the end-to-end tests): a file input stands in for the open
// dialog. There is no native menu, so menu commands never arrive.
import type { ChosenFiles, Platform } from './platform';

const digestFileTypes = '.txt,text/plain';

function pickFiles(accept: string): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async chooseDigestFiles(): Promise<ChosenFiles> {
      const picked = await pickFiles(digestFileTypes);
      const files = await Promise.all(picked.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      return { files, refused: [] };
    },
    setLanguage() {},
    onMenuCommand() {
      return () => {};
    },
  };
}
