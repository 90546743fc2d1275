// Re-importing an edited copy of an issue without series or period (a single report, as most
// real imports are): the import offers it as a new version of the stored issue; Replace puts the
// corrected text in place and the highlight made on the old text is still on its words.
import { join } from 'node:path';
import { corpusDir, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';
import { readFileSync } from 'node:fs';

const FILE = 'laocheng-secretary-meeting-2025-03-13.txt';
const TITLE = '赵书政主持召开书记专题会';

test('an edited sectionless issue is offered as a new version; Replace keeps its highlight', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([join(corpusDir, FILE)]);
  await expect(page.getByRole('status')).toContainText('Imported 1 issue');
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('link', { name: new RegExp(`^${TITLE}`) })
    .click();
  const article = page.getByRole('article');
  await dragSelect(page, article.locator('p', { hasText: '文旅产业高质量发展' }), '文旅产业高质量发展');
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
  await page.keyboard.press('Escape');
  await expect(article.locator('mark[data-highlight-ids]')).toHaveText('文旅产业高质量发展');

  // The analyst's corrected copy, pasted: a name fixed, words added before the highlight.
  const edited = readFileSync(join(corpusDir, FILE), 'utf8').replace('区领导周新', '区领导周鑫').replace('会议强调,', '会议指出并强调,');
  await page.getByRole('button', { name: 'Paste text' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByRole('textbox', { name: 'Digest text' }).fill(edited);
  await paste.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('1 file is a new version of an issue in the library')).toBeVisible();
  await page.getByRole('button', { name: 'Import report' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText(`An earlier text of “${TITLE}” is in the library`);
  await report.getByRole('button', { name: `Replace “${TITLE}” with Pasted text` }).click();
  await expect(report).not.toContainText('An earlier text');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(2);
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('link', { name: new RegExp(`^${TITLE}`) })
    .click();
  await expect(article).toContainText('区领导周鑫');
  await expect(article).toContainText('会议指出并强调');
  await expect(article.locator('mark[data-highlight-ids]')).toHaveText('文旅产业高质量发展');
});
