// The library filtered and sorted by a lexicon phrase. Counted by reading: the sample (the Wuxi
// leaders' week of 12–18 September 2022) says 高质量发展 3 times and 城市更新 6 times; the Laocheng
// district secretary's meeting of 13 March 2025 says 高质量发展 3 times and 城市更新 never.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, corpusDir, expect, openApp, test } from './fixtures';

async function importLaocheng(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Import|导入)$/ }).click();
  await (await chooser).setFiles(join(corpusDir, 'laocheng-secretary-meeting-2025-03-13.txt'));
  await expect(page.getByRole('list', { name: /^(Library|文库)$/ }).getByRole('listitem')).toHaveCount(2);
}

test('choosing a phrase (offered with how many issues say it) keeps those issues, ordered by how often, each with its count', async ({
  offlinePage: page,
}) => {
  await openApp(page);
  await importLaocheng(page);
  const library = page.getByRole('list', { name: 'Library' });
  const phrase = page.getByRole('combobox', { name: 'Phrase' });
  const sort = page.getByRole('combobox', { name: 'Sort by' });

  await phrase.selectOption({ label: '城市更新 (1 issue)' });
  await expect(page.getByText('1 issue says 城市更新')).toBeVisible();
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library.getByRole('listitem')).toContainText(SAMPLE_TITLE);
  await expect(library.getByRole('listitem')).toContainText('城市更新 × 6');
  await expect(sort).toHaveValue('phraseCount');

  await phrase.selectOption({ label: '高质量发展 (2 issues)' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library.getByRole('listitem').nth(0)).toContainText('高质量发展 × 3');
  await expect(library.getByRole('listitem').nth(1)).toContainText('高质量发展 × 3');
  // A tie in count: the newest first (2025 before 2022).
  await expect(library.getByRole('listitem').nth(1)).toContainText(SAMPLE_TITLE);

  await phrase.selectOption({ label: 'All issues' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(sort).toHaveValue('published');
  await expect(library.getByRole('listitem').filter({ hasText: SAMPLE_TITLE })).toContainText('Covers');
  await expect(library.getByRole('listitem').filter({ hasText: SAMPLE_TITLE })).toContainText('Published');
});

test('the phrase filter in Chinese', async ({ offlinePage: page }) => {
  await openApp(page, 'zh-CN');
  await page.getByRole('combobox', { name: '用语' }).selectOption({ label: '城市更新（1 期）' });
  await expect(page.getByText('1 期提到城市更新')).toBeVisible();
  await expect(page.getByRole('list', { name: '文库' }).getByRole('listitem')).toContainText('城市更新 × 6');
});
