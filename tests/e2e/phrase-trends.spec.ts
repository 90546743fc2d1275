// The "Phrase trends" region on the sample and three more real issues, with counts read in their
// texts (grep -o, each match read in place) and each one's date as it states it:
// - the sample (resources/sample): period 12–18 Sep 2022; 城市更新 6, 招商引资 1;
// - forum-repost-officials-shanghai-2022-11-excerpt.txt: no period, published 9 Nov 2022; 招商引资 1
//   (他们在上海的活动主题颇为一致,均为招商引资);
// - dev/beihu-district-new-year-meeting-2023-01-28.txt: no period, published 29 Jan 2023; 招商引资 2
//   (抓好招商引资、争资立项 …; and in 蒋慧亮's paragraph);
// - dev/chongming-entrepreneurs-forum-2019-08-23.txt: no period, published 28 Aug 2019; 招商引资 1.
// None of the three says 城市更新. So per month: Aug 2019 0/1, Sep 2022 6/1, Nov 2022 0/1, Jan 2023 0/2.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { corpusDir, expect, openApp, test } from './fixtures';

const files = [
  'forum-repost-officials-shanghai-2022-11-excerpt.txt',
  'dev/beihu-district-new-year-meeting-2023-01-28.txt',
  'dev/chongming-entrepreneurs-forum-2019-08-23.txt',
].map((name) => join(corpusDir, name));

async function importThree(page: Page, importLabel: string, status: RegExp) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: importLabel, exact: true }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('status')).toContainText(status);
}

/** Leaves exactly these phrases checked, in this order. */
async function choosePhrases(page: Page, groupName: string, phrases: string[]) {
  const group = page.getByRole('group', { name: groupName });
  // The boxes come with the library's counts, the three most said phrases already checked.
  await expect(group.getByRole('checkbox', { checked: true })).toHaveCount(3);
  const checked = group.getByRole('checkbox', { checked: true });
  while ((await checked.count()) > 0) await checked.first().uncheck();
  for (const phrase of phrases) await group.getByRole('checkbox', { name: new RegExp(`^${phrase}`) }).check();
}

async function tableRows(page: Page, tableName: string) {
  const rows = page.getByRole('table', { name: tableName }).getByRole('row');
  return rows.evaluateAll((elements) => elements.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

test('城市更新 and 招商引资 by month, their issues, and the reader at the phrase', async ({ offlinePage: page }) => {
  await openApp(page);
  await importThree(page, 'Import', /Imported 3 issues/);
  await page.getByRole('navigation', { name: /Main/ }).getByRole('link', { name: 'Trends' }).click();
  const region = page.getByRole('region', { name: 'Phrase trends' });
  await choosePhrases(page, 'Phrases', ['城市更新', '招商引资']);

  await expect(region.getByRole('img', { name: /城市更新、招商引资/ }).locator('svg')).toBeVisible();
  await expect
    .poll(() => tableRows(page, 'Counts by period'))
    .toEqual([
      ['Period', '城市更新', '招商引资'],
      ['August 2019', '0', '1'],
      ['September 2022', '6', '1'],
      ['November 2022', '0', '1'],
      ['January 2023', '0', '2'],
    ]);
  await expect(region.getByRole('definition').first()).toContainText('first Sep 12, 2022');

  // A click on a point of the chart lists its period's issues too. ECharts draws each point as an
  // SVG circle path (an arc); the lowest one on screen is a point in the plot, not a legend icon.
  const points = region.locator('.trend-chart__canvas svg path[d*="A"]');
  const boxes = (await points.evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().toJSON() as DOMRect))).filter(
    (box) => box.width > 0,
  );
  const lowest = boxes.reduce((low, box) => (box.y > low.y ? box : low));
  await page.mouse.click(lowest.x + lowest.width / 2, lowest.y + lowest.height / 2);
  await expect(region.getByRole('list', { name: /^Issues of (August 2019|September 2022|November 2022|January 2023)$/ })).toBeVisible();
  await region.getByRole('button', { name: 'Close' }).click();

  // Week by week on publish dates: the sample moves to the week of its publication (Mon 19 Sep).
  await region.getByRole('combobox', { name: 'Per' }).selectOption('week');
  await region.getByRole('combobox', { name: 'Date' }).selectOption('published');
  await expect.poll(async () => (await tableRows(page, 'Counts by period'))[2]).toEqual(['Week of Sep 19, 2022', '6', '1']);
  await region.getByRole('combobox', { name: 'Per' }).selectOption('month');

  await region.getByRole('table', { name: 'Counts by period' }).getByRole('button', { name: '招商引资 January 2023: 2' }).click();
  const issues = region.getByRole('list', { name: 'Issues of January 2023' });
  await expect(issues.getByRole('listitem')).toHaveCount(1);
  await expect(issues.getByRole('listitem')).toContainText('招商引资 2');
  await issues.getByRole('link', { name: '罗成辉主持召开北湖区2023年新春见面会' }).click();

  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('罗成辉主持召开北湖区2023年新春见面会');
  await expect(page.getByRole('searchbox', { name: 'Find in issue' })).toHaveValue('招商引资');
  await expect(page.getByRole('search', { name: 'Find in issue' }).getByRole('status')).toHaveText('1 of 2');
});

test('the phrase trends in Chinese', async ({ offlinePage: page }) => {
  await openApp(page, 'zh-CN');
  await importThree(page, '导入', /3/);
  await page
    .getByRole('navigation', { name: /主导航/ })
    .getByRole('link', { name: '趋势' })
    .click();
  const region = page.getByRole('region', { name: '用语趋势' });
  await choosePhrases(page, '用语', ['城市更新', '招商引资']);
  await expect
    .poll(() => tableRows(page, '各时段次数'))
    .toEqual([
      ['时段', '城市更新', '招商引资'],
      ['2019年8月', '0', '1'],
      ['2022年9月', '6', '1'],
      ['2022年11月', '0', '1'],
      ['2023年1月', '0', '2'],
    ]);
  await region.getByRole('table', { name: '各时段次数' }).getByRole('button', { name: '城市更新 2022年9月: 6' }).click();
  await expect(region.getByRole('list', { name: '2022年9月的期次' }).getByRole('link')).toHaveText(
    '市(县)区委书记、市(县)区长一周|9.12-9.18',
  );
});

// "Suggested phrases" on the sample issue alone (resources/sample, the Wuxi week of 12–18 Sep
// 2022): it quotes “南征北战、东西互搏” once (江阴's meeting: 深入推进“南征北战、东西互搏”) and
// “科创江阴” twice (打响“科创江阴”品牌,让“科创江阴”成为…), which no starter phrase covers, and the
// slogan “121”航空航天产业体系; “465”现代产业体系 is a starter phrase, so it is not suggested.
test('a quoted term of the sample is suggested and added to the lexicon', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: /Main/ }).getByRole('link', { name: 'Trends' }).click();
  const region = page.getByRole('region', { name: 'Suggested phrases' });
  const term = region.getByRole('listitem').filter({ hasText: /^南征北战、东西互搏/ });
  await expect(term).toContainText('quoted term');
  await expect(term).toContainText('1 time, in 1 issue');
  await expect(term).toContainText('深入推进“南征北战、东西互搏”');
  await expect(region.getByRole('listitem').filter({ hasText: /^"121"航空航天产业体系/ })).toContainText('number slogan');
  await expect(region.getByRole('listitem').filter({ hasText: /^"465"现代产业体系/ })).toHaveCount(0);

  await term.getByRole('button', { name: 'Add to lexicon' }).click();
  await expect(region.getByRole('status')).toHaveText('Added 南征北战、东西互搏 to the lexicon.');
  await expect(term).toHaveCount(0);
  const lexicon = page.getByRole('region', { name: 'Lexicon' }).getByRole('list', { name: 'Lexicon phrases' });
  await expect(lexicon.getByRole('listitem').filter({ hasText: /^南征北战、东西互搏/ })).toContainText('1 time in the library');

  // Still there, and no longer suggested, after a reload.
  await page.reload();
  await expect(lexicon.getByRole('listitem').filter({ hasText: /^南征北战、东西互搏/ })).toBeVisible();
  await expect(region.getByRole('listitem').filter({ hasText: /^"121"航空航天产业体系/ })).toBeVisible();
  await expect(region.getByRole('listitem').filter({ hasText: /^南征北战、东西互搏/ })).toHaveCount(0);
});

test('suggested phrases in Chinese', async ({ offlinePage: page }) => {
  await openApp(page, 'zh-CN');
  await page
    .getByRole('navigation', { name: /主导航/ })
    .getByRole('link', { name: '趋势' })
    .click();
  const region = page.getByRole('region', { name: '建议用语' });
  const term = region.getByRole('listitem').filter({ hasText: /^科创江阴/ });
  await expect(term).toContainText('引号提法');
  await expect(term).toContainText('2 次，见于 1 期');
  await term.getByRole('button', { name: '加入词表' }).click();
  await expect(region.getByRole('status')).toHaveText('已将 科创江阴 加入词表。');
  const lexicon = page.getByRole('region', { name: '词表' }).getByRole('list', { name: '词表用语' });
  await expect(lexicon.getByRole('listitem').filter({ hasText: /^科创江阴/ })).toContainText('全库出现 2 次');
});
