// The choices of the "Phrase trends" region: which phrases (checkboxes, the most frequent first,
// each with its count in the library), per week or month, on the issues' periods or publish dates,
// and split by nothing, series, place or official.
import { useTranslation } from 'react-i18next';
import type { TrendBasis, TrendGranularity } from '../../../domain/trends/periods';
import type { TrendSplit } from '../../../domain/trends/phrase-series';

export interface TrendChoices {
  entryIds: string[];
  granularity: TrendGranularity;
  basis: TrendBasis;
  split: TrendSplit;
}

interface TrendControlsProps {
  phrases: { id: string; phrase: string; libraryCount: number }[];
  choices: TrendChoices;
  onChange: (choices: TrendChoices) => void;
}

export function TrendControls({ phrases, choices, onChange }: TrendControlsProps) {
  const { t } = useTranslation('trends');
  const chosen = new Set(choices.entryIds);
  const toggle = (id: string) =>
    onChange({ ...choices, entryIds: chosen.has(id) ? choices.entryIds.filter((other) => other !== id) : [...choices.entryIds, id] });
  return (
    <div className="trend-controls">
      <fieldset className="trend-controls__phrases">
        <legend>{t('phrases.choose')}</legend>
        {phrases.map((entry) => (
          <label key={entry.id}>
            <input type="checkbox" checked={chosen.has(entry.id)} onChange={() => toggle(entry.id)} />
            <span lang="zh-CN">{entry.phrase}</span> <span className="trend-controls__count">{entry.libraryCount}</span>
          </label>
        ))}
      </fieldset>
      <div className="trend-controls__selects">
        <label>
          {t('phrases.granularity')}
          <select
            value={choices.granularity}
            onChange={(event) => onChange({ ...choices, granularity: event.target.value as TrendGranularity })}
          >
            <option value="week">{t('phrases.week')}</option>
            <option value="month">{t('phrases.month')}</option>
          </select>
        </label>
        <label>
          {t('phrases.basis')}
          <select value={choices.basis} onChange={(event) => onChange({ ...choices, basis: event.target.value as TrendBasis })}>
            <option value="period">{t('phrases.basisPeriod')}</option>
            <option value="published">{t('phrases.basisPublished')}</option>
          </select>
        </label>
        <label>
          {t('phrases.split')}
          <select value={choices.split} onChange={(event) => onChange({ ...choices, split: event.target.value as TrendSplit })}>
            <option value="none">{t('phrases.splitNone')}</option>
            <option value="series">{t('phrases.splitSeries')}</option>
            <option value="place">{t('phrases.splitPlace')}</option>
            <option value="official">{t('phrases.splitOfficial')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
