// Highlighting in the real UI: by mouse and by keyboard only, with a note and a tag that survive
// a reload and show in the Annotations panel and the Notes view; delete and undo; overlapping
// highlights; a tag renamed everywhere.
import type { Locator, Page } from '@playwright/test';
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';
import { dragSelect } from './selection';

async function openSample(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
}

/** The intro paragraph: "……回顾过去的一周,城市更新又有新进展、招商引资取得新成果……". */
const intro = (page: Page) => page.getByRole('article').locator('p', { hasText: '回顾过去的一周' });

/** The floating box: the toolbar "Highlight" and the note and tag editors under it. */
const highlightBox = (page: Page) => page.getByRole('group', { name: 'Highlight' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Highlight' });
const annotations = (page: Page) => page.getByRole('region', { name: 'Annotations' });
const annotationList = (page: Page) => annotations(page).getByRole('list', { name: 'Highlights' });

async function expectMarked(page: Page, block: Locator = intro(page)) {
  const item = annotationList(page).getByRole('listitem').filter({ hasText: '城市更新' }).first();
  await expect(item.getByRole('button', { name: '城市更新', exact: true })).toBeVisible();
  await expect(item).toContainText('Policy phrase');
  await expect(item).toContainText('重点');
  await expect(item.getByRole('listitem')).toHaveText('城市更新');
  await expect(block.locator('mark[data-highlight-ids]')).toHaveText('城市更新');
}

async function expectInNotesView(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  const results = page.getByRole('list', { name: 'Highlights and notes' });
  const card = results.getByRole('listitem').filter({ hasText: '重点' }).first();
  await expect(card).toContainText('城市更新');
  await expect(card).toContainText('Policy phrase');
  await expect(card).toContainText(SAMPLE_TITLE);
  await card.getByRole('link', { name: 'Open in issue' }).click();
  await expect(page.getByRole('article').locator('mark[data-highlight-ids]', { hasText: '城市更新' }).first()).toBeFocused();
}

test('mark 城市更新 with the mouse as a policy phrase with a note and a tag; it survives a reload', async ({ offlinePage: page }) => {
  await openSample(page);
  await dragSelect(page, intro(page), '城市更新');
  await toolbar(page).getByRole('button', { name: 'Policy phrase' }).click();
  await toolbar(page).getByRole('button', { name: 'Add note' }).click();
  await highlightBox(page).getByRole('textbox', { name: 'Note', exact: true }).fill('重点');
  await highlightBox(page).getByRole('textbox', { name: 'Note', exact: true }).press('Enter');
  await toolbar(page).getByRole('button', { name: 'Add tag' }).click();
  await highlightBox(page).getByRole('combobox', { name: 'Tag', exact: true }).fill('城市更新');
  await highlightBox(page).getByRole('combobox', { name: 'Tag', exact: true }).press('Enter');
  await expectMarked(page);

  await page.reload();
  await expectMarked(page);
  await expectInNotesView(page);
});

test('the same by keyboard only: caret mode, Shift+arrows, 1, N, T', async ({ offlinePage: page }) => {
  await openSample(page);
  // To the section "推动城市更新" through the outline, then a caret at the start of its heading.
  const outlineButton = page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /推动城市更新/ });
  await outlineButton.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: '推动城市更新' });
  await expect(heading).toBeFocused();
  await page.keyboard.press('F7');
  await expect(page.getByRole('status').filter({ hasText: 'Caret mode on' })).toHaveCount(1);
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('城市更新');
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('n');
  await expect(highlightBox(page).getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();
  await page.keyboard.type('重点');
  await page.keyboard.press('Enter');
  await page.keyboard.press('t');
  await expect(highlightBox(page).getByRole('combobox', { name: 'Tag', exact: true })).toBeFocused();
  await page.keyboard.type('城市更新');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expectMarked(page, heading);
  await page.reload();
  await expectMarked(page, heading);
  await expectInNotesView(page);
});

test('delete a highlight, then undo brings it back with its note', async ({ offlinePage: page }) => {
  await openSample(page);
  await dragSelect(page, intro(page), '招商引资');
  await page.keyboard.press('2');
  await page.keyboard.press('n');
  await expect(highlightBox(page).getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();
  await page.keyboard.type('要点');
  await page.keyboard.press('Enter');
  const mark = intro(page).locator('mark[data-highlight-ids]', { hasText: '招商引资' });
  await expect(mark).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(mark).toHaveCount(0);
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(mark).toHaveCount(1);
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  await expect(annotationList(page)).toContainText('要点');
  await expect(annotationList(page)).toContainText('Target or figure');
});

test('two overlapping highlights both render and both can be removed', async ({ offlinePage: page }) => {
  await openSample(page);
  await dragSelect(page, intro(page), '城市更新又有新进展');
  await toolbar(page).getByRole('button', { name: 'Policy phrase' }).click();
  await page.keyboard.press('Escape');
  await dragSelect(page, intro(page), '新进展、招商引资');
  await toolbar(page).getByRole('button', { name: 'Project' }).click();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  // Three pieces: only the first, both (新进展), only the second.
  await expect(intro(page).locator('mark[data-highlight-ids]')).toHaveText(['城市更新又有', '新进展', '、招商引资']);
  await expect(intro(page).locator('mark.hl--overlap')).toHaveText('新进展');
  await annotations(page).getByRole('button', { name: 'Delete highlight: 城市更新又有新进展' }).click();
  await expect(intro(page).locator('mark[data-highlight-ids]')).toHaveText(['新进展、招商引资']);
  await annotations(page).getByRole('button', { name: 'Delete highlight: 新进展、招商引资' }).click();
  await expect(intro(page).locator('mark[data-highlight-ids]')).toHaveCount(0);
});

test('renaming a tag in Settings changes it on every highlight', async ({ offlinePage: page }) => {
  await openSample(page);
  for (const phrase of ['城市更新', '招商引资']) {
    await dragSelect(page, intro(page), phrase);
    await page.keyboard.press('1');
    await page.keyboard.press('t');
    await expect(highlightBox(page).getByRole('combobox', { name: 'Tag', exact: true })).toBeFocused();
    await page.keyboard.type('重点工作');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
  }
  await expect(annotationList(page).locator(':scope > li').filter({ hasText: '重点工作' })).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const rename = page.getByRole('textbox', { name: 'Rename 重点工作' });
  await rename.fill('年度重点');
  await rename.press('Enter');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  const results = page.getByRole('list', { name: 'Highlights and notes' });
  const cards = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Open in issue' }) });
  await expect(cards.filter({ hasText: '年度重点' })).toHaveCount(2);
  await expect(results).not.toContainText('重点工作');
});

test('deleting a tag in Settings can be undone: the tag is back on its highlights', async ({ offlinePage: page }) => {
  await openSample(page);
  for (const phrase of ['城市更新', '招商引资']) {
    await dragSelect(page, intro(page), phrase);
    await page.keyboard.press('1');
    await page.keyboard.press('t');
    await expect(highlightBox(page).getByRole('combobox', { name: 'Tag', exact: true })).toBeFocused();
    await page.keyboard.type('待删除');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Delete tag 待删除' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted tag “待删除” (it was on 2 items).' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Rename 待删除' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tag “待删除” is back.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Rename 待删除' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  const results = page.getByRole('list', { name: 'Highlights and notes' });
  const cards = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Open in issue' }) });
  await expect(cards.filter({ hasText: '待删除' })).toHaveCount(2);
});

test('Enter in the Tag box hands the keys back to the text; the toolbar stands above the selection, clear of the line below', async ({
  offlinePage: page,
}) => {
  await openSample(page);
  await dragSelect(page, intro(page), '城市更新');
  const selected = await page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: rect.height };
  });
  await expect(toolbar(page)).toBeVisible();
  await expect
    .poll(async () => (await highlightBox(page).boundingBox())!.y + (await highlightBox(page).boundingBox())!.height)
    .toBeLessThanOrEqual(selected.top);
  await page.keyboard.press('1');
  await page.keyboard.press('t');
  const tagBox = highlightBox(page).getByRole('combobox', { name: 'Tag', exact: true });
  await expect(tagBox).toBeFocused();
  await page.keyboard.type('重点');
  await page.keyboard.press('Enter');
  const mark = intro(page).locator('mark[data-highlight-ids]', { hasText: '城市更新' });
  await expect(mark).toBeFocused();
  await expect(tagBox).toHaveCount(0);
  // The next key is a command again: N opens the note, it does not type into the tag.
  await page.keyboard.press('n');
  await expect(highlightBox(page).getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();
  // With the note editor open the box is taller, and still clear of the selection and the line below it.
  const box = (await highlightBox(page).boundingBox())!;
  expect(box.y + box.height <= selected.top || box.y >= selected.bottom + selected.height).toBe(true);
  await page.keyboard.press('Escape');
  await expect(annotationList(page).getByRole('listitem').filter({ hasText: '城市更新' }).getByRole('listitem')).toHaveText(['重点']);
});
