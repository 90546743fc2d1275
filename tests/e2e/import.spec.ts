// Importing digests: through the file chooser (several files at once) and by pasting text;
// imported issues survive a reload; a bad file is refused by name while the others import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, expect, openApp, test } from './fixtures';

test('importing .txt files through the file chooser adds them to the library', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await chooser
  ).setFiles([join(corpusDir, 'laocheng-secretary-meeting-2025-03-13.txt'), join(corpusDir, 'wujiang-chronicle-2023-06-excerpt.txt')]);
  await expect(page.getByRole('status')).toContainText('Imported 2 issues.');
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(3);
  await library.getByRole('link', { name: /^赵书政主持召开书记专题会/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('赵书政主持召开书记专题会');
  await expect(page.getByRole('article')).toContainText('3月13日下午,区委书记赵书政主持召开书记专题会');

  await page.reload();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('赵书政主持召开书记专题会');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(3);
});

test('pasting text imports an issue that is still there after a reload', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog
    .getByRole('textbox', { name: 'Digest text' })
    .fill(
      '区委副书记、区长李建国主持召开区长办公会\n\n发布日期:2024-03-04\n\n3月4日晚,区委副书记、区长李建国主持召开区长办公会。\n\n会议强调,要快速推进各项工作。\n',
    );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('区委副书记、区长李建国主持召开区长办公会');

  await page.reload();
  await page.getByRole('link', { name: 'Library' }).click();
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library.getByRole('link', { name: /^区委副书记、区长李建国主持召开区长办公会/ })).toBeVisible();
});

test('the paste dialog opens from the keyboard and Escape closes it', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.keyboard.press('Control+Shift+V');
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await expect(dialog.getByRole('textbox', { name: 'Digest text' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a binary file is refused by name, an identical issue is a duplicate, and the rest import', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff, 0x00]) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    corpusFile('wuxi-leaders-week-2022-09-12.txt'),
    corpusFile('fucheng-standing-committee-2021-01-05.txt'),
  ]);
  const report = page.getByRole('alert');
  await expect(report).toContainText('Imported 1 issue.');
  await expect(report).toContainText('scan.txt: the file holds binary data, not text');
  await expect(report).toContainText('empty.txt: the file is empty or holds no text');
  await expect(report).toContainText('wuxi-leaders-week-2022-09-12.txt: already in the library');
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(2);
});

function corpusFile(name: string) {
  return { name, mimeType: 'text/plain', buffer: readFileSync(join(corpusDir, name)) };
}
