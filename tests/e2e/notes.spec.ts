// The Notes view: several highlights tagged at once, and the tag still there after a reload; a
// long list (virtualised) filtered, walked by keyboard and opened at its last card.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

/** Opens the sample, highlights 城市更新 and 招商引资取得新成果 as Policy phrase, and goes to the Notes view. */
async function highlightTwoAndOpenNotes(page: Page) {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  const article = page.getByRole('article');
  for (const phrase of ['城市更新', '招商引资取得新成果']) {
    await dragSelect(page, article.locator('p', { hasText: '回顾过去的一周' }), phrase);
    await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
    await page.keyboard.press('Escape');
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
}

test('select two highlights in the Notes view and tag them together', async ({ offlinePage: page }) => {
  await highlightTwoAndOpenNotes(page);
  const results = page.getByRole('list', { name: 'Highlights and notes' });
  await expect(results.getByRole('listitem').filter({ has: page.locator('blockquote') })).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Select “城市更新”' }).check();
  await page.getByRole('checkbox', { name: 'Select “招商引资取得新成果”' }).check();
  const bar = page.getByRole('group', { name: 'Tag several highlights' });
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('combobox', { name: 'Tag for the selected' }).fill('重点关注');
  await bar.getByRole('button', { name: 'Tag selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tagged 2 highlights “重点关注”.' })).toBeVisible();
  await page.reload();
  for (const quote of ['城市更新', '招商引资取得新成果']) {
    const card = results.getByRole('listitem').filter({ has: page.locator('blockquote', { hasText: quote }) });
    await expect(card.getByRole('listitem')).toHaveText('重点关注');
  }
});

/** Opens the Export dialog, exports a backup of the library and returns its JSON. */
async function exportBackup(page: Page): Promise<{ tables: { highlights: Record<string, unknown>[] } }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Backup' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  return backup;
}

test('on a list of many highlights, taller than the window, the filters work and the last card opens', async ({ offlinePage: page }) => {
  // Two highlights made in the reader, then a library of 42: a backup holding 40 more copies of
  // them (as an analyst's long-used library would), one a day from 1 January 2024, restored.
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  const article = page.getByRole('article');
  for (const [phrase, category, tag] of [
    ['城市更新', 'Policy phrase', '城市更新'],
    ['招商引资取得新成果', 'Target or figure', ''],
  ] as const) {
    await dragSelect(page, article.locator('p', { hasText: '回顾过去的一周' }), phrase);
    await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: category }).click();
    if (tag) {
      await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Add tag' }).click();
      await page.getByRole('group', { name: 'Highlight' }).getByRole('combobox', { name: 'Tag', exact: true }).fill(tag);
      await page.getByRole('group', { name: 'Highlight' }).getByRole('combobox', { name: 'Tag', exact: true }).press('Enter');
    }
    await page.keyboard.press('Escape');
  }
  const backup = await exportBackup(page);
  const [policy, target] = ['城市更新', '招商引资取得新成果'].map((quote) =>
    backup.tables.highlights.find((highlight) => (highlight.target as { quote: { exact: string } }).quote.exact === quote)!,
  );
  for (let day = 0; day < 40; day++) {
    const createdAt = new Date(Date.UTC(2024, 0, 1 + day, 9)).toISOString();
    // Even days copy the policy phrase (tagged 城市更新), odd days the target.
    const copy = { ...(day % 2 === 0 ? policy : target), id: `copy-${day}`, note: `第${day + 1}天`, createdAt, updatedAt: createdAt };
    backup.tables.highlights.push(copy);
  }
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Replace the library with the backup' }).check();
  page.once('dialog', (confirm) => void confirm.accept());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  const notesView = page.getByRole('region', { name: 'Notes' });
  const results = notesView.getByRole('list', { name: 'Highlights and notes' });
  const cards = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Open in issue' }) });
  await expect(notesView).toContainText('42 items');
  // Virtualised: the list is taller than its window and only the cards near it are in the page.
  expect(await results.evaluate((list) => list.scrollHeight > 2 * list.clientHeight)).toBe(true);
  expect(await cards.count()).toBeLessThan(42);
  // Scrolled to the end, the oldest card is there: 1 January, the last of 42.
  await results.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(results.locator('[aria-posinset="42"]')).toContainText('第1天');

  await notesView.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Target or figure' });
  await expect(notesView).toContainText('21 items');
  await notesView.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'All' });
  await notesView.getByRole('combobox', { name: 'Issue' }).selectOption({ label: SAMPLE_TITLE });
  await expect(notesView).toContainText('42 items');
  await notesView.getByRole('textbox', { name: 'From' }).fill('2024-01-10');
  await notesView.getByRole('textbox', { name: 'To' }).fill('2024-01-19');
  await expect(notesView).toContainText('10 items');
  await expect(cards.first()).toContainText('第19天');
  await notesView.getByRole('textbox', { name: 'From' }).fill('');
  await notesView.getByRole('textbox', { name: 'To' }).fill('');
  await notesView.getByRole('combobox', { name: 'Tag filter' }).selectOption({ label: '城市更新' });
  await expect(notesView).toContainText('21 items');
  await expect(cards.filter({ hasText: 'Target or figure' })).toHaveCount(0);

  // Tab walks the 21 cards in order, checkbox then link, scrolling as it goes; Enter on the last
  // card's link (the copy of 1 January) opens the issue at that highlight.
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return `${element.closest('[aria-posinset]')?.getAttribute('aria-posinset')} ${element.tagName.toLowerCase()}`;
    });
  // As in the library, arrow keys and Page Up/Down move between cards (to the same control).
  // From the first card: the first one rendered is not it while the list is still scrolled down.
  await results.evaluate((list) => list.scrollTo(0, 0));
  await results.locator('[aria-posinset="1"]').getByRole('checkbox').focus();
  await page.keyboard.press('PageDown');
  await expect.poll(focused).toBe('11 input');
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toBe('12 input');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(focused).toBe('1 input');
  // Scrolled far away, the focused card stays in the page, so focus is not lost.
  await results.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(results.locator('[aria-posinset="21"]')).toBeVisible();
  expect(await focused()).toBe('1 input');
  await results.evaluate((list) => list.scrollTo(0, 0));
  // Back at the top, the cards there are rendered again (a frame after the scroll) before Tab.
  await expect(results.locator('[aria-posinset="2"]')).toBeVisible();
  const walked: string[] = [];
  for (let step = 0; step < 42; step++) {
    walked.push(await focused());
    if (step < 41) await page.keyboard.press('Tab');
  }
  expect(walked).toEqual(Array.from({ length: 21 }, (_, card) => [`${card + 1} input`, `${card + 1} a`]).flat());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=copy-0$/);
  await expect(page.getByRole('article').locator('mark[data-highlight-ids~="copy-0"]')).toBeFocused();
});

test('the Phrase filter keeps the highlights that say a lexicon phrase, and the brief from it keeps the same', async ({
  offlinePage: page,
}) => {
  await highlightTwoAndOpenNotes(page);
  const cards = page
    .getByRole('list', { name: 'Highlights and notes' })
    .getByRole('listitem')
    .filter({ has: page.locator('blockquote') });
  await expect(cards).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Phrase' }).selectOption({ label: '招商引资' });
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText('招商引资取得新成果');
  await page.getByRole('button', { name: 'Export these…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('combobox', { name: 'Phrase' })).toHaveValue('招商引资');
});
