// A chronicle page gives only month and day (5月 … 7日): the year of each proposed event comes
// from the posting time, and the place from the issue, so the Events table marks both as
// inferred until the analyst confirms the event.
import { join } from 'node:path';
import { corpusDir, expect, openApp, test } from './fixtures';

test('fields inferred from the issue are marked until the event is confirmed', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(join(corpusDir, 'dev', 'putuo-yearbook-chronicle-may-excerpt.txt'));
  await expect(page.getByRole('status')).toContainText('Imported 1 issue.');
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('link', { name: /^putuo-yearbook-chronicle-may-excerpt/ })
    .click();

  const table = page.getByRole('region', { name: 'Events' }).getByRole('table');
  const row = table.getByRole('row').filter({ hasText: '边珠' });
  await expect(row).toContainText('May 7, 2017');
  await expect(row.getByRole('img', { name: 'Inferred from the publish time: check the date' })).toBeVisible();
  await expect(row.getByRole('img', { name: "Not named in this entry: the place is the issue's" })).toBeVisible();

  await row.getByRole('button', { name: 'Confirm' }).click();
  await expect(row).toContainText('Confirmed');
  await expect(row.getByRole('img', { name: /^Inferred from the publish time/ })).toHaveCount(0);
});
