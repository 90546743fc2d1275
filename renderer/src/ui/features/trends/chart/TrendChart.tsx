// The trend chart: ECharts loaded with import() on first use, drawn with the SVG renderer in the
// theme's colours, redrawn when the data or the theme changes; a click on a point selects its
// period and line. The chart is one image to assistive technology (role="img" with a label);
// the "Counts by period" table beside it carries the same numbers for keyboard and screen readers.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhraseTrends } from '../../../../domain/trends/phrase-series';
import { chartOption, type ChartText } from './chart-option';
import type { EChartsType } from './echarts-setup';
import { useThemeColours } from './useThemeColours';

interface TrendChartProps {
  trends: PhraseTrends;
  text: ChartText;
  label: string;
  onSelect: (periodIndex: number, lineIndex: number) => void;
}

export function TrendChart({ trends, text, label, onSelect }: TrendChartProps) {
  const { t } = useTranslation('trends');
  const container = useRef<HTMLDivElement>(null);
  const colours = useThemeColours(container);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let cancelled = false;
    let made: EChartsType | null = null;
    void import('./echarts-setup').then(({ init }) => {
      if (cancelled) return;
      made = init(element, null, { renderer: 'svg' });
      made.on('click', (params) => {
        if (typeof params.dataIndex === 'number' && typeof params.seriesIndex === 'number')
          select.current(params.dataIndex, params.seriesIndex);
      });
      setChart(made);
    });
    const resize = new ResizeObserver(() => made?.resize());
    resize.observe(element);
    return () => {
      cancelled = true;
      resize.disconnect();
      made?.dispose();
    };
  }, []);

  useEffect(() => {
    if (chart && colours) chart.setOption(chartOption(trends, colours, text), { notMerge: true });
  }, [chart, colours, trends, text]);

  return (
    <div className="trend-chart">
      <div ref={container} className="trend-chart__canvas" role="img" aria-label={label} data-ready={chart ? 'true' : 'false'} />
      {!chart && <p className="trend-chart__loading">{t('phrases.loadingChart')}</p>}
    </div>
  );
}
