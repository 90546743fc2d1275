// Events end to end: open the sample, confirm an event, change its type, tag it, find it on the
// Timeline filtered by its official; reload; everything is still so.
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('review an event of the sample and find it on the timeline', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(SAMPLE_TITLE)}`) }).click();

  const region = page.getByRole('region', { name: 'Events' });
  const table = region.getByRole('table');
  for (const header of ['Date', 'Officials', 'Place', 'Type', 'Summary', 'Tags']) {
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  }
  // The 15 events of the sample, plus the header row.
  await expect(table.getByRole('row')).toHaveCount(16);

  // The marker beside the paragraph leads to the event's row.
  await page.getByRole('button', { name: /^Event: 市委常委、江阴市委书记许峰主持召开/ }).click();
  const row = table.getByRole('row').filter({ hasText: '许峰' });
  await expect(row).toBeFocused();
  await expect(row).toContainText('江阴');
  await expect(row).toContainText('Proposed');

  await row.getByRole('button', { name: 'Confirm' }).click();
  await expect(row).toContainText('Confirmed');
  await row.getByRole('combobox', { name: 'Type' }).selectOption('inspection');
  await expect(row).toContainText('Edited');
  await row.getByRole('combobox', { name: 'Tag' }).fill('现代化建设');
  await row.getByRole('button', { name: 'Add tag' }).click();
  await expect(row.getByRole('button', { name: 'Remove tag 现代化建设' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('combobox', { name: 'Official' }).selectOption({ label: '许峰' });
  const list = page.getByRole('list', { name: 'Events by date' });
  const item = list.getByRole('article');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Inspection');
  await expect(item).toContainText('现代化建设');
  await expect(page.getByRole('status').filter({ hasText: '1 event shown' })).toBeVisible();

  await page.reload();
  await page.getByRole('combobox', { name: 'Official' }).selectOption({ label: '许峰' });
  await expect(list.getByRole('article')).toHaveCount(1);
  await expect(list.getByRole('article')).toContainText('Inspection');
  await expect(list.getByRole('article')).toContainText('现代化建设');
  await expect(list.getByRole('article')).toContainText('Edited');

  // Back in the issue the row kept its changes.
  await list.getByRole('link', { name: 'Open in issue' }).click();
  const again = page.getByRole('region', { name: 'Events' }).getByRole('row').filter({ hasText: '许峰' });
  await expect(again.getByRole('combobox', { name: 'Type' })).toHaveValue('inspection');
  await expect(again).toContainText('Edited');
  await expect(again.getByRole('button', { name: 'Remove tag 现代化建设' })).toBeVisible();
});

test('an official page counts their events and a wrong event can be deleted and restored', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(SAMPLE_TITLE)}`) }).click();
  const table = page.getByRole('region', { name: 'Events' }).getByRole('table');
  const row = table.getByRole('row').filter({ hasText: '周子川' });
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(table.getByRole('row')).toHaveCount(15);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('row')).toHaveCount(16);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('list', { name: 'Events by date' }).getByRole('link', { name: '朱刚' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '朱刚' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Events by type per week' })).toContainText('2022-09-12');
  await expect(page.getByRole('region', { name: 'Titles over time' })).toContainText('梁溪区委书记');
});

test('merging two officials moves the events, and Undo merge separates them again', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('list', { name: 'Events by date' }).getByRole('link', { name: '朱刚' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '朱刚' })).toBeVisible();
  const events = page.getByRole('region', { name: 'Events', exact: true }).getByRole('listitem');
  const ownEvents = await events.count();

  const merge = page.getByRole('region', { name: 'Merge another entry into this person' });
  const who = merge.getByRole('combobox', { name: 'Entry to merge' });
  // The list of every other person is long on a real library: a search box narrows it.
  await merge.getByRole('searchbox', { name: 'Find a person' }).fill('许');
  await expect(who.locator('option', { hasText: /^许峰/ })).toHaveCount(1);
  await expect(who.locator('option', { hasText: /^蒋敏/ })).toHaveCount(0);
  await who.selectOption((await who.locator('option', { hasText: /^许峰/ }).getAttribute('value'))!);
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(merge.getByRole('status')).toHaveText(/许峰 was merged into this person\./);
  await expect(page.getByText('Also known as: 许峰')).toBeVisible();
  await expect.poll(() => events.count()).toBeGreaterThan(ownEvents);

  await merge.getByRole('button', { name: 'Undo merge' }).click();
  await expect(merge.getByRole('status')).toHaveText('许峰 is a separate entry again.');
  await expect(events).toHaveCount(ownEvents);
  await expect(page.getByText('Also known as: 许峰')).toBeHidden();
  await expect(who.locator('option', { hasText: /^许峰/ })).toHaveCount(1);
});

test('the Events table sorts by a column, and selected events are confirmed and given a year at once', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(SAMPLE_TITLE)}`) }).click();
  const table = page.getByRole('region', { name: 'Events' }).getByRole('table');
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(15);

  // The sample's paragraphs run from "9月11日下午" to "9月17日": sorted by date, the 11th comes first, the 17th last.
  const dateHeader = table.getByRole('columnheader', { name: 'Date' });
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first().getByRole('cell').nth(1)).toHaveText(/^Sep 11, 2022/);
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().getByRole('cell').nth(1)).toHaveText(/^Sep 17, 2022/);

  // A wrong year on two events: select them, set the year once.
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  const bulk = page.getByRole('group', { name: 'Selected events' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByRole('textbox', { name: 'Year' }).fill('2021');
  await bulk.getByRole('button', { name: 'Set year' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Year 2021 set on 2 events.' })).toBeVisible();
  // Still sorted by date, descending: the two now come after every 2022 event, edited, in 2021;
  // only the sample's one undated event sorts after them (empty cells last).
  await expect(rows.nth(12).getByRole('cell').nth(1)).toHaveText(/2021/);
  await expect(rows.nth(13).getByRole('cell').nth(1)).toHaveText(/2021/);
  await expect(rows.nth(13)).toContainText('Edited');
  await expect(rows.nth(14).getByRole('cell').nth(1)).toHaveText('Undated');
  await expect(rows.first().getByRole('cell').nth(1)).toHaveText(/2022/);

  // Select all, confirm: the 13 proposed ones are confirmed, the two edited stay edited.
  await table.getByRole('checkbox', { name: 'Select all events' }).check();
  await bulk.getByRole('button', { name: 'Confirm selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: '13 events confirmed.' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Confirmed' })).toHaveCount(13);
  await expect(rows.filter({ hasText: 'Edited' })).toHaveCount(2);
});
