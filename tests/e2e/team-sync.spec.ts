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
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
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
  const items = annotations.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  // Who made it, and the author filter: none of B's own yet, one of alice's.
  await expect(items.first()).toContainText('by alice');
  await annotations.getByRole('combobox', { name: 'Made by' }).selectOption({ label: 'Mine' });
  await expect(items).toHaveCount(0);
  await annotations.getByRole('combobox', { name: 'Made by' }).selectOption({ label: 'alice' });
  await expect(items).toHaveCount(1);
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

test('a tag A deleted while B used it offline comes back to B for review; B keeps it and A has it again', async ({
  server,
  alice,
  bob,
}) => {
  await openIssue(alice.page, SAMPLE_TITLE);
  await eventRow(alice.page, '许峰').getByRole('combobox', { name: 'Tag' }).fill('城市更新');
  await eventRow(alice.page, '许峰').getByRole('button', { name: 'Add tag' }).click();
  await joinTeam(alice.page, server, 'alice');
  await syncNow(alice.page);
  await joinTeam(bob.page, server, 'bob');
  await syncNow(bob.page);
  await server.stop();

  await settings(alice.page).click();
  const tags = alice.page.getByRole('group', { name: 'Tags' });
  await tags.getByRole('button', { name: 'Delete tag 城市更新' }).click();
  await expect(tags).toContainText('No tags yet.');
  await openIssue(bob.page, SAMPLE_TITLE);
  const other = bob.page.getByRole('region', { name: 'Events' }).getByRole('row').nth(2);
  await other.getByRole('combobox', { name: 'Tag' }).fill('城市更新');
  await other.getByRole('button', { name: 'Add tag' }).click();

  await server.start();
  await syncNow(alice.page);
  await syncNow(bob.page);
  const review = bob.page.getByRole('list', { name: 'To review' }).getByRole('listitem');
  await expect(review).toContainText('alice deleted the tag “城市更新”');
  await review.getByRole('button', { name: 'Keep the tag' }).click();
  await expect(review).toHaveCount(0);
  await syncNow(bob.page);
  await syncNow(alice.page);
  await settings(alice.page).click();
  await expect(alice.page.getByRole('group', { name: 'Tags' })).toContainText('城市更新');
});

test('the server stopped mid-sync: both keep working, the sync resumes, nothing is lost or doubled', async ({ server, alice, bob }) => {
  await joinTeam(alice.page, server, 'alice');
  await syncNow(alice.page);
  await joinTeam(bob.page, server, 'bob');
  await syncNow(bob.page);

  await openIssue(alice.page, SAMPLE_TITLE);
  await highlight(alice.page, '回顾过去的一周', '城市更新');
  await settings(alice.page).click();
  await teamSection(alice.page).getByRole('button', { name: 'Sync now' }).click();
  await server.stop();
  await trySync(alice.page);
  await expect(teamSection(alice.page).getByRole('alert')).toHaveText(
    'The server cannot be reached. Your work is kept here and syncs when it can be reached again.',
  );
  // Both keep working while it is away.
  await openIssue(alice.page, SAMPLE_TITLE);
  await highlight(alice.page, '回顾过去的一周', '招商引资');
  await openIssue(bob.page, SAMPLE_TITLE);
  await highlight(bob.page, '回顾过去的一周', '新进展');
  await trySync(bob.page);
  await expect(teamSection(bob.page).getByRole('alert')).toContainText('cannot be reached');

  await server.start();
  await syncNow(alice.page);
  await syncNow(bob.page);
  await syncNow(alice.page);
  await expect(teamSection(alice.page).getByTestId('team-waiting')).toHaveText('0');
  await expect(teamSection(bob.page).getByTestId('team-waiting')).toHaveText('0');

  const shared = ['issues', 'issueTexts', 'highlights', 'issueNotes', 'tags', 'events', 'people'];
  const [rowsA, rowsB] = await Promise.all([libraryRows(alice.page, shared), libraryRows(bob.page, shared)]);
  expect(rowsA['highlights']).toHaveLength(3);
  for (const table of shared) {
    // Identities and what the analysts made are the same on both sides; who made a highlight is
    // recorded on the colleague's copy only (one's own carry no author field), people ids are
    // each library's own, and an untouched proposal is stamped with the time each side derived it.
    const comparable = (rows: unknown[]) =>
      rows
        .map((row) => {
          const { author: _author, personIds: _p, officials, ...all } = row as Record<string, unknown>;
          const { createdAt: _c, updatedAt: _u, ...derived } = all;
          const rest = table === 'events' && all['status'] === 'proposed' ? derived : all;
          return JSON.stringify(
            table === 'people'
              ? { name: rest['name'] }
              : { ...rest, officials: (officials as { name: string }[] | undefined)?.map((o) => o.name) },
          );
        })
        .sort();
    expect(comparable(rowsB[table]!), table).toEqual(comparable(rowsA[table]!));
  }
});
