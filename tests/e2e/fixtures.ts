// Shared end-to-end setup: every test runs in a fresh browser profile (empty IndexedDB) and
// fails if the page makes any request outside its own origin — the app must work offline.
import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const SAMPLE_TITLE = '市(县)区委书记、市(县)区长一周|9.12-9.18';

export const test = base.extend<{ offlinePage: Page }>({
  offlinePage: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) outside.push(request.url());
    });
    await use(page);
    expect(outside, 'requests outside the app origin').toEqual([]);
  },
});

export { expect };

/** Opens the app in the given UI language and waits for the library to show. */
export async function openApp(page: Page, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await page.goto(`./?lng=${language}#/library`);
  await expect(page.getByRole('list', { name: language === 'en' ? 'Library' : '文库' })).toBeVisible();
}
