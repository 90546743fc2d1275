// Deleting issues: the Delete key on a library row moves the issue to the Trash, and with it its
// highlights, notes and events — gone from the library, search, the Timeline and Notes; restored
// from the Trash, every record is back as it was (two backups compared). Several selected rows
// go at once, the Undo toast brings them back, and Empty Trash asks before deleting for good.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

const titleLink = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

/** Every table of a backup but the Trash, rows in id order: the library's records. */
async function backupRecords(page: Page): Promise<Record<string, unknown[]>> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Backup' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { tables: Record<string, unknown[]> };
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const { trash, ...tables } = backup.tables;
  expect(trash ?? []).toEqual([]);
  return tables;
}

async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(text);
  await box.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=/);
}

test('a deleted issue leaves library, search, Timeline and Notes, and comes back whole from the Trash', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: titleLink(SAMPLE_TITLE) }).click();
  const article = page.getByRole('article');
  await dragSelect(page, article.locator('p', { hasText: '回顾过去的一周' }), '城市更新');
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Highlights' }).getByRole('listitem'),
  ).toHaveCount(1);
  await nav(page, 'Library').click();
  const before = await backupRecords(page);
  expect(before.highlights).toHaveLength(1);
  expect((before.events ?? []).length).toBeGreaterThan(0);

  // The Delete key on the focused row.
  const library = page.getByRole('list', { name: 'Library' });
  await library.getByRole('link', { name: titleLink(SAMPLE_TITLE) }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: 'Moved 1 issue to the Trash.' })).toBeVisible();
  await expect(page.getByText('The library is empty.')).toBeVisible();

  await search(page, '城市更新');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(0);
  await nav(page, 'Timeline').click();
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await nav(page, 'Notes').click();
  await expect(page.getByRole('list', { name: 'Highlights and notes' }).locator('blockquote')).toHaveCount(0);

  await nav(page, 'Trash').click();
  const trash = page.getByRole('list', { name: 'Trash' });
  const entry = trash.getByRole('listitem').filter({ hasText: SAMPLE_TITLE });
  await expect(entry).toContainText('deleted for good on');
  await entry.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Restored “${SAMPLE_TITLE}” to the library.` })).toBeVisible();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();

  await nav(page, 'Library').click();
  await expect(library.getByRole('link', { name: titleLink(SAMPLE_TITLE) })).toBeVisible();
  expect(await backupRecords(page)).toEqual(before);
  await search(page, '城市更新');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
  await nav(page, 'Notes').click();
  await expect(page.getByRole('list', { name: 'Highlights and notes' }).locator('blockquote')).toHaveText('城市更新');
  await nav(page, 'Timeline').click();
  await expect(page.getByRole('list', { name: 'Events by date' }).getByRole('listitem').first()).toBeVisible();
});

test('several selected issues go to the Trash at once; Undo brings them back; Empty Trash asks first', async ({ offlinePage: page }) => {
  await openApp(page);
  for (const text of [
    '锡山区城市更新工作简报\n\n2024-03-04 10:00:00\n\n3月4日,区长主持召开会议。',
    '惠山区招商引资工作简报\n\n2024-03-05 10:00:00\n\n3月5日,区委书记调研企业。',
  ]) {
    await page.getByRole('button', { name: 'Paste text' }).click();
    await page.getByRole('dialog', { name: 'Paste text' }).getByRole('textbox', { name: 'Digest text' }).fill(text);
    await page.getByRole('dialog', { name: 'Paste text' }).getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(text.split('\n')[0]!);
  }
  await nav(page, 'Library').click();
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select 锡山区城市更新工作简报' }).check();
  await page.getByRole('checkbox', { name: 'Select 惠山区招商引资工作简报' }).check();
  const bar = page.getByRole('group', { name: 'Selected issues' });
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored 2 issues.' })).toBeVisible();
  await expect(library.getByRole('listitem')).toHaveCount(3);

  // Space selects the focused row; Delete takes every selected one.
  await library.getByRole('link', { name: titleLink('锡山区城市更新工作简报') }).focus();
  await page.keyboard.press(' ');
  await library.getByRole('link', { name: titleLink('惠山区招商引资工作简报') }).focus();
  await page.keyboard.press(' ');
  await page.keyboard.press('Delete');
  await expect(library.getByRole('listitem')).toHaveCount(1);

  await nav(page, 'Trash').click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty the Trash?' });
  await expect(confirm).toContainText('The 2 issues in the Trash will be deleted for good');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  await confirm.getByRole('button', { name: 'Empty Trash' }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await nav(page, 'Library').click();
  await expect(library.getByRole('listitem')).toHaveCount(1);
});

test('Move to Trash in the reader returns to the library, in Chinese too', async ({ offlinePage: page }) => {
  await openApp(page, 'zh-CN');
  await page.getByRole('link', { name: titleLink(SAMPLE_TITLE) }).click();
  await page.getByRole('toolbar', { name: '本期' }).getByRole('button', { name: '移到废纸篓' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已将 1 期移到废纸篓。' })).toBeVisible();
  await expect(page).toHaveURL(/#\/library/);
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('list', { name: '文库' }).getByRole('link', { name: titleLink(SAMPLE_TITLE) })).toBeVisible();
});
