// The brief's trend chart as an SVG document, drawn by Apache ECharts (the Trends view's chart
// library) with its server-side SVG renderer: no DOM, no canvas, so the same code runs in the
// export, the print view and the unit tests. Light colours always: a brief is printed on paper.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use as registerEchartsParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ExportTrend } from './model';

registerEchartsParts([LineChart, GridComponent, LegendComponent, SVGRenderer]);

export const TREND_CHART_SIZE = { width: 640, height: 300 } as const;

/** "2022-09" as the brief's language writes a month. */
export function monthLabel(month: string, language: 'zh-CN' | 'en'): string {
  const [year, number] = month.split('-').map(Number);
  if (language === 'zh-CN') return `${year}年${number}月`;
  return new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year!, number! - 1, 1));
}

export function trendSvg(trend: ExportTrend, language: 'zh-CN' | 'en'): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...TREND_CHART_SIZE });
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    color: trend.lines.map((line) => line.color),
    textStyle: { fontFamily: 'Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif', color: '#1d1d1f' },
    legend: { top: 0, data: trend.lines.map((line) => line.phrase) },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: trend.months.map((month) => monthLabel(month, language)), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: trend.lines.map((line) => ({ type: 'line', name: line.phrase, data: line.values, symbolSize: 6 })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
