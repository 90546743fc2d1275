// `npm run bench -- --scale 50000` (or READOUT_BENCH_SCALE=50000): Readout's own paths at 10,000
// issues and at the given size, one library at a time in the app's own database, each figure
// beside its 10,000-issue value from the same run. Peers and brute-force scans run on samples
// (tests/bench/page/scale-bench.ts), so the benchmark itself fits in memory at 50,000.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { hrefFor } from '../../renderer/src/ui/app/route';
import { medianOf, timeNavigation } from './navigation-timing';

// The size every figure is set beside; READOUT_BENCH_SCALE_BASE changes it for a quick try of the run.
export const BASE_SIZE = Number(process.env.READOUT_BENCH_SCALE_BASE ?? 10_000);

/** The size asked for on the command line (--scale N) or in READOUT_BENCH_SCALE; null for the ordinary run. */
export function scaleFromArguments(argv: readonly string[], environment: NodeJS.ProcessEnv): number | null {
  const flag = argv.indexOf('--scale');
  const value = flag >= 0 ? argv[flag + 1] : environment.READOUT_BENCH_SCALE;
  if (value === undefined) return null;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1_000) throw new Error(`--scale wants a whole number of issues of at least 1,000, not "${value}"`);
  return size;
}

type Figures = Record<string, { value: number; text: string }>;

interface Target {
  label: string;
  met: (value: number) => boolean;
}

const targets: Record<string, Target> = {
  importRate: { label: '≥ 150 issues/s', met: (value) => value >= 150 },
  indexVsText: { label: '≤ 1.00× the text', met: (value) => value <= 1 },
  libraryRender: { label: '≤ 1 s', met: (value) => value <= 1000 },
  openIssue: { label: '≤ 50 ms', met: (value) => value <= 50 },
  searchP95: { label: '≤ 5 ms', met: (value) => value <= 5 },
  searchExact: { label: 'all exact', met: (value) => value === 1 },
  coldSearch: { label: '≤ 500 ms', met: (value) => value <= 500 },
  heapAtRest: { label: '≤ 200 MB', met: (value) => value <= 200 },
};

const mb = (bytes: number) => bytes / 1e6;

async function benchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/bench/index.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  return page;
}

/** The JS heap in use after a full garbage collection, in MB. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return mb(usedSize);
}

/** Fresh loads of the library until its rows are painted (navigation start → rows), median of three. */
async function libraryFirstRender(context: BrowserContext, libraryUrl: string): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const page = await context.newPage();
    await page.goto(libraryUrl, { waitUntil: 'commit' });
    const painted = await page.waitForFunction(() => document.querySelector('[role="listitem"] a') && performance.now(), undefined, {
      polling: 'raf',
      timeout: 120_000,
    });
    times.push((await painted.jsonValue()) as number);
    await page.close();
  }
  return medianOf(times);
}

async function measureSize(context: BrowserContext, url: string, size: number): Promise<Figures> {
  const figures: Figures = {};
  // Each figure is printed as it is measured too, so a long run that is stopped still says what it found.
  const put = (key: string, value: number, text: string) => {
    figures[key] = { value, text };
    if (text) console.log(`  ${size.toLocaleString('en')} issues, ${key}: ${text}`);
  };
  const libraryUrl = `${url}/web/index.html?lng=en#/library`;

  let bench = await benchPage(context, url);
  const imported = await bench.evaluate((count) => window.readoutBench.scaleImport(count), size);
  put(
    'importRate',
    imported.issuesPerSecond,
    `${imported.issuesPerSecond.toFixed(0)} issues/s (${(imported.importMs / 1000).toFixed(0)} s)`,
  );
  const storage = await bench.evaluate(() => window.readoutBench.scaleStorage());
  const bytesOf = (...names: string[]) => names.reduce((sum, name) => sum + (storage.tables[name]?.bytes ?? 0), 0);
  const allBytes = Object.values(storage.tables).reduce((sum, table) => sum + table.bytes, 0);
  put(
    'importVsRaw',
    imported.importMs / storage.rawMs,
    `${(imported.importMs / storage.rawMs).toFixed(2)}× (raw ${(storage.rawMs / 1000).toFixed(0)} s)`,
  );
  const textBytes = bytesOf('issueTexts');
  const indexBytes = bytesOf('searchDocs', 'searchSegments', 'searchPostings');
  put('textBytes', textBytes, `${mb(textBytes).toFixed(0)} MB (files ${mb(imported.textBytes).toFixed(0)} MB)`);
  put('indexVsText', indexBytes / textBytes, `${mb(indexBytes).toFixed(0)} MB = ${(indexBytes / textBytes).toFixed(2)}× the text`);
  put(
    'eventBytes',
    bytesOf('events', 'people'),
    `${mb(bytesOf('events', 'people')).toFixed(0)} MB (${storage.tables.events?.rows.toLocaleString('en')} proposed events)`,
  );
  put(
    'lexiconBytes',
    bytesOf('lexiconCounts'),
    `${mb(bytesOf('lexiconCounts')).toFixed(0)} MB (${storage.tables.lexiconCounts?.rows.toLocaleString('en')} rows)`,
  );
  put('allBytes', allBytes, `${mb(allBytes).toFixed(0)} MB of records; storage estimate ${mb(storage.usageBytes).toFixed(0)} MB`);
  await bench.close();

  const libraryRender = await libraryFirstRender(context, libraryUrl);
  put('libraryRender', libraryRender, `${libraryRender.toFixed(0)} ms`);

  const app = await context.newPage();
  const cdp = await context.newCDPSession(app);
  await app.goto(libraryUrl);
  // At rest: the library shown with every issue loaded (its count is written once all are in).
  await app.getByText(/^[\d,]+ issues$/).waitFor({ timeout: 120_000 });
  await app.waitForTimeout(1_000);
  const heapAtRest = await heapAfterGc(cdp);
  put('heapAtRest', heapAtRest, `${heapAtRest.toFixed(0)} MB`);

  const open = await timeNavigation(app, libraryUrl, `#/issue/${imported.sampleId}`, 'article h1');
  put('openIssue', open.painted, `${open.painted.toFixed(0)} ms`);

  bench = await benchPage(context, url);
  const search = await bench.evaluate(() => window.readoutBench.scaleSearch());
  put('searchP50', search.p50, `${search.p50.toFixed(2)} ms`);
  put('searchP95', search.p95, `${search.p95.toFixed(2)} ms`);
  put(
    'searchExact',
    search.exact / search.queries,
    `${search.exact} of ${search.queries} exact on a ${search.sampled.toLocaleString('en')}-issue sample`,
  );
  await bench.reload();
  await bench.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const cold = await bench.evaluate(() => window.readoutBench.scaleColdSearch());
  put(
    'coldSearch',
    cold.firstMs,
    `${cold.firstMs.toFixed(0)} ms (${cold.firstTotal.toLocaleString('en')} found; next ${cold.secondMs.toFixed(0)} ms)`,
  );

  // A burst of searches in the app's Search view, then the heap once back at rest.
  await app.goto(libraryUrl);
  await app.getByRole('listitem').first().waitFor();
  for (const query of ['城市更新', '招商引资', '高质量发展', '营商环境', '乡村振兴', '项目建设', '安全生产', '民生', '科技创新', '产业']) {
    await app.evaluate((hash) => (window.location.hash = hash), hrefFor({ view: 'search', query }));
    await app.locator('.search-results li').first().waitFor({ timeout: 60_000 });
  }
  const heapAfterSearch = await heapAfterGc(cdp);
  put('heapAfterSearch', heapAfterSearch, `${heapAfterSearch.toFixed(0)} MB`);

  const recount = await bench.evaluate(() => window.readoutBench.scaleRecount());
  put('recount', recount.ms, `${(recount.ms / 1000).toFixed(1)} s (集成电路 in ${recount.issues.toLocaleString('en')} issues)`);

  // The Timeline with ten events per issue, the Notes view with two highlights per issue.
  const events = await bench.evaluate((count) => window.readoutBench.seedAppEvents(count), size * 10);
  const timeline = await timeNavigation(app, libraryUrl, '#/timeline', '[role="list"] [role="listitem"] article', 3);
  put('timeline', timeline.painted, `${timeline.painted.toFixed(0)} ms (${events.events.toLocaleString('en')} events)`);
  const notes = await bench.evaluate((count) => window.readoutBench.seedLibraryHighlights(count, 5), size * 2);
  const notesTiming = await timeNavigation(app, libraryUrl, '#/notes', '[aria-label="Highlights and notes"] blockquote', 3);
  put('notes', notesTiming.painted, `${notesTiming.painted.toFixed(0)} ms (${notes.highlights.toLocaleString('en')} highlights)`);
  await bench.close();
  await app.close();
  return figures;
}

const rows: [key: string, label: string][] = [
  ['importRate', 'import (read, parse, store with index, events, counts)'],
  ['importVsRaw', 'import / raw bulkPut of everything it writes'],
  ['textBytes', 'stored: issue texts'],
  ['indexVsText', 'stored: search index'],
  ['eventBytes', 'stored: events and people'],
  ['lexiconBytes', 'stored: lexicon counts'],
  ['allBytes', 'stored: all'],
  ['libraryRender', 'library first render (navigation → rows painted)'],
  ['openIssue', 'open an issue (click → text painted, median of 5)'],
  ['searchP50', 'search p50 (300 queries, warm)'],
  ['searchP95', 'search p95'],
  ['searchExact', 'search exactness'],
  ['coldSearch', 'first search after a cold start'],
  ['heapAtRest', 'JS heap at rest, library loaded (after GC)'],
  ['heapAfterSearch', 'JS heap after 10 searches in the Search view'],
  ['recount', 'lexicon: re-count after adding a phrase'],
  ['timeline', 'Timeline first render'],
  ['notes', 'Notes view first render'],
];

export async function runScaleBench(browser: Browser, url: string, size: number): Promise<void> {
  console.log(`Readout scale benchmark — Chromium ${browser.version()}, ${new Date().toISOString()}`);
  const sizes = [BASE_SIZE, size];
  const results: Figures[] = [];
  for (const each of sizes) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const started = Date.now();
    results.push(await measureSize(context, url, each));
    console.log(`  (${each.toLocaleString('en')} issues measured in ${((Date.now() - started) / 60_000).toFixed(1)} min)`);
    await context.close();
  }
  const header = ['', ...sizes.map((each) => `${each.toLocaleString('en')} issues`), `target at ${size.toLocaleString('en')}`];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const [key, label] of rows) {
    const target = targets[key];
    const largest = results[results.length - 1]![key]!;
    const verdict = target ? `${target.label}: ${target.met(largest.value) ? 'met' : 'MISSED'}` : '';
    console.log(`| ${[label, ...results.map((figures) => figures[key]?.text ?? '–'), verdict].join(' | ')} |`);
  }
}
