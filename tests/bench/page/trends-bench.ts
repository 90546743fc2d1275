// The Trends view's first chart with 10,000 issues, read as the view reads it: the library's dates
// and each phrase's total (readTrendInputs), then the rows of the three most said phrases
// (readPhraseCounts), their series per week computed (domain/trends) and drawn by ECharts with the
// SVG renderer into an 800×320 element. The baseline, measured in the same run, is the raw read of
// the issues and every count row (what the view read before the totals).
import { readPhraseCounts, readTrendInputs } from '../../../renderer/src/data/trends/trend-inputs';
import { topEntryIds } from '../../../renderer/src/domain/trends/appearances';
import { phraseTrends } from '../../../renderer/src/domain/trends/phrase-series';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { starterRecords } from '../../../renderer/src/data/lexicon/lexicon-rows';
import { fillMissingTotals } from '../../../renderer/src/data/lexicon/lexicon-totals';
import type { IssueRecord, LexiconCountRecord } from '../../../renderer/src/data/records';
import { chartOption, utcTime } from '../../../renderer/src/ui/features/trends/chart/chart-option';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function seedTrendsLibrary(count: number): Promise<ReadoutDatabase> {
  const name = 'bench-trends';
  await ReadoutDatabase.delete(name);
  const db = new ReadoutDatabase(name);
  await db.open();
  const entries = starterRecords();
  const issues: IssueRecord[] = [];
  const counts: LexiconCountRecord[] = [];
  // Ten years of weekly issues, each saying a handful of the starter phrases a few times.
  for (let n = 0; n < count; n += 1) {
    const day = new Date(Date.UTC(2015, 0, 5) + Math.floor(n / 3) * 86_400_000).toISOString().slice(0, 10);
    issues.push({
      id: `bench-${n}`,
      title: `第${n}期`,
      series: n % 4 === 0 ? '市(县)区委书记、市(县)区长一周' : null,
      periodStart: n % 2 === 0 ? day : null,
      periodEnd: null,
      published: `${day}T10:00:00`,
      source: null,
      origin: `bench-${n}.txt`,
      contentHash: `h${n}`,
      importedAt: new Date().toISOString(),
    });
    for (let k = 0; k < 6; k += 1)
      counts.push({ issueId: `bench-${n}`, entryId: entries[(n * 7 + k * 5) % entries.length]!.id, count: 1 + ((n + k) % 4) });
  }
  await db.transaction('rw', [db.issues, db.lexicon, db.lexiconCounts], async () => {
    await db.lexicon.bulkPut(entries);
    await db.issues.bulkPut(issues);
    await db.lexiconCounts.bulkPut(counts);
  });
  // Each phrase's total, as the app keeps them (written here as the re-count job does when idle).
  await fillMissingTotals(db);
  return db;
}

export async function trendsChartBench(count: number, rounds = 5) {
  const db = await seedTrendsLibrary(count);
  const { init } = await import('../../../renderer/src/ui/features/trends/chart/echarts-setup');
  const element = document.createElement('div');
  element.style.cssText = 'width: 800px; height: 320px; position: absolute; left: -10000px';
  document.body.append(element);
  const colours = { text: '#1d1d1f', muted: '#5f6368', border: '#dcd8cf', surface: '#fff', lines: ['#1a5fb4', '#c01c28', '#26a269'] };
  const firstChart: number[] = [];
  const computeOnly: number[] = [];
  const raw: number[] = [];
  const rawIssues: number[] = [];
  const rawCounts: number[] = [];
  const readOnly: number[] = [];
  let periods = 0;
  for (let round = 0; round < rounds; round += 1) {
    let started = performance.now();
    await Promise.all([db.issues.toArray(), db.lexiconCounts.toArray(), db.lexicon.toArray()]);
    raw.push(performance.now() - started);
    started = performance.now();
    await db.issues.toArray();
    rawIssues.push(performance.now() - started);
    started = performance.now();
    await db.lexiconCounts.toArray();
    rawCounts.push(performance.now() - started);

    started = performance.now();
    const inputs = await readTrendInputs(db);
    const entryIds = topEntryIds(
      [...inputs.totals].map(([entryId, count]) => ({ entryId, count })),
      3,
    );
    const counts = await readPhraseCounts(db, entryIds);
    const computeStarted = performance.now();
    readOnly.push(computeStarted - started);
    const trends = phraseTrends(inputs.issues, counts, {
      entryIds,
      granularity: 'week',
      basis: 'period',
      split: 'none',
      maxLines: 8,
    });
    computeOnly.push(performance.now() - computeStarted);
    const chart = init(element, null, { renderer: 'svg' });
    const format = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' });
    chart.setOption(
      chartOption(trends, colours, {
        lineLabels: trends.lines.map((line) => line.entryId),
        axisLabel: (time) => format.format(new Date(time)),
        periodLabel: (index) => format.format(new Date(utcTime(trends.periods[index]!.start))),
      }),
    );
    firstChart.push(performance.now() - started);
    periods = trends.periods.length;
    chart.dispose();
  }
  element.remove();
  db.close();
  await ReadoutDatabase.delete('bench-trends');
  const firstMs = median(firstChart);
  const rawMs = median(raw);
  return {
    issues: count,
    periods,
    rounds,
    firstMs,
    computeMs: median(computeOnly),
    rawMs,
    ratio: firstMs / rawMs,
    readMs: median(readOnly),
    rawIssuesMs: median(rawIssues),
    rawCountsMs: median(rawCounts),
  };
}
