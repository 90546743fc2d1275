// The UI language: switching it in Settings changes the UI text at once and persists.
import { expect, test } from './fixtures';

test('switching the language changes the UI and persists across a reload', async ({ offlinePage: page }) => {
  await page.goto('./#/library');
  // No ?lng= here: the browser's locale (en-US in the test config) chooses English.
  await expect(page.getByRole('link', { name: 'Library' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('link', { name: '文库' })).toBeVisible();
  await expect(page.getByRole('button', { name: '粘贴文本' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('link', { name: '设置' })).toBeVisible();
  await page.getByRole('link', { name: '文库' }).click();
  await expect(page.getByRole('list', { name: '文库' })).toBeVisible();
});

test('a Chinese system locale starts the UI in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('./#/library');
  await expect(page.getByRole('list', { name: '文库' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导入' })).toBeVisible();
  await context.close();
});

test('theme and reading font size are saved', async ({ offlinePage: page }) => {
  await page.goto('./?lng=en#/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const slider = page.getByRole('slider', { name: 'Reading font size' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('20 px')).toBeVisible();
  // Leaving and coming back shows the stored value, not the one the control still holds.
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('20 px')).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('slider', { name: 'Reading font size' })).toHaveValue('20');
});
