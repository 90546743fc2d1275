// Whole-library exports of a library with issues that have no publish date: the Markdown and the
// Word brief hold every issue, the undated ones last, and say how many they hold.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';

const UNDATED = ['没有日期的第一期', '没有日期的第二期'];

async function pasteIssue(page: Page, text: string, title: string) {
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page.getByRole('textbox', { name: 'Digest text' }).fill(text);
  await page.getByRole('dialog', { name: 'Paste text' }).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title);
}

async function exportWholeLibrary(page: Page, format: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'The whole library' }).check();
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const path = await (await download).path();
  await expect(dialog.getByRole('status')).toContainText('Holds: 3 issues (2 without a publish date, listed last)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  return path;
}

test('whole-library Markdown and Word exports hold the issues without a publish date, last', async ({ offlinePage: page }) => {
  await openApp(page);
  // Pasted text with a title and paragraphs but no date line: the issue has no publish date.
  for (const title of UNDATED) await pasteIssue(page, `${title}\n\n区委书记李四调研重点项目建设情况。\n`, title);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(3);

  const markdown = readFileSync(await exportWholeLibrary(page, 'Markdown'), 'utf8');
  const headings = [...markdown.matchAll(/^## (.+)$/gm)]
    .map((match) => match[1]!.replace(/\\(.)/g, '$1'))
    // The brief's table of lexicon phrases is a section of its own, before the issues.
    .filter((heading) => heading !== 'Policy phrases');
  expect(headings[0]).toBe(SAMPLE_TITLE);
  expect(headings.slice(1).sort()).toEqual(UNDATED);
  expect(markdown).toContain('Holds: 3 issues (2 without a publish date, listed last)');

  const { value: word } = await mammoth.extractRawText({ path: await exportWholeLibrary(page, 'Word (.docx)') });
  for (const title of [SAMPLE_TITLE, ...UNDATED]) expect(word).toContain(title);
  expect(word.indexOf(SAMPLE_TITLE)).toBeLessThan(word.indexOf(UNDATED[0]!));
  expect(word).toContain('Holds: 3 issues (2 without a publish date, listed last)');
});
