// What the library's first paint waits for: the app's core script only. The Word builder (docx,
// JSZip), ECharts (the Trends view, the print view, the brief's chart) and pinyin-pro's dictionary
// load when first used; in the main bundle they were half of the 2.2 MB parsed before the first
// paint. A size budget, not a timing: it holds on any machine.
import type { Response } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const FIRST_PAINT_SCRIPT_BUDGET = 1_300_000;

test('a later start paints the library with the core script only; the Trends view loads its own', async ({ offlinePage: page }) => {
  const scripts = new Map<string, Promise<number>>();
  const onResponse = (response: Response) => {
    if (new URL(response.url()).pathname.endsWith('.js'))
      scripts.set(
        response.url(),
        response.body().then(
          (body) => body.byteLength,
          () => 0, // a script still loading when the test ends is not among those counted
        ),
      );
  };
  // The first start also loads the gazetteer, to propose the sample's events; every later start does not.
  await openApp(page);
  page.on('response', onResponse);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
  const firstPaint = [...scripts.keys()];
  const bytes = (await Promise.all(scripts.values())).reduce((sum, size) => sum + size, 0);
  expect(bytes, `script loaded for the first paint (${firstPaint.length} files)`).toBeLessThan(FIRST_PAINT_SCRIPT_BUDGET);

  await page.getByRole('navigation', { name: /Main/ }).getByRole('link', { name: 'Trends' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
  expect([...scripts.keys()].filter((url) => !firstPaint.includes(url)).length).toBeGreaterThan(0);
});
