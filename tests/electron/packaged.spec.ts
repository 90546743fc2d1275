// Starts the app `npm run dist` packed (dist/*-unpacked, or the .app on macOS) and checks what only
// a packaged build shows: it runs from app.asar, says it is packaged, opens on the library with the
// sample issue, and ignores ELECTRON_RENDERER_URL. Runs only where a packed app with a real
// Electron exists (a build host); everywhere else it is skipped with the reason printed.
import { existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The packed executable for this platform, as electron-builder's dir output names it. */
function packedExecutable(): string {
  if (process.platform === 'darwin')
    return join(dist, process.arch === 'arm64' ? 'mac-arm64' : 'mac', 'Readout.app/Contents/MacOS/Readout');
  if (process.platform === 'win32') return join(dist, 'win-unpacked', 'Readout.exe');
  return join(dist, 'linux-unpacked', 'readout');
}

/** A real executable, not the packaging test's stub shell script (which starts with `#!`). */
function isRealBinary(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    return head.toString('latin1') !== '#!';
  } finally {
    closeSync(fd);
  }
}

const executable = packedExecutable();
const reason = !existsSync(executable)
  ? `no packed app at ${executable} (npm run dist builds it where Electron can be fetched)`
  : !isRealBinary(executable)
    ? `${executable} is a stub, not Electron`
    : null;
if (reason) console.log(`tests/electron/packaged skipped: ${reason}`);
test.skip(reason !== null, reason ?? '');

let app: ElectronApplication;
let page: Page;
let profile: string;

test.beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'readout-packaged-'));
  // A packaged app must not follow this: it trusts only its own files.
  const env = { ...process.env, ELECTRON_RENDERER_URL: 'http://127.0.0.1:9/' } as Record<string, string>;
  app = await electron.launch({ executablePath: executable, args: [`--user-data-dir=${profile}`], env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('runs packaged, from app.asar, showing its own files whatever ELECTRON_RENDERER_URL says', async () => {
  const where = await app.evaluate(({ app: electronApp }) => ({
    packaged: electronApp.isPackaged,
    path: electronApp.getAppPath(),
    name: electronApp.getName(),
  }));
  expect(where.packaged).toBe(true);
  expect(where.path).toMatch(/app\.asar$/);
  expect(where.name).toBe('Readout');
  expect(page.url()).toMatch(/^file:.*app\.asar.*index\.html/);
});

test('opens on the library with the sample issue', async () => {
  await expect(page).toHaveTitle(/Readout/);
  const library = page.getByRole('list', { name: /library|文库/i });
  await expect(library.getByRole('listitem').first()).toBeVisible();
});
