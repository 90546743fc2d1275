// Search across the library and within an issue: 城市更新 is found in the sample issue, a result
// opens the reader on the marked text, the place survives a reload, and Ctrl+F moves between
// matches; a highlight's note is found too. The sample issue is seeded (and indexed) on first start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corpusDir, expect, openApp, SAMPLE_TITLE, test } from './fixtures';
import { dragSelect } from './selection';

/** The text of the current search mark ("search-current" in CSS.highlights) and the block it is in. */
async function currentMark(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('search-current');
    const range = highlight ? ([...highlight] as Range[])[0] : undefined;
    if (!range) return null;
    const block = (range.startContainer.parentElement?.closest('[data-block]') as HTMLElement | null)?.dataset.block ?? null;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), block, inView: box.top >= 0 && box.bottom <= window.innerHeight };
  });
}

test('searching 城市更新 across the library opens the exact place, marked, and survives a reload', async ({ offlinePage: page }) => {
  await openApp(page);
  // A second issue, imported through the app, so the search spans the library.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([join(corpusDir, 'laocheng-secretary-meeting-2025-03-13.txt')]);
  await expect(page.getByRole('status')).toContainText('Imported 1 issue');

  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('城市更新');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=/);
  const results = page.getByRole('list', { name: 'Search results' });
  // The sample holds 城市更新 (its heading "推动城市更新" among others); the Laocheng meeting does not.
  await expect(results.getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText('城市更新');
  const first = results.getByRole('link').first();
  await expect(first).toContainText('城市更新');

  await page.reload();
  await expect(page.getByRole('list', { name: 'Search results' }).locator('mark').first()).toHaveText('城市更新');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('城市更新');

  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
  await expect.poll(() => currentMark(page)).toMatchObject({ text: '城市更新', inView: true });
  const landed = await currentMark(page);
  expect(landed?.block).toMatch(/^\d+$/);
  const blockText = await page.locator(`[data-block="${landed!.block}"]`).textContent();
  expect(blockText).toContain('城市更新');

  // The place survives a reload of the reader too.
  await page.reload();
  await expect.poll(() => currentMark(page)).toMatchObject({ text: '城市更新', block: landed!.block, inView: true });
});

test('Ctrl+F finds within the open issue and moves to the next and previous match', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('list', { name: 'Library' }).getByRole('link').first().click();
  await expect(page.getByRole('article')).toBeVisible();
  await page.keyboard.press('Control+F');
  const find = page.getByRole('searchbox', { name: 'Find in issue' });
  await expect(find).toBeFocused();
  await find.fill('城市更新');
  const position = page.getByRole('search', { name: 'Find in issue' }).getByRole('status');
  await expect(position).toHaveText(/^1 of \d+$/);
  const total = Number((await position.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(1);
  await page.keyboard.press('Enter');
  await expect(position).toHaveText(`2 of ${total}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(position).toHaveText(`1 of ${total}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(position).toHaveText(`${total} of ${total}`);
  await expect.poll(() => currentMark(page)).toMatchObject({ text: '城市更新', inView: true });
});

test('a traditional-script query and a pinyin query find the sample issue', async ({ offlinePage: page }) => {
  await openApp(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('推動城市更新');
  await box.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).locator('mark').first()).toHaveText('推动城市更新');
  await box.fill('xufeng');
  await box.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).locator('mark').first()).toHaveText('许峰');
  expect(readFileSync(join(corpusDir, 'wuxi-leaders-week-2022-09-12.txt'), 'utf8')).toContain('许峰');
});

test("a highlight's note is found, listed on its highlight, opens on the highlight, and survives a reload", async ({
  offlinePage: page,
}) => {
  await openApp(page);
  await page.getByRole('list', { name: 'Library' }).getByRole('link').first().click();
  const intro = page.getByRole('article').locator('p', { hasText: '回顾过去的一周' });
  await dragSelect(page, intro, '招商引资');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight' });
  await toolbar.getByRole('button', { name: 'Policy phrase' }).click();
  await toolbar.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('group', { name: 'Highlight' }).getByRole('textbox', { name: 'Note', exact: true });
  // Words that are in no issue of the library: only the note can be found by them.
  await note.fill('下周核对用地指标');
  await note.press('Enter');

  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('用地指标');
  await box.press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  const result = results.getByRole('link').filter({ hasText: '下周核对用地指标' });
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Highlight · in its note');
  await expect(result.locator('mark')).toHaveText('用地指标');
  await expect(results.getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();

  await page.reload();
  const again = page.getByRole('list', { name: 'Search results' }).getByRole('link').filter({ hasText: '下周核对用地指标' });
  await expect(again).toHaveCount(1);
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?highlight=/);
  await expect(page.getByRole('article').locator('mark[data-highlight-ids]', { hasText: '招商引资' }).first()).toBeFocused();

  // kind:highlight lists the highlight by its quote; kind:note finds it by its note.
  await box.fill('kind:highlight');
  await box.press('Enter');
  const highlights = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(highlights).toHaveCount(1);
  await expect(highlights).toContainText('Highlight');
  await expect(highlights).toContainText('招商引资');
});

test('a proposed event is found and marked as proposed', async ({ offlinePage: page }) => {
  await openApp(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('kind:event official:许峰');
  await box.press('Enter');
  const events = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(events.first()).toContainText('Event · proposed, not yet reviewed');
  await expect(events.first()).toContainText('许峰');
});

test('phrase: finds a lexicon phrase in the spelling the text uses', async ({ offlinePage: page }) => {
  await openApp(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  // The starter lexicon writes "465"现代产业体系 with straight quotes; the sample writes “465” (curly).
  await box.fill('phrase:465现代产业体系');
  await box.press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.locator('mark').first()).toHaveText('“465”现代产业体系');
  expect(readFileSync(join(corpusDir, 'wuxi-leaders-week-2022-09-12.txt'), 'utf8')).toContain('“465”现代产业体系');
});
