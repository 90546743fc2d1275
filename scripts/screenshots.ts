// Takes the screenshots in docs/ (library, reader with a highlight, timeline, search, Notes view,
// export dialog, in zh-CN and en) from the built browser app: npm run build:web && tsx scripts/screenshots.ts.
// READOUT_WEB_OUT=out/web-x takes them from that build; READOUT_SHOTS=notes,reader writes only those.
import { chromium, type Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import { serveStatic } from '../tests/bench/static-server';
import { dragSelect } from '../tests/e2e/selection';

const outDir = fileURLToPath(new URL('../out/', import.meta.url));
const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));

const words = {
  en: {
    target: 'Target or figure',
    risk: 'Risk',
    policy: 'Policy phrase',
    addNote: 'Add note',
    note: 'Note',
    confirm: 'Confirm',
    events: 'Events',
    export: 'Export',
    search: 'Search',
  },
  'zh-CN': {
    target: '目标数据',
    risk: '风险',
    policy: '政策提法',
    addNote: '添加批注',
    note: '批注',
    confirm: '确认',
    events: '事件',
    export: '导出',
    search: '搜索',
  },
} as const;

const webDir = (process.env.READOUT_WEB_OUT ?? 'out/web').replace(/^out\//, '');
const only = process.env.READOUT_SHOTS?.split(',');

async function shoot(page: Page, name: string): Promise<void> {
  if (only && !only.some((prefix) => name.startsWith(prefix))) return;
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
    await page.goto(`${url}/${webDir}/index.html?lng=${language}#/library`);
    await page.getByRole('listitem').first().waitFor();
    await shoot(page, `library-${language}`);

    await page.getByRole('listitem').first().getByRole('link').click();
    const article = page.getByRole('article');
    await article.waitFor();
    const marks = [
      ['回顾过去的一周', '城市更新', w.policy, '本周三个板块都提到城市更新'],
      ['回顾过去的一周', '招商引资取得新成果', w.target, ''],
      ['全力以赴稳增长', '全力以赴稳增长', w.risk, '三季度考核压力'],
    ] as const;
    for (const [paragraph, phrase, category, note] of marks) {
      await dragSelect(page, article.locator('p', { hasText: paragraph }), phrase);
      await page.getByRole('toolbar').getByRole('button', { name: category }).click();
      if (note) {
        await page.keyboard.press('n');
        await page.getByRole('textbox', { name: w.note, exact: true }).fill(note);
        await page.keyboard.press('Enter');
      }
      await page.keyboard.press('Escape');
    }
    await shoot(page, `reader-${language}`);
    await page.getByRole('region', { name: w.events }).getByRole('button', { name: w.confirm }).first().click();
    await page.getByRole('region', { name: w.events }).getByRole('button', { name: w.confirm }).nth(3).click();
    await page.getByRole('region', { name: w.events }).evaluate((region) => region.scrollIntoView({ block: 'start' }));
    await shoot(page, `events-${language}`);

    await page.getByRole('searchbox', { name: w.search }).fill('城市更新');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await shoot(page, `search-${language}`);

    // The Notes view with one card selected, so the bar for tagging several shows too.
    await page.goto(`${url}/${webDir}/index.html?lng=${language}#/notes`);
    await page.getByRole('checkbox').first().check();
    await shoot(page, `notes-${language}`);

    await page.goto(`${url}/${webDir}/index.html?lng=${language}#/timeline`);
    await page.waitForTimeout(800);
    await shoot(page, `timeline-${language}`);

    await page.goto(`${url}/${webDir}/index.html?lng=${language}#/library`);
    await page.getByRole('listitem').first().getByRole('link').click();
    await page.getByRole('article').waitFor();
    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await shoot(page, `export-${language}`);
    // The Word brief itself, for docs/brief-*.png (rendered through LibreOffice by the caller).
    const download = page.waitForEvent('download');
    await dialog.getByRole('radio', { name: 'Word' }).check();
    await dialog.getByRole('button', { name: w.export, exact: true }).last().click();
    await (await download).saveAs(`${tmpdir()}/readout-brief-${language}.docx`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
