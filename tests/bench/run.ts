// `npm run bench`: one run in headless Chromium against the built app (out/web) and the
// benchmark page (out/bench), printing each figure beside its target. Ratios compare against a
// baseline measured in the same run, so the figures hold on any machine. With --scale N (or
// READOUT_BENCH_SCALE=N) it runs the scale mode instead (scale.ts): 10,000 issues beside N.
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../chromium';
import { serveStatic } from './static-server';
import { encodeExportSpec } from '../../renderer/src/domain/export/spec';
import { hrefFor } from '../../renderer/src/ui/app/route';
import { issueBriefSpec } from './page/export-bench';
import { timeNavigation } from './navigation-timing';
import { runScaleBench, scaleFromArguments } from './scale';

const outDir = fileURLToPath(new URL('../../out/', import.meta.url));
const LIBRARY_SIZE = 10_000;
const IMPORT_COUNT = 1_000;
const PARSE_COUNT = 2_000;

function line(label: string, value: string, target?: string, met?: boolean): void {
  const verdict = target === undefined ? '' : `  (target ${target}: ${met ? 'met' : 'MISSED'})`;
  console.log(`${label.padEnd(46)} ${value}${verdict}`);
}

const scale = scaleFromArguments(process.argv.slice(2), process.env);
const { server, url } = await serveStatic(outDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
if (scale !== null) {
  try {
    await runScaleBench(browser, url, scale);
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(0);
}
try {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const bench = await context.newPage();
  await bench.goto(`${url}/bench/index.html`);
  await bench.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');

  console.log(`Readout benchmark — Chromium ${browser.version()}, ${new Date().toISOString()}`);
  const parse = await bench.evaluate((count) => window.readoutBench.parseThroughput(count), PARSE_COUNT);
  line('parse throughput', `${parse.mbPerSecond.toFixed(1)} MB/s (${parse.issues} synthetic issues, ${parse.megabytes.toFixed(1)} MB)`);

  const trash = await bench.evaluate((count) => window.readoutBench.trashBench(count), 1000);
  line(
    `move an issue with ${trash.highlights.toLocaleString('en')} highlights to the Trash`,
    `${trash.moveMs.toFixed(0)} ms (median of ${trash.rounds})`,
    '≤ 200 ms',
    trash.moveMs <= 200,
  );
  line('  raw bulkPut + bulkDelete of the same highlights (baseline)', `${trash.rawMs.toFixed(0)} ms (median of ${trash.rounds})`);
  line(
    `restore it from the Trash (re-indexed)`,
    `${trash.restoreMs.toFixed(0)} ms (median of ${trash.rounds})`,
    '≤ 200 ms',
    trash.restoreMs <= 200,
  );

  const imported = await bench.evaluate((count) => window.readoutBench.importVersusBulkPut(count), IMPORT_COUNT);
  line(
    'raw Dexie bulkPut (baseline)',
    `${imported.rawMs.toFixed(0)} ms for ${imported.count} issues (median of ${imported.rounds} rounds)`,
  );
  line(
    'import: store path only / bulkPut',
    `${imported.storeRatio.toFixed(2)}× (${imported.storeMs.toFixed(0)} ms)`,
    '≤ 2.0',
    imported.storeRatio <= 2,
  );
  line(
    'import: read + parse + store / bulkPut',
    `${imported.importRatio.toFixed(2)}× (${imported.importMs.toFixed(0)} ms, ${imported.imported} imported)`,
    '≤ 2.0',
    imported.importRatio <= 2,
  );
  line(
    'raw bulkPut of all the import writes',
    `${imported.rawAllMs.toFixed(0)} ms (${imported.recordCount.toLocaleString('en')} records: issues, texts, events, people, search index)`,
  );
  line('import: store path / bulkPut of all it writes', `${imported.storeVsAllRatio.toFixed(2)}×`, '≤ 2.0', imported.storeVsAllRatio <= 2);
  const mixed = await bench.evaluate((count) => window.readoutBench.mixedImportBench(count), 1000);
  line(
    'import: 1,000 mixed files (txt UTF-8/BOM/UTF-16LE/GB18030, html, docx)',
    `${mixed.filesPerSecond.toFixed(0)} files/s (${(mixed.importMs / 1000).toFixed(1)} s for ${mixed.megabytes.toFixed(1)} MB, ${Object.entries(
      mixed.results,
    )
      .map(([result, n]) => `${n} ${result}`)
      .join(', ')}${mixed.refused.length > 0 ? `; refused ${mixed.refused.join(', ')}` : ''})`,
  );
  line('import: mixed files / raw bulkPut of the same issues', `${mixed.ratio.toFixed(1)}× (raw store ${mixed.rawMs.toFixed(0)} ms)`);

  const seeded = await bench.evaluate((count) => window.readoutBench.seedAppLibrary(count), LIBRARY_SIZE);
  await bench.close();

  const app = await context.newPage();
  await app.goto(`${url}/web/index.html?lng=en#/library`, { waitUntil: 'commit' });
  const firstRender = await app.waitForFunction(() => document.querySelector('[role="listitem"] a') && performance.now(), undefined, {
    polling: 'raf',
  });
  const firstRenderMs = (await firstRender.jsonValue()) as number;
  line(
    `first library render, ${seeded.issues} issues`,
    `${firstRenderMs.toFixed(0)} ms (navigation start → rows painted)`,
    '≤ 1 s',
    firstRenderMs <= 1000,
  );

  const libraryUrl = `${url}/web/index.html?lng=en#/library`;
  // What a click on its library row does.
  const sampleHash = `#/issue/${seeded.sampleId}`;
  const openSample = await timeNavigation(app, libraryUrl, sampleHash, 'article h1');
  const openSampleMs = openSample.painted;
  line(
    'open the sample issue',
    `${openSampleMs.toFixed(1)} ms (median of 5, click → text painted; in the DOM after ${openSample.rendered.toFixed(1)} ms)`,
    '≤ 50 ms',
    openSampleMs <= 50,
  );

  // Search (features/search): on its own page and database, so the figures above are untouched.
  const searchPage = await context.newPage();
  await searchPage.goto(`${url}/bench/index.html`);
  await searchPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const searchCount = Number(process.env.READOUT_BENCH_SEARCH_ISSUES ?? LIBRARY_SIZE);
  const search = await searchPage.evaluate((count) => window.readoutBench.searchBench(count), searchCount);
  // The cold start: a fresh page load (nothing in memory), then the first search on the library just built.
  await searchPage.reload();
  await searchPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const searchCold = await searchPage.evaluate(() => window.readoutBench.searchColdStart());
  await searchPage.close();
  const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
  line(
    `search: queries on ${search.issues} issues`,
    `${search.queries} drawn from the text; ${search.exact} exactly equal to the scan`,
    `all ${search.queries}`,
    search.exact === search.queries,
  );
  line('search: query latency p50 / p95 (warm)', `${ms(search.p50)} / ${ms(search.p95)}`, 'p95 ≤ 5 ms', search.p95 <= 5);
  line('search: brute-force scan p50 / p95', `${ms(search.bruteP50)} / ${ms(search.bruteP95)}`);
  const speedup = search.bruteP50 / search.p50;
  line('search: index vs brute force (p50)', `${speedup.toFixed(1)}× faster`, '≥ 5×', speedup >= 5);
  for (const flex of search.flex) {
    line(
      `search: ${flex.name}`,
      `p50 ${ms(flex.p50)}, p95 ${ms(flex.p95)}, recall ${flex.recall.toFixed(3)}, precision ${flex.precision.toFixed(3)}, build ${(flex.buildMs / 1000).toFixed(1)} s`,
    );
  }
  line(
    'search: index build (import with − without)',
    `${(search.indexBuildMs / 1000).toFixed(1)} s (fold table ${ms(search.foldTableMs)})`,
  );
  line(
    'search: import slowdown from the index alone',
    `${search.indexOnlySlowdown.toFixed(2)}× (${(search.plainMs / 1000).toFixed(1)} s → ${(search.indexOnlyMs / 1000).toFixed(1)} s; issues + texts + index, one transaction per chunk)`,
  );
  line(
    'search: storeIssues (index + events) / plain',
    `${search.importSlowdown.toFixed(2)}× (${(search.plainMs / 1000).toFixed(1)} s → ${(search.indexedMs / 1000).toFixed(1)} s)`,
  );
  line(
    'search: compaction after the import',
    `${ms(search.compactionMs)}: ${search.compaction.rewritten} of ${search.segmentsBeforeCompaction} segments rewritten, ${search.compaction.deleted} deleted, ${search.compaction.documentsDropped.toLocaleString('en')} dead documents dropped (${(search.indexBytesBeforeCompaction / 1e6).toFixed(1)} MB before)`,
  );
  const megabytes = search.indexBytes / 1e6;
  line(
    'search: index size (sum of records)',
    `${megabytes.toFixed(1)} MB in ${search.postingRecords} posting records, ${search.segments} segments, after the compaction (storage estimate grew ${(search.estimateDeltaBytes / 1e6).toFixed(1)} MB with the texts)`,
    '≤ 100 MB',
    megabytes <= 100,
  );
  line(
    'search: first search after a cold start',
    `${ms(searchCold.firstSearchMs)} (page reload → 城市更新 results with snippets, ${searchCold.firstTotal} found; next query ${ms(searchCold.secondSearchMs)})`,
  );

  // Events: extraction throughput, then the Timeline's first render with 100,000 events stored.
  const eventsPage = await context.newPage();
  await eventsPage.goto(`${url}/bench/index.html`);
  await eventsPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const extraction = await eventsPage.evaluate((count) => window.readoutBench.extractionThroughput(count), PARSE_COUNT);
  line(
    'event extraction throughput',
    `${Math.round(extraction.paragraphsPerSecond).toLocaleString('en')} paragraphs/s (${extraction.paragraphs} paragraphs of ${extraction.issues} issues, ${extraction.events} events)`,
  );
  line('first event extraction after start-up (gazetteer loading included)', `${Math.round(extraction.firstMs)} ms`);
  const seededEvents = await eventsPage.evaluate((count) => window.readoutBench.seedAppEvents(count), 100_000);
  await eventsPage.close();
  // Like opening the sample: the app is loaded, then the Timeline link is followed (a hash change).
  const timelineMs = (await timeNavigation(app, libraryUrl, '#/timeline', '[role="list"] [role="listitem"] article')).painted;
  line(
    `Timeline first render, ${seededEvents.events.toLocaleString('en')} events`,
    `${timelineMs.toFixed(0)} ms (median of 5, Timeline link → first rows painted)`,
    '≤ 200 ms',
    timelineMs <= 200,
  );

  // Highlights: re-anchoring 10,000 highlights after seeded edits, the app beside the
  // approx-string-match peer on the same edit set; then opening the sample with 1,000 highlights.
  const highlightsPage = await context.newPage();
  await highlightsPage.goto(`${url}/bench/index.html`);
  await highlightsPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const anchoring = await highlightsPage.evaluate((count) => window.readoutBench.reanchorBench(count), 10_000);
  const share = (n: number) => `${((100 * n) / anchoring.highlights).toFixed(1)} %`;
  const verdicts = (counts: typeof anchoring.app.counts) =>
    `exact ${share(counts.exact)}, boundary-off ${share(counts['boundary-off'])}, wrong place ${share(counts['wrong place'])} (${counts['wrong place']}), orphaned ${share(counts.orphaned)}`;
  console.log(
    `re-anchoring ${anchoring.highlights.toLocaleString('en')} highlights after seeded edits (${anchoring.textGone} whose text was deleted):`,
  );
  line(
    '  Readout reanchor(), following the diff of old and new text',
    `${anchoring.app.ms.toFixed(0)} ms; ${verdicts(anchoring.app.counts)}`,
    '≥ 95 % exact, 0 wrong, ≤ 200 ms',
    anchoring.app.counts.exact / anchoring.highlights >= 0.95 && anchoring.app.counts['wrong place'] === 0 && anchoring.app.ms <= 200,
  );
  line(
    '  Readout reanchor(), selectors only (old text unknown)',
    `${anchoring.selectorsOnly.ms.toFixed(0)} ms; ${verdicts(anchoring.selectorsOnly.counts)}`,
  );
  line('  peer: approx-string-match (Hypothesis scoring)', `${anchoring.peer.ms.toFixed(0)} ms; ${verdicts(anchoring.peer.counts)}`);
  const withHighlights = await highlightsPage.evaluate(({ count, sampleId }) => window.readoutBench.seedSampleHighlights(count, sampleId), {
    count: 1000,
    sampleId: seeded.sampleId,
  });
  // Lexicon marks: one issue marked with a 1,000-phrase lexicon, beside one indexOf scan per phrase.
  const marking = await highlightsPage.evaluate((size) => window.readoutBench.lexiconMarkBench(size), 1000);
  line(
    `mark one issue with a ${marking.phrases.toLocaleString('en')}-phrase lexicon`,
    `${marking.markMs.toFixed(2)} ms (median of ${marking.rounds}; ${marking.marks} marks in ${marking.blocks} blocks, ${marking.characters.toLocaleString('en')} characters; automaton built once in ${marking.compileMs.toFixed(0)} ms)`,
    '≤ 2 ms',
    marking.markMs <= 2,
  );
  line(
    '  one indexOf scan per phrase, same text (baseline)',
    `${marking.scanMs.toFixed(2)} ms (${marking.scanned} found); marking / scan ${(marking.markMs / marking.scanMs).toFixed(2)}×`,
  );
  // As the sample's open, but done only when the highlights and the lexicon marks (on by default) are painted too.
  const bothPainted = 'article:has(mark[data-highlight-ids]):has(mark[data-lexicon])';
  const markedMs = (await timeNavigation(app, libraryUrl, sampleHash, bothPainted)).painted;
  line(
    `open the sample with ${withHighlights.highlights.toLocaleString('en')} highlights and marks on`,
    `${markedMs.toFixed(1)} ms (median of 5, click → text, highlights and lexicon marks painted)`,
    '≤ 50 ms',
    markedMs <= 50,
  );
  await highlightsPage.evaluate(() => window.readoutBench.setMarkLexicon(false));
  const unmarkedMs = (await timeNavigation(app, libraryUrl, sampleHash, 'article mark[data-highlight-ids]')).painted;
  await highlightsPage.evaluate(() => window.readoutBench.setMarkLexicon(true));
  await highlightsPage.close();
  line('  the same with marks off (baseline)', `${unmarkedMs.toFixed(1)} ms; marks on / off ${(markedMs / unmarkedMs).toFixed(2)}×`);

  // Export: 1,000 annotations to a Word brief (in the page), and to PDF through the print view.
  const exportPage = await context.newPage();
  await exportPage.goto(`${url}/bench/index.html`);
  await exportPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const docx = await exportPage.evaluate((id) => window.readoutBench.docxBench(id), seeded.sampleId);
  await exportPage.close();
  line(
    `export: ${docx.highlights.toLocaleString('en')} annotations → .docx`,
    `${docx.ms.toFixed(0)} ms (${(docx.bytes / 1024).toFixed(0)} KB)`,
    '≤ 1 s',
    docx.ms <= 1000,
  );
  const printStart = Date.now();
  await app.goto(`${url}/web/index.html?lng=en${hrefFor({ view: 'print', spec: encodeExportSpec(issueBriefSpec(seeded.sampleId)) })}`);
  await app.waitForSelector('body[data-print-ready="true"]');
  const pdf = await app.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  const pdfMs = Date.now() - printStart;
  line(
    `export: ${docx.highlights.toLocaleString('en')} annotations → PDF (print view)`,
    `${pdfMs} ms (${(pdf.byteLength / 1024).toFixed(0)} KB, load → rendered → printed)`,
    '≤ 3 s',
    pdfMs <= 3000,
  );

  // Notes view: 10,000 more highlights spread over the library (after the export lines, which
  // count the sample's), then, as for the Timeline, the Notes link followed until cards are painted.
  const notesPage = await context.newPage();
  await notesPage.goto(`${url}/bench/index.html`);
  await notesPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const seededNotes = await notesPage.evaluate(({ count, notes }) => window.readoutBench.seedLibraryHighlights(count, notes), {
    count: 10_000,
    notes: 5,
  });
  await notesPage.close();
  const notesMs = (await timeNavigation(app, libraryUrl, '#/notes', '[aria-label="Highlights and notes"] blockquote')).painted;
  line(
    `Notes view first render, ${seededNotes.highlights.toLocaleString('en')} highlights`,
    `${notesMs.toFixed(0)} ms (median of 5, Notes link → first cards painted; ${seededNotes.added.toLocaleString('en')} spread over the library and the sample's ${(seededNotes.highlights - seededNotes.added).toLocaleString('en')}, on ${seededNotes.issues.toLocaleString('en')} issues; ${seededNotes.issueNotes} issue notes)`,
    '≤ 200 ms',
    notesMs <= 200,
  );

  // Trends: the first chart of the Trends view with 10,000 issues — read, series and SVG chart,
  // against the raw read of the same tables in the same run (tests/bench/page/trends-bench.ts).
  const trendsPage = await context.newPage();
  await trendsPage.goto(`${url}/bench/index.html`);
  await trendsPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const trends = await trendsPage.evaluate((count) => window.readoutBench.trendsChartBench(count), LIBRARY_SIZE);
  await trendsPage.close();
  line(
    `Trends view first chart, ${trends.issues.toLocaleString('en')} issues`,
    `${trends.firstMs.toFixed(0)} ms (median of ${trends.rounds}: read + series of 3 phrases per week, ${trends.periods} weeks, + ECharts SVG render; read ${trends.readMs.toFixed(0)} ms, series ${trends.computeMs.toFixed(1)} ms)`,
    '≤ 200 ms',
    trends.firstMs <= 200,
  );
  line(
    '  raw read of issues + every count row (baseline)',
    `${trends.rawMs.toFixed(0)} ms (issues alone ${trends.rawIssuesMs.toFixed(0)} ms, count rows alone ${trends.rawCountsMs.toFixed(0)} ms); first chart / raw read ${trends.ratio.toFixed(2)}×`,
  );

  // Lexicon: re-counting the library after an edit, on a library of its own (lexicon-bench.ts).
  const lexiconPage = await context.newPage();
  await lexiconPage.goto(`${url}/bench/index.html`);
  await lexiconPage.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  const recount = await lexiconPage.evaluate((count) => window.readoutBench.lexiconRecountBench(count), LIBRARY_SIZE);
  await lexiconPage.close();
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  line(
    `lexicon: re-count ${recount.issues.toLocaleString('en')} issues after adding a phrase`,
    `${seconds(recount.addMs)} (${recount.readMs > 0 ? (recount.addMs / recount.readMs).toFixed(2) : '–'}× reading the texts; 集成电路 found ${recount.added.toLocaleString('en')} times)`,
    '≤ 5 s',
    recount.addMs <= 5000,
  );
  line(
    '  after editing its variants',
    `${seconds(recount.editMs)} (${(recount.editMs / recount.readMs).toFixed(2)}×; with 产业集群 ${recount.edited.toLocaleString('en')} times)`,
    '≤ 5 s',
    recount.editMs <= 5000,
  );
  line(
    '  after adding an overlapping phrase (城市更新行动)',
    `${seconds(recount.overlapMs)} (${(recount.overlapMs / recount.readMs).toFixed(2)}×; ${recount.group} entries re-counted)`,
    '≤ 5 s',
    recount.overlapMs <= 5000,
  );
  line('  baseline: read every text in the same chunks', seconds(recount.readMs));
  line(
    '  baseline: whole lexicon re-counted, one transaction',
    `${seconds(recount.fullMs)} (${(recount.fullMs / recount.readMs).toFixed(2)}×)`,
  );
} finally {
  await browser.close();
  server.close();
}
