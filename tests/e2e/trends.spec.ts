// The Trends view: the lexicon of policy phrases, each counted over the library. The sample issue
// (resources/sample, the Wuxi leaders' week of 12–18 September 2022) says 城市更新 six times,
// 高质量发展 three times and 招商引资 once (counted by reading it, and with grep -o).
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
