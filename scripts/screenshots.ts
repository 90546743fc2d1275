// Takes the screenshots in docs/ (library, reader with a highlight, timeline, search, export
// dialog, in zh-CN and en) from the built browser app: npm run build:web && tsx scripts/screenshots.ts.
import { chromium, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import { serveStatic } from '../tests/bench/static-server';
import { dragSelect } from '../tests/e2e/selection';

const outDir = fileURLToPath(new URL('../out/', import.meta.url));
const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));

const words = {
  en: { policy: 'Policy phrase', addNote: 'Add note', note: 'Note', confirm: 'Confirm', events: 'Events', export: 'Export', search: 'Search' },
  'zh-CN': { policy: '政策提法', addNote: '添加笔记', note: '笔记', confirm: '确认', events: '事件', export: '导出', search: '搜索' },
} as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250); // let transitions and fonts settle
  await page.screenshot({ path: `${docsDir}${name}.png` });
}

const { server, url } = await serveStatic(outDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const language of ['zh-CN', 'en'] as const) {
    const w = words[language];
    const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    // tsx names functions with a helper (__name) that page.evaluate bodies then expect in the page.
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(`${url}/web/index.html?lng=${language}#/library`);
    await page.getByRole('listitem').first().waitFor();
    await shoot(page, `library-${language}`);

    await page.getByRole('listitem').first().getByRole('link').click();
    const article = page.getByRole('article');
    await article.waitFor();
    await dragSelect(page, article.locator('p', { hasText: '回顾过去的一周' }), '城市更新');
    await page.getByRole('toolbar').getByRole('button', { name: w.policy }).click();
    await page.keyboard.press('Escape');
    await shoot(page, `reader-${language}`);
    await page.getByRole('region', { name: w.events }).getByRole('button', { name: w.confirm }).first().click();
    await page.getByRole('region', { name: w.events }).evaluate((region) => region.scrollIntoView({ block: 'start' }));
    await shoot(page, `events-${language}`);

    await page.getByRole('searchbox', { name: w.search }).fill('城市更新');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await shoot(page, `search-${language}`);

    await page.goto(`${url}/web/index.html?lng=${language}#/timeline`);
    await page.waitForTimeout(800);
    await shoot(page, `timeline-${language}`);

    await page.keyboard.press('Control+E');
    await page.getByRole('dialog').waitFor();
    await shoot(page, `export-${language}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
