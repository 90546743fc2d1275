// The ECharts option of a trend: one line per phrase (or phrase and group) on a time axis whose
// points sit at each period's first day, so that gaps between periods are drawn to scale. Labels
// and tooltips are formatted in the UI language by the caller's formatters, not by ECharts' own
// locale (which the tree-shaken core does not carry).
import type { PhraseTrends } from '../../../../domain/trends/phrase-series';
import type { ThemeColours } from './useThemeColours';

export interface ChartText {
  lineLabels: string[];
  /** A period's name for the axis and the tooltip, from its first day as a UTC timestamp. */
  axisLabel: (time: number) => string;
  periodLabel: (periodIndex: number) => string;
}

export function utcTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function chartOption(trends: PhraseTrends, colours: ThemeColours, text: ChartText) {
  const times = trends.periods.map((period) => utcTime(period.start));
  return {
    animation: false,
    color: colours.lines,
    textStyle: { color: colours.text, fontFamily: 'inherit' },
    grid: { left: 40, right: 16, top: 40, bottom: 32, containLabel: true },
    legend: { top: 0, textStyle: { color: colours.text }, data: text.lineLabels },
    tooltip: {
      trigger: 'axis' as const,
      backgroundColor: colours.surface,
      borderColor: colours.border,
      textStyle: { color: colours.text },
      formatter: (params: unknown) => {
        const points = (Array.isArray(params) ? params : [params]) as { dataIndex: number; seriesName: string; value: [number, number] }[];
        const first = points[0];
        if (!first) return '';
        // Text only (no markup from data): ECharts sets the tooltip as HTML.
        const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
        return [escape(text.periodLabel(first.dataIndex)), ...points.map((p) => `${escape(p.seriesName)}: ${p.value[1]}`)].join('<br>');
      },
    },
    xAxis: {
      type: 'time' as const,
      axisLine: { lineStyle: { color: colours.border } },
      axisLabel: { color: colours.muted, formatter: (value: number) => text.axisLabel(value), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { color: colours.muted },
      splitLine: { lineStyle: { color: colours.border } },
    },
    series: trends.lines.map((line, index) => ({
      type: 'line' as const,
      name: text.lineLabels[index],
      data: line.values.map((value, period) => [times[period], value]),
      showSymbol: true,
      symbolSize: trends.periods.length > 200 ? 4 : 8,
      triggerLineEvent: false,
    })),
  };
}
