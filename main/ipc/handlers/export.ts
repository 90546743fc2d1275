// Saving exports: files:save (native save dialog, then write the bytes), export:print-pdf (the
// renderer's print view loaded in a hidden, sandboxed window and saved with printToPDF: A4,
// margins, page numbers) and files:reveal (open or show a file saved in this session — only
// those, so the renderer cannot open arbitrary paths).
import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { z } from 'zod';
import { PRINT_ROUTE_PATTERN } from '../../../preload/contract';
import type { SavedFile } from '../../../preload/contract';
import type { AppOrigin } from '../../app-origin';
import { guardContents } from '../../security/contents';
import type { Handle } from '../register';

const MAX_EXPORT_BYTES = 512 * 1024 * 1024;
const PRINT_READY_TIMEOUT_MS = 30_000;
/** What an export is saved as; a name the renderer suggests with any other extension is refused. */
export const exportExtensions = ['docx', 'pdf', 'md', 'csv', 'jsonld', 'json'];
const extensionOf = (name: string): string => extname(name).slice(1).toLowerCase();
/** A plain file name: no folder part, no `..`, no control or reserved characters, an export extension. */
// eslint-disable-next-line no-control-regex -- control characters are among what it refuses
const notInPlainNames = /[\\/:*?"<>|\u0000-\u001f\u007f]/;
export const saveNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !notInPlainNames.test(name) && !name.includes('..') && name === basename(name), 'a plain file name, not a path')
  .refine((name) => exportExtensions.includes(extensionOf(name)), `a name ending in .${exportExtensions.join(', .')}`);

export interface ExportHandlerOptions {
  origin: AppOrigin;
  parentWindow: () => BrowserWindow | null;
}

async function chooseSavePath(parent: BrowserWindow | null, suggestedName: string): Promise<string | null> {
  const extension = extname(suggestedName).replace('.', '');
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Loads the print route in a hidden window and waits until the view says it has rendered. */
export async function printRouteToPdf(origin: AppOrigin, route: string): Promise<Uint8Array> {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardContents(printer.webContents, origin);
  try {
    const hash = route.slice(1);
    if (origin.devUrl) await printer.loadURL(`${origin.devUrl.href}${route}`);
    else await printer.loadFile(join(origin.rendererDir, 'index.html'), { hash });
    await printer.webContents.executeJavaScript(
      `new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => document.body.dataset.printReady === 'true' ? resolve(true)
          : Date.now() - started > ${PRINT_READY_TIMEOUT_MS} ? reject(new Error('the print view did not finish'))
          : setTimeout(check, 50);
        check();
      })`,
    );
    const pdf = await printer.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      margins: { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#666"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    printer.destroy();
  }
}

export function registerExportHandlers(handle: Handle, { origin, parentWindow }: ExportHandlerOptions): void {
  const savedThisSession = new Set<string>();

  const save = async (suggestedName: string, bytes: () => Promise<Uint8Array>): Promise<SavedFile | null> => {
    const path = await chooseSavePath(parentWindow(), suggestedName);
    if (!path) return null;
    await writeFile(path, await bytes());
    savedThisSession.add(path);
    return { path, name: basename(path) };
  };

  handle(
    'files:save',
    z.strictObject({
      suggestedName: saveNameSchema,
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'too large'),
    }),
    ({ suggestedName, bytes }) => save(suggestedName, async () => bytes),
  );

  handle(
    'export:print-pdf',
    z.strictObject({ route: z.string().regex(PRINT_ROUTE_PATTERN), suggestedName: saveNameSchema }),
    ({ route, suggestedName }) => save(suggestedName, () => printRouteToPdf(origin, route)),
  );

  handle('files:reveal', z.strictObject({ path: z.string().min(1), action: z.enum(['open', 'show']) }), async ({ path, action }) => {
    if (!savedThisSession.has(path)) throw new Error('Only files saved in this session can be opened from here');
    // The save dialog lets the analyst type any name; only an export's own kinds are ever opened.
    if (action === 'open' && !exportExtensions.includes(extensionOf(path)))
      throw new Error('Only exports (.docx, .pdf, .md, .csv, .jsonld, .json) can be opened from here');
    if (action === 'show') shell.showItemInFolder(path);
    else {
      const failure = await shell.openPath(path);
      if (failure) throw new Error(failure);
    }
    return null;
  });
}
