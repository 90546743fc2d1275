// Steps of the team-sharing tests: an analyst's own browser context on the team server's origin
// (tests/e2e/team-server.ts), joining the team in Settings → Team and pressing "Sync now", as a
// person would. Each context fails its test if it requests anything outside that one origin.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, openApp, SAMPLE_TITLE } from './fixtures';
import { USERS, type TeamServer } from './team-server';

export interface AnalystPage {
  context: BrowserContext;
  page: Page;
  outside: string[];
}

export async function analystPage(browser: Browser, server: TeamServer): Promise<AnalystPage> {
  const context = await browser.newContext({ baseURL: `${server.url}/`, locale: 'en-US' });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== server.url) outside.push(request.url());
  });
  await openApp(page);
  return { context, page, outside };
}

export const settings = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' });
export const teamSection = (page: Page) => page.getByRole('region', { name: 'Team' });

export async function joinTeam(page: Page, server: TeamServer, user: string, password = USERS[user]!): Promise<void> {
  await settings(page).click();
  const team = teamSection(page);
  await team.getByRole('textbox', { name: 'Server address' }).fill(server.couchUrl);
  await team.getByRole('textbox', { name: 'Team database' }).fill(server.database);
  await team.getByRole('textbox', { name: 'User name' }).fill(user);
  await team.getByLabel('Password').fill(password);
  await team.getByRole('button', { name: 'Join team' }).click();
}

/** Presses "Sync now" in Settings → Team and waits until the pass has ended without an error. */
export async function syncNow(page: Page): Promise<void> {
  await settings(page).click();
  const team = teamSection(page);
  const button = team.getByRole('button', { name: /^(Sync now|Syncing…)$/ });
  await expect(button).toHaveText('Sync now');
  const before = (await team.getByTestId('team-last-synced').getAttribute('data-synced-at')) ?? '';
  await button.click();
  await expect(team.getByTestId('team-last-synced')).not.toHaveAttribute('data-synced-at', before);
  await expect(team.getByRole('alert')).toHaveCount(0);
}

export async function openIssue(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title);
}

export { SAMPLE_TITLE };

/** Presses "Sync now" and waits for the pass to end, whatever its outcome. */
export async function trySync(page: Page): Promise<void> {
  await settings(page).click();
  const button = teamSection(page).getByRole('button', { name: /^(Sync now|Syncing…)$/ });
  await expect(button).toHaveText('Sync now');
  await button.click();
  await expect(button).toHaveText('Sync now');
}

/** Rows of every shared table of the library, read from IndexedDB as the app stored them. */
export function libraryRows(page: Page, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('readout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(names, 'readonly');
          const result: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => (result[name] = request.result);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(result);
          };
        };
      }),
    [...tables],
  );
}
