// Ad-hoc look at the reader on real files: imports the given corpus files into the built browser
// app and takes a screenshot of each issue, in the given language.
// Usage: tsx scripts/shot-files.ts <outDir> <lang> <file>...
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import { serveStatic } from '../tests/bench/static-server';

const [shotDir, language, ...files] = process.argv.slice(2);
const outDir = fileURLToPath(new URL('../out/', import.meta.url));
const { server, url } = await serveStatic(outDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  await page.goto(`${url}/web/index.html?lng=${language}#/library`);
  await page.getByRole('listitem').first().waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: language === 'en' ? 'Import' : '导入', exact: true }).click();
  await (
    await chooser
  ).setFiles(files.map((path) => ({ name: basename(path), mimeType: 'application/octet-stream', buffer: readFileSync(path) })));
  const reportButton = page.getByRole('button', { name: language === 'en' ? 'Import report' : '导入报告' });
  await reportButton.click({ timeout: 120_000 });
  const report = page.getByRole('dialog');
  const links = await report.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await page.screenshot({ path: `${shotDir}/report-${language}.png` });
  await report.getByRole('button').last().click();
  let n = 0;
  for (const href of links) {
    await page.evaluate((target) => (window.location.hash = target.replace(/^#/, '')), href);
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${shotDir}/reader-${language}-${n++}.png` });
  }
} finally {
  await browser.close();
  server.close();
}
