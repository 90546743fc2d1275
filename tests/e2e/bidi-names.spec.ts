// A file name or a title carrying bidi override characters (U+202E…) is shown in its real order,
// not reordered on screen: "通报\u202Etxt.docx" must not read as "通报xcod.txt".
import { expect, openApp, test } from './fixtures';

test('a title with a right-to-left override is shown without it, in the library and the reader', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog
    .getByRole('textbox', { name: 'Digest text' })
    .fill('区长\u202E办公会议\u202C纪要\n\n发布日期:2024-03-04\n\n3月4日晚,区委副书记、区长李建国主持召开区长办公会。\n');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('区长办公会议纪要');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('link', { name: /^区长办公会议纪要/ })).toBeVisible();
});

test('a refused file is named without the override characters in its name', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await chooser
  ).setFiles([{ name: '通报\u202Etxt.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a Word file') }]);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('通报txt.docx: it is not a Word document');
  await expect(banner).not.toContainText('\u202E');
  await banner.getByRole('button', { name: 'Import report' }).click();
  await expect(page.getByRole('row', { name: /^通报txt\.docx Refused/ })).toBeVisible();
});
