// The Notes view: several highlights tagged at once, and the tag still there after a reload.
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

test('select two highlights in the Notes view and tag them together', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  const article = page.getByRole('article');
  for (const phrase of ['城市更新', '招商引资取得新成果']) {
    await dragSelect(page, article.locator('p', { hasText: '回顾过去的一周' }), phrase);
    await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
    await page.keyboard.press('Escape');
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
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
