// The Trends view: the lexicon of policy phrases, each counted over the library. The sample issue
// (resources/sample, the Wuxi leaders' week of 12–18 September 2022) says 城市更新 six times,
// 高质量发展 three times and 招商引资 once (counted by reading it, and with grep -o).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: /Main|主导航/ }).getByRole('link', { name });

test('the lexicon lists the starter phrases with their counts in the library', async ({ offlinePage: page }) => {
  await openApp(page);
  await nav(page, 'Trends').click();
  await expect(page).toHaveURL(/#\/trends$/);
  const phrases = page.getByRole('region', { name: 'Lexicon' }).getByRole('list', { name: 'Lexicon phrases' });
  await expect(phrases.getByRole('listitem').filter({ hasText: /^城市更新/ })).toContainText('6 times in the library');
  await expect(phrases.getByRole('listitem').filter({ hasText: /^高质量发展/ })).toContainText('3 times in the library');
  await expect(phrases.getByRole('listitem').filter({ hasText: /^招商引资/ })).toContainText('1 time in the library');
});

test('the lexicon in Chinese', async ({ offlinePage: page }) => {
  await openApp(page, 'zh-CN');
  await nav(page, '趋势').click();
  const phrases = page.getByRole('region', { name: '词表' }).getByRole('list', { name: '词表用语' });
  await expect(phrases.getByRole('listitem').filter({ hasText: /^城市更新/ })).toContainText('全库出现 6 次');
});

// The editor. Counts read off the sample with grep -o: 集成电路 3, 产业集群 2 (never side by side),
// 重大项目 3.
const lexicon = (page: Page, name = 'Lexicon') => page.getByRole('region', { name });
const entry = (page: Page, phrase: string) =>
  lexicon(page)
    .getByRole('list', { name: 'Lexicon phrases' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${phrase}`) });

test('add a phrase, see its count, edit its variants, delete it and undo', async ({ offlinePage: page }) => {
  await openApp(page);
  await nav(page, 'Trends').click();
  const newPhrase = lexicon(page).getByRole('textbox', { name: 'New phrase' });
  await newPhrase.fill('集成电路');
  await lexicon(page).getByRole('combobox', { name: 'Category' }).selectOption('发展');
  await newPhrase.press('Enter');
  await expect(entry(page, '集成电路')).toContainText('3 times in the library');
  await expect(entry(page, '集成电路')).toContainText('发展');
  await expect(newPhrase).toHaveValue('');

  // A phrase already there, even written in traditional characters or full width, is refused.
  await newPhrase.fill('集成電路');
  await lexicon(page).getByRole('button', { name: 'Add phrase' }).click();
  await expect(lexicon(page).getByRole('alert')).toContainText('“集成电路” is already in the lexicon');
  await newPhrase.fill('   ');
  await newPhrase.press('Enter');
  await expect(lexicon(page).getByRole('alert')).toContainText('Type a phrase first');
  await newPhrase.fill('');

  await entry(page, '集成电路').getByRole('button', { name: 'Edit phrase' }).click();
  const form = page.getByRole('dialog', { name: 'Edit phrase' });
  await form.getByRole('textbox', { name: /Other spellings/ }).fill('产业集群');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(entry(page, '集成电路')).toContainText('5 times in the library');
  await expect(entry(page, '集成电路')).toContainText('1 other spelling');

  // Off, it is not counted; on again, it is.
  await entry(page, '集成电路').getByRole('switch', { name: 'On: 集成电路' }).click();
  await expect(entry(page, '集成电路')).toContainText('off');
  await entry(page, '集成电路').getByRole('switch', { name: 'On: 集成电路' }).click();
  await expect(entry(page, '集成电路')).toContainText('5 times in the library');

  await entry(page, '集成电路').getByRole('button', { name: 'Delete phrase' }).click();
  await expect(entry(page, '集成电路')).toHaveCount(0);
  const undo = lexicon(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(entry(page, '集成电路')).toContainText('5 times in the library');
  await expect(lexicon(page).getByRole('status').filter({ hasText: 'Restored “集成电路”' })).toBeVisible();
});

test('the list is sorted by count and can be filtered', async ({ offlinePage: page }) => {
  await openApp(page);
  await nav(page, 'Trends').click();
  const items = lexicon(page).getByRole('list', { name: 'Lexicon phrases' }).getByRole('listitem');
  // 项目建设 7, then 城市更新 6 (counted by grep -o in the sample).
  await expect(items.nth(0)).toContainText(/^项目建设/);
  await expect(items.nth(1)).toContainText(/^城市更新/);
  await lexicon(page).getByRole('searchbox', { name: 'Filter phrases' }).fill('更新');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(/^城市更新/);
});

test('the lexicon editor in Chinese', async ({ offlinePage: page }) => {
  await openApp(page, 'zh-CN');
  await nav(page, '趋势').click();
  const region = lexicon(page, '词表');
  await region.getByRole('textbox', { name: '新用语' }).fill('重大项目');
  // A category of one's own, with its colour.
  await region.getByRole('combobox', { name: '类别' }).selectOption('新建类别…');
  await region.getByRole('textbox', { name: '新类别名称' }).fill('项目');
  await region.getByRole('button', { name: '添加用语' }).click();
  const item = region
    .getByRole('list', { name: '词表用语' })
    .getByRole('listitem')
    .filter({ hasText: /^重大项目/ });
  await expect(item).toContainText('全库出现 3 次');
  await expect(item).toContainText('项目');
  await region.getByRole('textbox', { name: '新用语' }).fill('重大项目');
  await region.getByRole('textbox', { name: '新用语' }).press('Enter');
  await expect(region.getByRole('alert')).toContainText('词表中已有“重大项目”');
  await item.getByRole('button', { name: '删除用语' }).click();
  await expect(region.getByRole('button', { name: '撤销' })).toBeVisible();
});

test('export the lexicon as JSON and CSV and import them back; a bad CSV changes nothing', async ({ offlinePage: page }) => {
  await openApp(page);
  await nav(page, 'Trends').click();
  const region = lexicon(page);
  await region.getByRole('textbox', { name: 'New phrase' }).fill('集成电路');
  await region.getByRole('textbox', { name: 'New phrase' }).press('Enter');
  await expect(entry(page, '集成电路')).toContainText('3 times in the library');

  const exportAs = async (format: 'JSON' | 'CSV (Excel)') => {
    await region.getByRole('combobox', { name: 'Export format' }).selectOption(format);
    const download = page.waitForEvent('download');
    await region.getByRole('button', { name: 'Export lexicon' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  };
  const json = await exportAs('JSON');
  expect(json.name).toMatch(/^readout-lexicon-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(json.text).entries).toContainEqual(expect.objectContaining({ phrase: '集成电路', variants: [], enabled: true }));
  const csv = await exportAs('CSV (Excel)');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.startsWith('\uFEFFphrase,variants,category,colour,note,enabled\r\n')).toBe(true);
  expect(csv.text).toContain('\r\n集成电路,,发展,#2563eb,,true\r\n');

  const importFile = async (name: string, text: string, mimeType: string) => {
    const chooser = page.waitForEvent('filechooser');
    await region.getByRole('button', { name: 'Import lexicon…' }).click();
    await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
  };

  // Deleted, then brought back by importing the JSON: counted again.
  await entry(page, '集成电路').getByRole('button', { name: 'Delete phrase' }).click();
  await expect(entry(page, '集成电路')).toHaveCount(0);
  await importFile(json.name, json.text, 'application/json');
  await expect(region.getByRole('status').filter({ hasText: `Imported ${json.name}` })).toContainText('1 added, 36 updated');
  await expect(entry(page, '集成电路')).toContainText('3 times in the library');

  // The CSV, edited as a colleague would in a spreadsheet: a variant added; a new phrase at the end.
  const edited = csv.text.replace('\r\n集成电路,,发展', '\r\n集成电路,产业集群,发展') + '重大项目,,项目,#0f766e,,true\r\n';
  await importFile(csv.name, edited, 'text/csv');
  await expect(region.getByRole('status').filter({ hasText: `Imported ${csv.name}` })).toContainText('1 added, 37 updated');
  await expect(entry(page, '集成电路')).toContainText('5 times in the library');
  await expect(entry(page, '重大项目')).toContainText('3 times in the library');

  await importFile('broken.csv', 'phrase,category,enabled\n稳就业,民生,true\n保市场主体,民生,maybe\n', 'text/csv');
  await expect(region.getByRole('alert')).toHaveText(
    'broken.csv was not imported, row 3: enabled must be true/false, yes/no or 1/0, not “maybe”. The lexicon is unchanged.',
  );
  await expect(entry(page, '稳就业')).toHaveCount(0);
});

test('a bad lexicon file is named with its row in Chinese', async ({ offlinePage: page }) => {
  await openApp(page, 'zh-CN');
  await nav(page, '趋势').click();
  const region = lexicon(page, '词表');
  const chooser = page.waitForEvent('filechooser');
  await region.getByRole('button', { name: '导入词表…' }).click();
  await (
    await chooser
  ).setFiles({ name: '词表.csv', mimeType: 'text/csv', buffer: Buffer.from('phrase,variants\n城市更新,\n旧城改造,城市更新\n', 'utf8') });
  await expect(region.getByRole('alert')).toHaveText('无法导入 词表.csv，第 3 行：“城市更新”与第 2 行重复。词表未作任何改动。');
});
