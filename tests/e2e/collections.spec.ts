// Collections: create one, add issues to it from the library's selection and from the reader,
// and it filters the library, the Timeline and the Notes view and scopes an export; renamed and
// deleted, its issues stay.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

const titleLink = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const XISHAN = '锡山区城市更新工作简报';
const HUISHAN = '惠山区招商引资工作简报';

async function paste(page: Page, text: string) {
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByRole('textbox', { name: 'Digest text' }).fill(text);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(text.split('\n')[0]!);
}

async function exportMarkdown(page: Page, collection: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Collection' }).selectOption({ label: collection });
  await expect(dialog.getByRole('radio', { name: 'A collection' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  return text;
}

test('a collection filters the library and an export', async ({ offlinePage: page }) => {
  await openApp(page);
  await paste(page, `${XISHAN}\n\n2024-03-04 10:00:00\n\n3月4日,区长主持召开会议,部署城市更新。`);
  // From the reader: a collection needs creating first, in the library.
  await paste(page, `${HUISHAN}\n\n2024-03-05 10:00:00\n\n3月5日,区委书记调研企业,推进招商引资。`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'New collection' }).click();
  const named = page.getByRole('dialog', { name: 'New collection' });
  await named.getByRole('button', { name: 'Create' }).click();
  await expect(named.getByRole('alert')).toHaveText('A collection needs a name.');
  await named.getByRole('textbox', { name: 'Collection name' }).fill('城市更新');
  await named.getByRole('button', { name: 'Create' }).click();
  const chooser = page.getByRole('combobox', { name: 'Collection' });
  await expect(chooser).toHaveValue(/.+/);
  await expect(library.getByRole('listitem')).toHaveCount(0);

  // Two issues at once from the selection.
  await chooser.selectOption({ label: 'All issues' });
  await page.getByRole('checkbox', { name: `Select ${XISHAN}` }).check();
  await page.getByRole('checkbox', { name: `Select ${SAMPLE_TITLE}` }).check();
  await page.getByRole('group', { name: 'Selected issues' }).getByRole('button', { name: 'Add to collection' }).click();
  const adding = page.getByRole('dialog', { name: 'Add to collection' });
  await adding.getByRole('checkbox', { name: '城市更新' }).check();
  await adding.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('group', { name: 'Selected issues' }).getByRole('button', { name: 'Clear selection' }).click();

  await chooser.selectOption({ label: '城市更新' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library.getByRole('link', { name: titleLink(HUISHAN) })).toHaveCount(0);
  const markdown = await exportMarkdown(page, '城市更新');
  expect(markdown).toContain(XISHAN);
  expect(markdown).toContain('Period: 2022-09-12 – 2022-09-18'); // the sample (its title's | is escaped in Markdown)
  expect(markdown).not.toContain(HUISHAN);

  // The reader's button shows the memberships and changes them.
  await library.getByRole('link', { name: titleLink(XISHAN) }).click();
  await page.getByRole('toolbar', { name: 'Issue' }).getByRole('button', { name: 'Add to collection' }).click();
  await expect(adding.getByRole('checkbox', { name: '城市更新' })).toBeChecked();
  await adding.getByRole('checkbox', { name: '城市更新' }).uncheck();
  await adding.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await chooser.selectOption({ label: '城市更新' });
  await expect(library.getByRole('listitem')).toHaveCount(1);

  await page.reload();
  await chooser.selectOption({ label: '城市更新' });
  await page.getByRole('button', { name: 'Rename collection' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename collection' });
  await rename.getByRole('textbox', { name: 'Collection name' }).fill('城市更新行动');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(chooser.locator('option:checked')).toHaveText('城市更新行动');
  await page.getByRole('button', { name: 'Delete collection' }).click();
  await page.getByRole('dialog', { name: 'Delete the collection?' }).getByRole('button', { name: 'Delete collection' }).click();
  await expect(chooser.locator('option')).toHaveText(['All issues']);
  await expect(library.getByRole('listitem')).toHaveCount(3);
});

test('a collection filters the Timeline and the Notes view', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New collection' }).click();
  const named = page.getByRole('dialog', { name: 'New collection' });
  await named.getByRole('textbox', { name: 'Collection name' }).fill('待读');
  await named.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'All issues' });
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

  // The empty collection: no events, no highlights.
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('link', { name: titleLink(SAMPLE_TITLE) })
    .click();
  const article = page.getByRole('article');
  await dragSelect(page, article.locator('p', { hasText: '回顾过去的一周' }), '城市更新');
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
  await page.keyboard.press('Escape');
  await nav('Timeline').click();
  const events = page.getByRole('list', { name: 'Events by date' }).getByRole('listitem');
  await expect(events.first()).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByRole('combobox', { name: 'Collection' }).selectOption({ label: '待读' });
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await nav('Notes').click();
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes.locator('blockquote')).toHaveText('城市更新');
  await notes.getByRole('combobox', { name: 'Collection' }).selectOption({ label: '待读' });
  await expect(notes.locator('blockquote')).toHaveCount(0);

  // With the sample in it, its events and highlight are back.
  await nav('Library').click();
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('link', { name: titleLink(SAMPLE_TITLE) })
    .click();
  await page.getByRole('toolbar', { name: 'Issue' }).getByRole('button', { name: 'Add to collection' }).click();
  const adding = page.getByRole('dialog', { name: 'Add to collection' });
  await adding.getByRole('checkbox', { name: '待读' }).check();
  await adding.getByRole('button', { name: 'Done' }).click();
  await nav('Notes').click();
  await notes.getByRole('combobox', { name: 'Collection' }).selectOption({ label: '待读' });
  await expect(notes.locator('blockquote')).toHaveText('城市更新');
  await nav('Timeline').click();
  await filters.getByRole('combobox', { name: 'Collection' }).selectOption({ label: '待读' });
  await expect(events.first()).toBeVisible();
});
