// Edit details: a corrected title and period, saved in the reader, are what the library, search
// and an export show after a reload; a period ending before it starts is refused with a reason.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';

const NEW_TITLE = '无锡书记市长一周(九月第三周)';
const titleLink = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function exportMarkdown(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  return text;
}

test('an edited title and period show in the library, search and export after a reload', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: titleLink(SAMPLE_TITLE) }).click();
  await page.getByRole('toolbar', { name: 'Issue' }).getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Issue details' });
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue(SAMPLE_TITLE);
  await expect(form.getByLabel('Period start')).toHaveValue('2022-09-12');

  await form.getByLabel('Period start').fill('2022-09-20');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText('The period cannot end before it starts.');

  await form.getByRole('textbox', { name: 'Title' }).fill(NEW_TITLE);
  await form.getByLabel('Period start').fill('2022-09-13');
  await form.getByLabel('Period end').fill('2022-09-19');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(NEW_TITLE);

  await page.reload();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(NEW_TITLE);
  const markdown = await exportMarkdown(page);
  expect(markdown).toContain(NEW_TITLE);
  expect(markdown).toContain('2022-09-13 – 2022-09-19');
  expect(markdown).not.toContain('2022-09-12 –');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  const row = page.getByRole('list', { name: 'Library' }).getByRole('link', { name: titleLink(NEW_TITLE) });
  await expect(row).toContainText('Sep 13, 2022 – Sep 19, 2022');

  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('九月第三周');
  await box.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading', { name: NEW_TITLE })).toBeVisible();
  await box.fill('九月第三周 from:2022-09-13 to:2022-09-13');
  await box.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading', { name: NEW_TITLE })).toBeVisible();
});
