// Merging duplicates: an edited copy kept beside the issue ("Keep both") is offered, in the
// reader, as a near-identical copy; Merge brings the other's highlight into this issue and puts
// the rest of the copy in the Trash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

const FILE = 'laocheng-secretary-meeting-2025-03-13.txt';
const TITLE = '赵书政主持召开书记专题会';

test('two near-identical issues are merged, keeping the highlight of both', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([join(corpusDir, FILE)]);
  await expect(page.getByRole('status')).toContainText('Imported 1 issue');
  const library = page.getByRole('list', { name: 'Library' });
  await library.getByRole('link', { name: new RegExp(`^${TITLE}`) }).click();
  const originalHash = new URL(page.url()).hash;
  const article = page.getByRole('article');
  await dragSelect(page, article.locator('p', { hasText: '历史文化街区' }), '历史文化街区');
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Project' }).click();
  await page.keyboard.press('Escape');

  const edited = readFileSync(join(corpusDir, FILE), 'utf8').replace('区领导周新', '区领导周鑫');
  await page.getByRole('button', { name: 'Paste text' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByRole('textbox', { name: 'Digest text' }).fill(edited);
  await paste.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Import report' }).click();
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Import Pasted text as a separate issue' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(3);

  // Open the copy (the one without the highlight): the original is offered for merging.
  const links = library.getByRole('link', { name: new RegExp(`^${TITLE}`) });
  const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  expect(hrefs).toHaveLength(2);
  await library.locator(`a[href="${hrefs.find((href) => href !== originalHash)}"]`).click();
  await expect(article).toContainText('区领导周鑫');
  await expect(article.locator('mark[data-highlight-ids]')).toHaveCount(0);
  await expect(page.getByText(`A near-identical copy of this issue is in the library: “${TITLE}”`)).toBeVisible();
  await page.getByRole('button', { name: `Merge “${TITLE}” into this issue` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged. Moved here — highlights: 1, reviewed events: 0, to review: 0.' }),
  ).toContainText('The copy is in the Trash.');
  await expect(article.locator('mark[data-highlight-ids]')).toHaveText('历史文化街区');
  await expect(page.getByText('A near-identical copy of this issue')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByRole('listitem')).toHaveCount(1);
});
