// Launches the built desktop app (out/main/index.js) in a real Electron and checks what unit tests
// with electron mocked cannot: the window opens on the library, the bridge is exactly the
// contract, the page has no Node, and navigation away is refused. Runs only where the Electron
// binary is installed; everywhere else it is skipped with the reason printed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { bridgeMethods } from '../../preload/contract';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronPackage = join(root, 'node_modules', 'electron');
const mainEntry = join(root, 'out', 'main', 'index.js');

/** The binary electron's install script downloads: path.txt names it inside dist/. */
function electronBinary(): string | undefined {
  try {
    const relative = readFileSync(join(electronPackage, 'path.txt'), 'utf8').trim();
    const binary = join(electronPackage, 'dist', relative);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) console.log('tests/electron skipped: no Electron binary in node_modules/electron/dist');
test.skip(!binary, 'Electron binary not installed here (its download is unreachable); run npx install-electron where it is');

let app: ElectronApplication;
let page: Page;
let profile: string;

test.beforeAll(async () => {
  expect(existsSync(mainEntry), 'build the app first: npm run build').toBe(true);
  // A fresh profile: first start, the sample issue in the library, no remembered window.
  profile = mkdtempSync(join(tmpdir(), 'readout-electron-'));
  const env = { ...process.env } as Record<string, string>;
  delete env['ELECTRON_RENDERER_URL']; // the built renderer, not a dev server
  app = await electron.launch({ executablePath: binary, args: [mainEntry, `--user-data-dir=${profile}`], env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('opens one window titled Readout', async () => {
  await expect(page).toHaveTitle(/Readout/);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('shows the library with the sample issue first', async () => {
  // The library is a list named after it; on first start it holds the bundled sample issue.
  const library = page.getByRole('list', { name: /library|文库/i });
  await expect(library.getByRole('listitem').first()).toBeVisible();
});

test("exposes exactly the contract's bridge, and no Node (sandboxed, context-isolated)", async () => {
  const surface = await page.evaluate(() => ({
    readout: Object.keys((window as unknown as { readout: object }).readout).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(surface).toEqual({ readout: [...Object.keys(bridgeMethods), 'onMenuCommand'].sort(), require: 'undefined', process: 'undefined' });
});

test('answers a bridge call in a Result envelope', async () => {
  const result = await page.evaluate(() =>
    (window as unknown as { readout: { getLocale(a: object): Promise<unknown> } }).readout.getLocale({}),
  );
  expect(result).toMatchObject({ ok: true, value: { locale: expect.any(String) } });
});

test('refuses to navigate away from the app', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
});
