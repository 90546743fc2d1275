// Takes the README's screenshots (library and reader, in zh-CN and en) from the built browser
// app: npm run build:web && tsx scripts/screenshots.ts. Writes docs/*.png.
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import { serveStatic } from '../tests/bench/static-server';

const outDir = fileURLToPath(new URL('../out/', import.meta.url));
const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));

const { server, url } = await serveStatic(outDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const language of ['zh-CN', 'en'] as const) {
    const context = await browser.newContext({ locale: language, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${url}/web/index.html?lng=${language}#/library`);
    await page.getByRole('listitem').first().waitFor();
    await page.screenshot({ path: `${docsDir}library-${language}.png` });
    await page.getByRole('listitem').first().getByRole('link').click();
    await page.getByRole('article').waitFor();
    await page.screenshot({ path: `${docsDir}reader-${language}.png` });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
