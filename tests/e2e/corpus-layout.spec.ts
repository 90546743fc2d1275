// Every view right on real issues, not only the sample: the whole shared corpus (dev/ and extra/
// included) is imported once, then each issue is opened at 1400×900 and checked for what a person
// would notice at once: the article is the widest region and wide enough to read (most real
// issues have no Sections outline, and the grid once squeezed them into the outline's column);
// the Events table and the Annotations panel are both in view on the first screen (the table
// once sat below the whole article).
// Then the Timeline of all their events: no row is drawn over another (rows once had fixed
// heights, and an event naming many officials spilled into the next row).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { corpusDir, expect, openApp, test } from './fixtures';

const VIEWPORT = { width: 1400, height: 900 };

/** The corpus's digests (.txt, .html) in all its folders, as paths relative to the corpus. */
function corpusDigests(dir = corpusDir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return corpusDigests(path);
      return /\.(txt|html)$/.test(name) && !/README/i.test(name) ? [relative(corpusDir, path)] : [];
    });
}

interface Box {
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The reader's regions as laid out now: the article, the outline (if any) and the side panels. */
async function readerBoxes(page: Page): Promise<{ rem: number; boxes: Box[] }> {
  return page.evaluate(() => {
    const box = (name: string, element: Element | null) => {
      if (!element) return [];
      const rect = element.getBoundingClientRect();
      return [{ name, left: rect.left, top: rect.top, width: rect.width, height: rect.height }];
    };
    const main = document.querySelector('main');
    return {
      rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
      boxes: [
        ...box('article', main?.querySelector('article') ?? null),
        ...box('outline', main?.querySelector('nav') ?? null),
        ...box('Annotations', main?.querySelector('section[aria-label="Annotations"]') ?? null),
      ],
    };
  });
}

/**
 * What stops the Events table and the Annotations panel from being seen at once: each must show
 * on the first screen (not past the article) and neither may be drawn over the other. The
 * Events table spans the page under the article, so it is left out of the width comparison.
 */
async function reviewPanelProblems(page: Page): Promise<string[]> {
  const viewportHeight = page.viewportSize()!.height;
  const rect = async (name: string) => (await page.getByRole('region', { name, exact: true }).boundingBox())!;
  const events = await rect('Events');
  const annotations = await rect('Annotations');
  const problems: string[] = [];
  const table = page.getByRole('region', { name: 'Events', exact: true }).getByRole('table');
  if ((await table.count()) > 0) {
    const header = (await table.getByRole('row').first().boundingBox())!;
    if (header.y < 0 || header.y + header.height > viewportHeight) problems.push(`the Events table's header is off screen (y ${header.y})`);
  }
  if (events.y + 24 > viewportHeight) problems.push(`Events starts at ${events.y}px, below the window`);
  if (annotations.y + 24 > viewportHeight) problems.push(`Annotations starts at ${annotations.y}px, below the window`);
  const overlapX = Math.min(events.x + events.width, annotations.x + annotations.width) - Math.max(events.x, annotations.x);
  const overlapY = Math.min(events.y + events.height, annotations.y + annotations.height) - Math.max(events.y, annotations.y);
  if (overlapX > 1 && overlapY > 1) problems.push(`Events and Annotations overlap by ${overlapY.toFixed(0)}px`);
  return problems;
}

/** Rows of the Timeline's list whose drawn content reaches into the next row, as "a / b" labels. */
async function overlappingTimelineRows(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Events by date' }).evaluate((list) => {
    // A row's content (its event or week heading), not the row element: a row of fixed height
    // would never overlap by its own box while its content spills over the next one.
    const drawn = [...list.querySelectorAll(':scope > [role="listitem"]')]
      .map((row) => {
        const content = row.firstElementChild ?? row;
        const rect = content.getBoundingClientRect();
        return { label: (content.textContent ?? '').slice(0, 40), top: rect.top, bottom: rect.bottom };
      })
      .sort((a, b) => a.top - b.top);
    const overlaps: string[] = [];
    for (let i = 1; i < drawn.length; i++) {
      if (drawn[i]!.top < drawn[i - 1]!.bottom - 0.5) overlaps.push(`${drawn[i - 1]!.label} / ${drawn[i]!.label}`);
    }
    return overlaps;
  });
}

test('every corpus issue reads in the widest region, at least 30 rem wide, with or without a Sections outline; no Timeline row is drawn over another', async ({
  offlinePage: page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize(VIEWPORT);
  await openApp(page);
  const digests = corpusDigests();
  expect(digests.length).toBeGreaterThan(50);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await chooser
  ).setFiles(
    digests.map((path) => ({
      name: path.replace(/\//g, '_'),
      mimeType: 'application/octet-stream',
      buffer: readFileSync(join(corpusDir, path)),
    })),
  );
  await page.getByRole('button', { name: 'Import report' }).click({ timeout: 120_000 });
  const report = page.getByRole('dialog', { name: 'Import report' });
  // Each imported file links to its issue; a twin that is a duplicate links to the first copy.
  const links = await report
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((anchor) => ({ name: anchor.textContent ?? '', href: anchor.getAttribute('href') ?? '' })));
  expect(links.length).toBeGreaterThan(50);
  await report.getByRole('button', { name: 'Close' }).click();

  const problems: string[] = [];
  for (const { name, href } of links) {
    await page.evaluate((target) => {
      window.location.hash = target.replace(/^#/, '');
    }, href);
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Events' })).toBeVisible();
    await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
    const { rem, boxes } = await readerBoxes(page);
    const articleBox = boxes.find((box) => box.name === 'article')!;
    if (articleBox.width < 30 * rem) problems.push(`${name}: the article is ${(articleBox.width / rem).toFixed(1)} rem wide`);
    for (const problem of await reviewPanelProblems(page)) problems.push(`${name}: ${problem}`);
    for (const other of boxes.filter((box) => box.name !== 'article')) {
      if (other.width >= articleBox.width)
        problems.push(`${name}: ${other.name} (${other.width}px) is as wide as the article (${articleBox.width}px)`);
    }
  }
  expect(problems).toEqual([]);

  // The Timeline of every imported event, looked at from top to bottom in screenfuls.
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /events? shown/ })).toBeVisible({ timeout: 60_000 });
  const scroller = page.getByRole('list', { name: 'Events by date' }).locator('..');
  const { scrollHeight, clientHeight } = await scroller.evaluate((element) => ({
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  expect(scrollHeight).toBeGreaterThan(clientHeight * 3);
  for (let top = 0; top < scrollHeight; top += clientHeight) {
    await scroller.evaluate((element, y) => element.scrollTo(0, y), top);
    // Rows are measured after they are drawn: wait (without a time limit of its own) until the
    // layout settles, and fail if rows still overlap.
    await expect.poll(() => overlappingTimelineRows(page), { timeout: 30_000 }).toEqual([]);
  }
});
