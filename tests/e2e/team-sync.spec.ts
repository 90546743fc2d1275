// Team sharing end to end: a CouchDB-protocol server on 127.0.0.1 (team-server.ts) and two
// browser contexts as two analysts, each with its own library. What one makes the other gets
// after a sync; a wrong password is said plainly; an event both edited offline is listed under
// Conflicts and merged; a tag deleted by one while the other used it comes back for review; a
// server that goes away leaves both working, and the sync resumes with nothing lost or doubled.
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { corpusDir, expect } from './fixtures';
import { dragSelect } from './selection';
import { startTeamServer, type TeamServer } from './team-server';
import {
  analystPage,
  joinTeam,
  libraryRows,
  openIssue,
  SAMPLE_TITLE,
  settings,
  syncNow,
  teamSection,
  trySync,
  type AnalystPage,
} from './team-steps';

const port = Number(process.env.READOUT_E2E_PORT ?? 4317) + 50;
const IMPORTED = '赵书政主持召开书记专题会';

const test = base.extend<{ server: TeamServer; alice: AnalystPage; bob: AnalystPage }>({
  server: async ({}, use) => {
    const server = await startTeamServer(port);
    await use(server);
    await server.close();
  },
  alice: async ({ browser, server }, use) => {
    const analyst = await analystPage(browser, server);
    await use(analyst);
    expect(analyst.outside, 'requests outside the app and its team server').toEqual([]);
    await analyst.context.close();
  },
  bob: async ({ browser, server }, use) => {
    const analyst = await analystPage(browser, server);
    await use(analyst);
    expect(analyst.outside, 'requests outside the app and its team server').toEqual([]);
    await analyst.context.close();
  },
});

test.describe.configure({ timeout: 90_000 });

async function importFile(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([join(corpusDir, name)]);
  await expect(page.getByRole('status')).toContainText('Imported 1 issue.');
}

async function highlight(page: Page, paragraph: string, phrase: string) {
  await dragSelect(page, page.getByRole('article').locator('p', { hasText: paragraph }).first(), phrase);
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
  await expect(page.getByRole('article').locator('mark[data-highlight-ids]', { hasText: phrase }).first()).toBeVisible();
}

const eventRow = (page: Page, text: string) => page.getByRole('region', { name: 'Events' }).getByRole('row').filter({ hasText: text });

test('A imports an issue and highlights it; B, after a wrong password, gets both', async ({ server, alice, bob }) => {
  await joinTeam(alice.page, server, 'alice');
  await syncNow(alice.page);
  await importFile(alice.page, 'laocheng-secretary-meeting-2025-03-13.txt');
  await openIssue(alice.page, IMPORTED);
  await highlight(alice.page, '区委书记赵书政主持召开书记专题会', '书记专题会');
  await syncNow(alice.page);

  await joinTeam(bob.page, server, 'bob', 'not-his-password');
  await expect(teamSection(bob.page).getByRole('alert')).toHaveText(
    'The server refused the user name or password (401). Check them and try again.',
  );
  await expect(teamSection(bob.page).getByRole('button', { name: 'Join team' })).toBeVisible();
  await teamSection(bob.page).getByLabel('Password').fill('bob-password');
  await teamSection(bob.page).getByRole('button', { name: 'Join team' }).click();
  await syncNow(bob.page);

  await openIssue(bob.page, IMPORTED);
  await expect(bob.page.getByRole('article').locator('mark[data-highlight-ids]', { hasText: '书记专题会' })).toHaveCount(1);
  const annotations = bob.page.getByRole('region', { name: 'Annotations' });
  await expect(annotations.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);
});

test('an event both edited offline is listed under Conflicts with both values; B merges; A sees the merge', async ({
  server,
  alice,
  bob,
}) => {
  await joinTeam(alice.page, server, 'alice');
  await syncNow(alice.page);
  await joinTeam(bob.page, server, 'bob');
  await syncNow(bob.page);
  await server.stop();

  await openIssue(alice.page, SAMPLE_TITLE);
  await eventRow(alice.page, '许峰').getByRole('combobox', { name: 'Type' }).selectOption('inspection');
  await expect(eventRow(alice.page, '许峰')).toContainText('Edited');
  await openIssue(bob.page, SAMPLE_TITLE);
  await eventRow(bob.page, '许峰').getByRole('combobox', { name: 'Tag' }).fill('现代化建设');
  await eventRow(bob.page, '许峰').getByRole('button', { name: 'Add tag' }).click();
  await expect(eventRow(bob.page, '许峰').getByRole('button', { name: 'Remove tag 现代化建设' })).toBeVisible();

  await server.start();
  await syncNow(alice.page);
  await syncNow(bob.page);
  await expect(teamSection(bob.page).getByTestId('team-conflicts')).toHaveText('1');
  const conflicts = bob.page.getByRole('region', { name: 'Conflicts' });
  await conflicts.getByRole('button', { name: `Review: Reviewed events of issue ${SAMPLE_TITLE}` }).click();
  const review = conflicts.getByRole('region', { name: 'Review' });
  // Both values of each differing field, side by side.
  await expect(review.getByRole('row').filter({ hasText: /^type/ })).toContainText('inspection');
  await expect(review.getByRole('row').filter({ hasText: /^type/ })).toContainText('meeting');
  await review.getByRole('radio', { name: 'Use the value from the version by alice for type' }).check();
  await review.getByRole('radio', { name: 'Use the value from the version by bob for tagIds' }).check();
  await review.getByRole('button', { name: 'Save the merge' }).click();
  await expect(teamSection(bob.page).getByTestId('team-conflicts')).toHaveText('0');
  await syncNow(bob.page);

  await syncNow(alice.page);
  await expect(teamSection(alice.page).getByTestId('team-conflicts')).toHaveText('0');
  await openIssue(alice.page, SAMPLE_TITLE);
  await expect(eventRow(alice.page, '许峰').getByRole('combobox', { name: 'Type' })).toHaveValue('inspection');
  await expect(eventRow(alice.page, '许峰').getByRole('button', { name: 'Remove tag 现代化建设' })).toBeVisible();
});
