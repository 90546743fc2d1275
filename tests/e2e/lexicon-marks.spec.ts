// Lexicon marks in the reader (issue 13): the starter lexicon's phrases marked in the sample —
// the counts below were taken by reading resources/sample/wuxi-leaders-week-2022-09-12.txt
// (城市更新 6 times, one of them in the heading "推动城市更新"; 高质量发展 3; 招商引资 once) —
// turned off and on with the toggle and the M key and remembered; a focused mark's entry and
// counts; H turning a mark into a highlight in the category of the entry's name, undone with
// Ctrl+Z; a selection across marks anchored as without them; both languages; a sectionless
// issue imported from the corpus.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, corpusDir, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

async function openSample(page: Page, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await openApp(page, language);
  await page.getByRole('link', { name: new RegExp(`^${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
}

const article = (page: Page) => page.getByRole('article');
const marks = (page: Page, phrase?: string) => article(page).locator(phrase ? `mark[data-lexicon="${phrase}"]` : 'mark[data-lexicon]');
const intro = (page: Page) => article(page).locator('p', { hasText: '回顾过去的一周' });
const annotationList = (page: Page, name = 'Annotations', list = 'Highlights') =>
  page.getByRole('region', { name }).getByRole('list', { name: list });

test('the sample shows the lexicon phrases marked, headings included; the toggle and M turn them off and on, remembered', async ({
  offlinePage: page,
}) => {
  await openSample(page);
  const toggle = page.getByRole('button', { name: 'Mark lexicon phrases' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(marks(page, '城市更新')).toHaveCount(6);
  await expect(marks(page, '高质量发展')).toHaveCount(3);
  await expect(marks(page, '招商引资')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: '推动城市更新' }).locator('mark[data-lexicon="城市更新"]')).toHaveCount(1);
  // The marks wrap the text, never change it: the article reads as before.
  await expect(intro(page)).toContainText('回顾过去的一周,城市更新又有新进展、招商引资取得新成果');
  // A mark is not a highlight.
  await expect(article(page).locator('mark[data-highlight-ids]')).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(marks(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Lexicon phrases no longer marked.' })).toHaveCount(1);
  await page.reload();
  await expect(article(page).getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
  await expect(page.getByRole('button', { name: 'Mark lexicon phrases' })).toHaveAttribute('aria-pressed', 'false');
  await expect(marks(page)).toHaveCount(0);

  // M, with the focus on the page (not in a text field), turns them on again.
  await article(page).getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('m');
  await expect(page.getByRole('button', { name: 'Mark lexicon phrases' })).toHaveAttribute('aria-pressed', 'true');
  await expect(marks(page, '城市更新')).toHaveCount(6);
  // …but typed into the search box it is a letter.
  await page.getByRole('searchbox', { name: 'Search' }).fill('m');
  await expect(page.getByRole('button', { name: 'Mark lexicon phrases' })).toHaveAttribute('aria-pressed', 'true');
});

test('the marks are one tab stop; a focused mark shows its entry and counts; H highlights it, Ctrl+Z undoes', async ({
  offlinePage: page,
}) => {
  await openSample(page);
  // Tab from the toggle enters the marks at the first one; → walks on; Tab leaves them.
  await page.getByRole('button', { name: 'Mark lexicon phrases' }).focus();
  await page.keyboard.press('Tab');
  const first = marks(page).first();
  await expect(first).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText((await first.getAttribute('data-lexicon'))!);
  await page.keyboard.press('ArrowRight');
  await expect(marks(page).nth(1)).toBeFocused();
  await expect(article(page).locator('mark[data-lexicon][tabindex="0"]')).toHaveCount(1);

  const mark = intro(page).locator('mark[data-lexicon="城市更新"]');
  await mark.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('城市更新');
  await expect(tooltip).toContainText('Category: 民生与治理');
  await expect(tooltip).toContainText('6 times in this issue');
  await expect(tooltip).toContainText('6 times in the library');
  await expect(tooltip).toContainText('Highlight as “Policy phrase”');
  await expect(mark).toHaveAttribute('aria-keyshortcuts', 'H');
  await expect(mark).toHaveAccessibleDescription(/6 times in this issue/);

  await page.keyboard.press('h');
  const item = annotationList(page).getByRole('listitem').filter({ hasText: '城市更新' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Policy phrase');
  await expect(page.getByRole('status').filter({ hasText: 'Highlighted “城市更新” as Policy phrase.' })).toHaveCount(1);
  // The mark holds the highlight; the occurrence is still one mark, the focus still on it.
  await expect(mark.locator('mark[data-highlight-ids]')).toHaveText('城市更新');
  await expect(marks(page, '城市更新')).toHaveCount(6);
  await expect(mark).toBeFocused();
  // H again does not make a twin.
  await page.keyboard.press('h');
  await expect(page.getByRole('status').filter({ hasText: '“城市更新” is already highlighted here.' })).toHaveCount(1);
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);

  await page.keyboard.press('Control+z');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(0);
  await expect(article(page).locator('mark[data-highlight-ids]')).toHaveCount(0);
});

test('a mark becomes a highlight of the category named as its entry’s, in either language; hovering shows the entry too', async ({
  offlinePage: page,
}) => {
  await openApp(page);
  // Name the "Other" category, in Chinese, as the starter lexicon's category of 城市更新.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const name = page.getByRole('textbox', { name: 'Other — name (中文)' });
  await name.fill('民生与治理');
  await name.press('Enter');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: new RegExp(`^${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();

  const mark = intro(page).locator('mark[data-lexicon="城市更新"]');
  await mark.hover();
  await expect(page.getByRole('tooltip')).toContainText('Highlight as “Other”');
  await page.keyboard.press('h');
  const item = annotationList(page).getByRole('listitem').filter({ hasText: '城市更新' });
  await expect(item).toContainText('Other');
  // 招商引资 (招商与项目) has no category of its name: a policy phrase.
  await intro(page).locator('mark[data-lexicon="招商引资"]').focus();
  await page.keyboard.press('Enter');
  await expect(annotationList(page).getByRole('listitem').filter({ hasText: '招商引资' })).toContainText('Policy phrase');
});

test('a selection across marks is anchored as without them', async ({ offlinePage: page }) => {
  await openSample(page);
  // Two marks (城市更新, 招商引资) and the text between them, selected with the mouse.
  await dragSelect(page, intro(page), '城市更新又有新进展、招商引资');
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
  await expect(
    annotationList(page).getByRole('listitem').getByRole('button', { name: '城市更新又有新进展、招商引资', exact: true }),
  ).toBeVisible();
  const painted = () => intro(page).locator('mark[data-highlight-ids]').allTextContents();
  await expect.poll(async () => (await painted()).join('')).toBe('城市更新又有新进展、招商引资');
  // Without the marks the same highlight paints the same characters: its offsets did not count them.
  await page.getByRole('button', { name: 'Mark lexicon phrases' }).click();
  await expect(marks(page)).toHaveCount(0);
  await expect(intro(page).locator('mark[data-highlight-ids]')).toHaveText(['城市更新又有新进展、招商引资']);
  // And a selection made without marks paints the same with them.
  await dragSelect(page, intro(page), '取得新成果');
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Policy phrase' }).click();
  await page.getByRole('button', { name: 'Mark lexicon phrases' }).click();
  await expect(marks(page, '城市更新')).toHaveCount(6);
  await expect.poll(async () => (await painted()).join('|')).toMatch(/^城市更新\|?又有新进展、\|?招商引资\|取得新成果$/);
});

test('in Chinese: 标出词表用语, the entry and counts in Chinese, H highlights as 政策提法', async ({ offlinePage: page }) => {
  await openSample(page, 'zh-CN');
  const toggle = page.getByRole('button', { name: '标出词表用语' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(marks(page, '城市更新')).toHaveCount(6);
  const mark = intro(page).locator('mark[data-lexicon="招商引资"]');
  await mark.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('类别：招商与项目');
  await expect(tooltip).toContainText('本期出现 1 次');
  await expect(tooltip).toContainText('全库出现 1 次');
  await expect(tooltip).toContainText('高亮为“政策提法”');
  await page.keyboard.press('h');
  await expect(annotationList(page, '标注列表', '标注').getByRole('listitem').filter({ hasText: '招商引资' })).toContainText('政策提法');
  await toggle.click();
  await expect(marks(page)).toHaveCount(0);
  // The highlight stays; only the lexicon's marks went.
  await expect(intro(page).locator('mark[data-highlight-ids]')).toHaveText('招商引资');
});

test('a sectionless issue imported from the corpus is marked too, with its own and the library’s counts', async ({ offlinePage: page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([join(corpusDir, 'laocheng-secretary-meeting-2025-03-13.txt')]);
  await expect(page.getByRole('status')).toContainText('Imported 1 issue.');
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('link', { name: /^赵书政主持召开书记专题会/ })
    .click();
  await expect(article(page).getByRole('heading', { level: 1 })).toHaveText('赵书政主持召开书记专题会');
  await expect(article(page).getByRole('heading', { level: 2 })).toHaveCount(0);
  // Read in the file: 高质量发展 three times ("文旅产业高质量发展", "项目高质量发展", …).
  await expect(marks(page, '高质量发展')).toHaveCount(3);
  await marks(page, '高质量发展').first().focus();
  await expect(page.getByRole('tooltip')).toContainText('3 times in this issue');
  // The sample has it three times as well.
  await expect(page.getByRole('tooltip')).toContainText('6 times in the library');
});
