// Names of trend periods in the UI language: "September 2022" / "2022年9月" for a month, "Week of
// Sep 12, 2022" / "2022年9月12日当周" for a week, and the chart axis's shorter labels.
import type { TFunction } from 'i18next';
import type { TrendGranularity, TrendPeriod } from '../../../domain/trends/periods';
import { formatDay } from '../../format';

export function periodName(period: TrendPeriod, granularity: TrendGranularity, language: string, t: TFunction<'trends'>): string {
  if (granularity === 'week') return t('phrases.weekOf', { day: formatDay(period.start, language) ?? period.start });
  const [year, month] = period.key.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** The axis label of a UTC timestamp: day and month for weeks, month and year for months. */
export function axisLabelFormatter(granularity: TrendGranularity, language: string): (time: number) => string {
  const format =
    granularity === 'week'
      ? new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
      : new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return (time) => format.format(new Date(time));
}
