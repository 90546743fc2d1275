// Importing every kind of file an analyst has, as a person would: the whole corpus folder at once
// through the file chooser (with a binary file among it), several files dropped on the window,
// and pages carrying script payloads. The report lists every file; the saved web pages read like
// their .txt twins; nothing from a file runs or reaches the network (the fixture fails the test
// on any request outside the app).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PWNED_FLAG, payloadPages } from '../unit/import/bad-input-files';
import { corpusDir, expect, openApp, test } from './fixtures';

const BINARY = { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff, 0x00]) };

/** Records any fetch or XHR the page makes, and whether a payload set its flag. */
async function watchForPayloads(page: Page): Promise<void> {
  await page.addInitScript((flag) => {
    const calls: string[] = [];
    (window as unknown as Record<string, unknown>).__networkCalls = calls;
    const originalFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      calls.push(String(input));
      return originalFetch(input, init);
    };
    Object.defineProperty(window, flag, {
      set() {
        calls.push(`payload set ${flag}`);
      },
      get() {
        return undefined;
      },
    });
  }, PWNED_FLAG);
}

async function articleParagraphs(page: Page): Promise<string[]> {
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(article.locator('p').first()).toBeVisible();
  // The text itself, not innerText: blocks out of view are not rendered (content-visibility),
  // and innerText reads only what is.
  return (await article.locator('p').allTextContents()).map((text) => text.trim());
}

/** Follows a file's link in the Import report and waits until the reader shows that issue. */
async function openFromReport(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Import report' }).click();
  const link = page.getByRole('dialog', { name: 'Import report' }).getByRole('link', { name, exact: true });
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

test('the whole corpus folder imports at once; the report lists every file; pages read like their twins', async ({ offlinePage: page }) => {
  await watchForPayloads(page);
  await openApp(page);
  // The folder's files (dev/ below it is a corpus of its own).
  const corpusFiles = readdirSync(corpusDir)
    .filter((name) => statSync(join(corpusDir, name)).isFile())
    .sort();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // Playwright takes paths or buffers, not both: the corpus goes in as buffers of its files.
  const asBuffer = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(join(corpusDir, name)) });
  await (await chooser).setFiles([...corpusFiles.map(asBuffer), BINARY]);

  const banner = page.getByRole('alert');
  await expect(banner).toContainText('scan.txt: the file holds binary data, not text');
  await banner.getByRole('button', { name: 'Import report' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible();
  for (const name of [...corpusFiles, 'scan.txt']) await expect(report.getByRole('rowheader', { name, exact: true })).toBeVisible();
  await expect(report.getByRole('row', { name: /^scan\.txt Refused the file holds binary data/ })).toBeVisible();
  // The JSON expectation file is not a digest; every digest text and page is imported.
  await expect(report.getByRole('row', { name: /expected\.json Refused/ })).toBeVisible();
  // A page whose text is near-identical to its twin's, read in an earlier chunk of the batch, is
  // held as a new version of it (versions by content): kept beside it here, to compare the two.
  for (const name of corpusFiles.filter((file) => /\.(txt|html)$/.test(file))) {
    await expect(
      report.getByRole('row', { name: new RegExp(`^${name.replace(/\./g, '\\.')} (Imported|Duplicate|New version)`) }),
    ).toBeVisible();
    const keepBoth = report.getByRole('button', { name: `Import ${name} as a separate issue` });
    if (await keepBoth.isVisible()) await keepBoth.click();
  }
  // The Shanxi page comes out as exactly its twin's text, so the twin (after it in the batch) is a duplicate of it.
  await expect(report.getByRole('row', { name: /^shanxi-silk-road-launch-2019-09-16\.html Imported/ })).toBeVisible();
  await expect(
    report.getByRole('row', {
      name: /^shanxi-silk-road-launch-2019-09-16\.txt Duplicate The same text is already in the library: “山西品牌丝路行（南美站）正式启动”/,
    }),
  ).toBeVisible();

  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();

  for (const stem of ['daliang-inspection-2019-02-27', 'shanxi-silk-road-launch-2019-09-16']) {
    await openFromReport(page, `${stem}.txt`);
    await expect(report).toBeHidden();
    const fromText = await articleParagraphs(page);
    const titleFromText = await page.getByRole('article').getByRole('heading', { level: 1 }).innerText();
    await openFromReport(page, `${stem}.html`);
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(titleFromText);
    const fromPage = await articleParagraphs(page);
    // The page's body paragraphs are the twin's, word for word (the twin's credit lines aside).
    expect(fromPage.filter((text) => !/^(发布日期|责任编辑)/.test(text))).toEqual(
      fromText.filter((text) => !/^(发布日期|责任编辑)/.test(text)),
    );
    await expect(page.getByRole('article')).not.toContainText('打印');
    await expect(page.getByRole('article')).not.toContainText('首页');
  }
  expect(await page.evaluate(() => (window as unknown as { __networkCalls: string[] }).__networkCalls)).toEqual([]);
});

test('files dropped on the window import, with a binary file refused by name', async ({ offlinePage: page }) => {
  await openApp(page);
  const files = [
    {
      name: 'fucheng-standing-committee-2021-01-05.txt',
      text: readFileSync(join(corpusDir, 'fucheng-standing-committee-2021-01-05.txt'), 'utf8'),
    },
    {
      name: 'shanxi-silk-road-launch-2019-09-16.html',
      text: readFileSync(join(corpusDir, 'shanxi-silk-road-launch-2019-09-16.html'), 'utf8'),
    },
  ];
  await page.evaluate(
    ({ files, binary }) => {
      const data = new DataTransfer();
      for (const file of files) data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
      data.items.add(new File([new Uint8Array(binary)], 'scan.txt', { type: 'text/plain' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { files, binary: [...BINARY.buffer] },
  );
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Imported 2 issues.');
  await expect(banner).toContainText('scan.txt: the file holds binary data, not text');
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(3);
  await expect(library.getByRole('link', { name: /^山西品牌丝路行（南美站）正式启动/ })).toBeVisible();
});

test('pages with script, handler, URL, frame and SVG payloads import sanitized and run nothing', async ({ offlinePage: page }) => {
  await watchForPayloads(page);
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const pages = payloadPages();
  await (await chooser).setFiles(pages.map((file) => ({ name: file.name, mimeType: 'text/html', buffer: Buffer.from(file.bytes) })));
  await expect(page.getByRole('status')).toContainText(`Imported ${pages.length} issues.`);
  // Open each: reading them must not run anything either.
  const library = page.getByRole('list', { name: 'Library' });
  for (let index = 1; index <= pages.length; index++) {
    await library.getByRole('link', { name: new RegExp(`^安全生产会议第${index}次`) }).click();
    await expect(page.getByRole('article')).toContainText('区委书记主持召开会议');
    await expect(page.getByRole('article').locator('script, iframe, img, svg, a[href^="javascript"]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Library' }).click();
  }
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __networkCalls: string[] }).__networkCalls)).toEqual([]);
});
