// The "Counts by period" table beside the chart: a row per period, a column per chosen phrase
// (or phrase and group, when split). Each count is a button that lists the period's issues, so a
// keyboard or screen-reader user reaches everything a click on the chart gives.
import { useTranslation } from 'react-i18next';
import type { PhraseTrends } from '../../../domain/trends/phrase-series';

export interface TrendSelection {
  periodIndex: number;
  /** The line whose point or cell was chosen; null for the period as a whole. */
  lineIndex: number | null;
}

interface CountsTableProps {
  trends: PhraseTrends;
  lineLabels: string[];
  periodLabel: (periodIndex: number) => string;
  selection: TrendSelection | null;
  onSelect: (selection: TrendSelection) => void;
}

export function CountsTable({ trends, lineLabels, periodLabel, selection, onSelect }: CountsTableProps) {
  const { t } = useTranslation('trends');
  return (
    <div className="counts-table">
      <table aria-label={t('table.label')}>
        <thead>
          <tr>
            <th scope="col">{t('table.period')}</th>
            {lineLabels.map((label, index) => (
              <th key={trends.lines[index]!.key} scope="col" lang="zh-CN">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trends.periods.map((period, periodIndex) => {
            const name = periodLabel(periodIndex);
            const current = selection?.periodIndex === periodIndex;
            return (
              <tr key={period.key} className={current ? 'counts-table__row--selected' : undefined}>
                <th scope="row">{name}</th>
                {trends.lines.map((line, lineIndex) => (
                  <td key={line.key}>
                    <button
                      type="button"
                      className="counts-table__count"
                      aria-label={`${lineLabels[lineIndex]} ${name}: ${line.values[periodIndex]}`}
                      onClick={() => onSelect({ periodIndex, lineIndex })}
                    >
                      {line.values[periodIndex]}
                    </button>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
