// Exporting a brief through the Export dialog: the Word file arrives as a download and holds the
// issue; PDF goes through the print view, printed here with Chromium's page.pdf().
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { SAMPLE_TITLE, corpusDir, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

async function openSample(page: Page) {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(page.getByRole('article')).toBeVisible();
}

test('a Word brief of the open issue arrives as a download and reads back', async ({ offlinePage: page }) => {
  await openSample(page);
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: 'Word (.docx)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  const { value: text } = await mammoth.extractRawText({ path: file });
  expect(text).toContain(SAMPLE_TITLE);
  expect(text).toContain('Published: 2022-09-19 14:38:35');
  expect(text).toContain('Source: 无锡日报政务融媒');
  // The lexicon's counts, chosen by default: the sample says 项目建设 7 times, 城市更新 6 (counted by reading).
  expect(text).toMatch(
    /Policy phrases\s+Phrase\s+Category\s+Occurrences\s+Issues\s+项目建设\s+招商与项目\s+7\s+1\s+城市更新\s+民生与治理\s+6\s+1/,
  );
  expect(text).toContain('Policy phrases: 项目建设 7, 城市更新 6');
  await expect(dialog.getByRole('status')).toContainText('Saved');
});

test('a brief without the policy phrase counts leaves their table out', async ({ offlinePage: page }) => {
  await openSample(page);
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('checkbox', { name: 'Policy phrase counts' }).uncheck();
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: 'Word (.docx)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const { value: text } = await mammoth.extractRawText({ path: await (await download).path() });
  expect(text).toContain(SAMPLE_TITLE);
  expect(text).not.toContain('Policy phrases');
});

/** Opens the Export dialog with the button, picks a format, exports, and returns the downloaded file's path. */
async function exportDownload(page: Page, format: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  return (await download).path();
}

test('a backup of the library arrives as a download', async ({ offlinePage: page }) => {
  await openSample(page);
  const backup = JSON.parse(readFileSync(await exportDownload(page, 'Backup'), 'utf8'));
  expect(backup.format).toBe('readout-backup');
  expect(backup.tables.issues.map((issue: { title: string }) => issue.title)).toEqual([SAMPLE_TITLE]);
});

test('the PDF brief is the print view, printed to PDF', async ({ offlinePage: page }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('textbox', { name: 'Brief title' }).fill('无锡一周简报');
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
  const dir = mkdtempSync(join(tmpdir(), 'readout-pdf-'));
  const pdfPath = join(dir, 'brief.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('无锡一周简报');
  expect(text).toContain('市(县)区委书记、市(县)区长一周|9.12-9.18');
  expect(text).toMatch(/项目建设\s+招商与项目\s+7\s+1/);
  // The toolbar is screen-only.
  expect(text).not.toContain('Print or save as PDF');
  // The document is titled as the brief, not "Readout"; Back gives the app its own title again.
  await expect(page).toHaveTitle('无锡一周简报');
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/^Title:\s+无锡一周简报$/m);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveTitle('Readout');
});

test('restoring a backup brings the library back; a file that is not a backup is refused by name', async ({ offlinePage: page }) => {
  await openSample(page);
  const backupPath = await exportDownload(page, 'Backup');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Cancel' }).click();

  // Import another issue, then replace the library with the backup: only the sample is left.
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page.getByRole('textbox', { name: 'Digest text' }).fill('备份之后导入的一期\n\n正文。\n');
  await page.getByRole('dialog', { name: 'Paste text' }).getByRole('button', { name: 'Import' }).click();
  // The pasted issue opens once it is stored.
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('备份之后导入的一期');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Replace the library with the backup' }).check();
  page.once('dialog', (confirm) => void confirm.accept());
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles(backupPath);
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('1 issue.');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('link', { name: 'Settings' }).click();
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect(page.getByRole('alert')).toContainText('notes.json was not restored: it is not a Readout backup');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
});

test('a brief with 3 highlights and 2 confirmed events, as .docx and as PDF, holds them all', async ({ offlinePage: page }) => {
  await openSample(page);
  const article = page.getByRole('article');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight' });
  const box = page.getByRole('group', { name: 'Highlight' });
  const marks: [string, string, string, string][] = [
    ['回顾过去的一周', '城市更新', 'Policy phrase', '重点'],
    ['回顾过去的一周', '招商引资取得新成果', 'Target or figure', '三季度'],
    ['全力以赴稳增长', '全力以赴稳增长', 'Risk', '经济运行'],
  ];
  for (const [paragraph, phrase, category, note] of marks) {
    await dragSelect(page, article.locator('p', { hasText: paragraph }), phrase);
    await toolbar.getByRole('button', { name: category }).click();
    await toolbar.getByRole('button', { name: 'Add note' }).click();
    await box.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
    await box.getByRole('textbox', { name: 'Note', exact: true }).press('Enter');
    await page.keyboard.press('Escape');
  }
  const events = page.getByRole('region', { name: 'Events' }).getByRole('table');
  for (const official of ['许峰', '崔荣国']) {
    const row = events.getByRole('row').filter({ hasText: official });
    await row.getByRole('button', { name: 'Confirm' }).click();
    await expect(row).toContainText('Confirmed');
  }

  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const { value: docx } = await mammoth.extractRawText({ path: await (await download).path() });
  const expected = [
    '城市更新',
    '招商引资取得新成果',
    '全力以赴稳增长',
    'Policy phrase',
    'Target or figure',
    'Risk',
    'Note: 重点',
    'Note: 三季度',
    'Note: 经济运行',
  ];
  const eventCells = ['市委常委、江阴市委书记许峰', '高新区党工委书记、新吴区委书记崔荣国', '2022-09-17 上午'];
  for (const text of [...expected, ...eventCells, 'paragraph 2']) expect(docx).toContain(text);

  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
  const dir = mkdtempSync(join(tmpdir(), 'readout-pdf-'));
  writeFileSync(
    join(dir, 'brief.pdf'),
    await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }),
  );
  const pdf = execFileSync('pdftotext', [join(dir, 'brief.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  // Table cells wrap across lines in the PDF's text, so the event rows are checked by their shortest cells.
  for (const text of [...expected, '许峰', '崔荣国', '2022-09-17']) expect(pdf).toContain(text.replace(/\s+/g, ''));
  // Only reviewed events go into a brief: a proposed one (周子川's) does not.
  expect(pdf).not.toContain('周子川');
  expect(docx).not.toContain('周子川');
});

test('the Notes view exports what its filter shows, filtered the same way', async ({ offlinePage: page }) => {
  await openSample(page);
  const article = page.getByRole('article');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight' });
  const box = page.getByRole('group', { name: 'Highlight' });
  for (const [phrase, tag] of [
    ['城市更新', '城市更新'],
    ['招商引资取得新成果', '招商'],
  ] as const) {
    await dragSelect(page, article.locator('p', { hasText: '回顾过去的一周' }), phrase);
    await toolbar.getByRole('button', { name: 'Policy phrase' }).click();
    await toolbar.getByRole('button', { name: 'Add tag' }).click();
    await box.getByRole('combobox', { name: 'Tag', exact: true }).fill(tag);
    await box.getByRole('combobox', { name: 'Tag', exact: true }).press('Enter');
    await page.keyboard.press('Escape');
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  // The reader's Annotations panel has a "Tag filter" too: choose the Notes view's own.
  const notesView = page.getByRole('region', { name: 'Notes' });
  await notesView.getByRole('combobox', { name: 'Tag filter' }).selectOption({ label: '招商' });
  await expect(notesView.getByRole('list', { name: 'Highlights and notes' }).getByRole('blockquote')).toHaveCount(1);
  await page.getByRole('button', { name: 'Export these…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'The Notes view’s filter (1 issue)' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Tag' })).toHaveValue('招商');
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  expect(markdown).toContain('> 招商引资取得新成果');
  expect(markdown).not.toContain('> 城市更新');
  expect(markdown).toContain('The Notes view’s filter (1 issue)');
});

test('a Word brief of issues from two months carries the phrase trend as an image', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(join(corpusDir, 'laocheng-secretary-meeting-2025-03-13.txt'));
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Whole library' }).check();
  await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  const { value: text } = await mammoth.extractRawText({ path: file });
  expect(text).toContain('Phrases by month');
  const zip = await JSZip.loadAsync(readFileSync(file));
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  expect(media).toHaveLength(1);
  const png = await zip.file(media[0]!)!.async('uint8array');
  expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);
});
