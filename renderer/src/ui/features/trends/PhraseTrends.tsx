// The "Phrase trends" region of the Trends view: the chosen phrases drawn over time on one chart,
// the "Counts by period" table beside it, the issues of a chosen period, and each phrase's first
// and latest appearance.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { formatDay } from '../../format';
import { TrendChart } from './chart/TrendChart';
import type { ChartText } from './chart/chart-option';
import { CountsTable, type TrendSelection } from './CountsTable';
import { PeriodIssues } from './PeriodIssues';
import { axisLabelFormatter, periodName } from './period-labels';
import { TrendControls, type TrendChoices } from './TrendControls';
import { usePhraseTrends } from './usePhraseTrends';

export function PhraseTrends() {
  const { t, i18n } = useTranslation('trends');
  const language = i18n.language;
  const { choices, setChoices, trends, appearances, phrases, titles, phraseOf } = usePhraseTrends();
  const [selection, setSelection] = useState<TrendSelection | null>(null);

  const change = useCallback(
    (next: TrendChoices) => {
      setChoices(next);
      setSelection(null);
    },
    [setChoices],
  );
  const lineLabels = useMemo(
    () =>
      trends?.lines.map((line) => {
        const phrase = phraseOf.get(line.entryId) ?? '';
        if (line.group === null) return phrase;
        return `${phrase} · ${line.group === '' ? t('phrases.noSeries') : line.group}`;
      }) ?? [],
    [trends, phraseOf, t],
  );
  const linePhrases = useMemo(() => trends?.lines.map((line) => phraseOf.get(line.entryId) ?? '') ?? [], [trends, phraseOf]);
  const granularity = choices?.granularity ?? 'month';
  const periodLabel = useCallback(
    (index: number) => (trends?.periods[index] ? periodName(trends.periods[index], granularity, language, t) : ''),
    [trends, granularity, language, t],
  );
  const chartText = useMemo<ChartText>(
    () => ({ lineLabels, periodLabel, axisLabel: axisLabelFormatter(granularity, language) }),
    [lineLabels, periodLabel, granularity, language],
  );
  const selectPoint = useCallback((periodIndex: number, lineIndex: number) => setSelection({ periodIndex, lineIndex }), []);

  const chosenPhrases = (choices?.entryIds ?? []).map((id) => phraseOf.get(id) ?? '');
  return (
    <section className="phrase-trends" aria-labelledby="phrase-trends-heading">
      <h2 id="phrase-trends-heading">{t('phrases.region')}</h2>
      <p className="phrase-trends__explain">{t('phrases.explain')}</p>
      {choices && <TrendControls phrases={phrases} choices={choices} onChange={change} />}
      {choices && choices.entryIds.length === 0 && <p className="empty-state">{t('phrases.noneChosen')}</p>}
      {trends && choices && choices.entryIds.length > 0 && (
        <>
          {trends.periods.length === 0 ? (
            <p className="empty-state">{t('phrases.noDatedIssues')}</p>
          ) : (
            <div className="phrase-trends__body">
              <TrendChart
                trends={trends}
                text={chartText}
                label={t('phrases.chartLabel', { phrases: chosenPhrases.join('、'), granularity: t(`phrases.${granularity}`) })}
                onSelect={selectPoint}
              />
              <CountsTable
                trends={trends}
                lineLabels={lineLabels}
                periodLabel={periodLabel}
                selection={selection}
                onSelect={setSelection}
              />
            </div>
          )}
          {(trends.undated > 0 || trends.hiddenLines > 0) && (
            <p className="phrase-trends__note">
              {trends.undated > 0 && t('phrases.undated', { count: trends.undated })}{' '}
              {trends.hiddenLines > 0 && t('phrases.hiddenLines', { count: trends.hiddenLines })}
            </p>
          )}
          {selection && trends.periods[selection.periodIndex] && (
            <PeriodIssues
              trends={trends}
              periodIndex={selection.periodIndex}
              lineIndex={selection.lineIndex}
              periodLabel={periodLabel(selection.periodIndex)}
              lineLabels={lineLabels}
              linePhrases={linePhrases}
              titleOf={(issueId) => titles.get(issueId) ?? issueId}
              onClose={() => setSelection(null)}
            />
          )}
          <h3 className="phrase-trends__appearances-heading">{t('phrases.appearances')}</h3>
          <dl className="phrase-trends__appearances">
            {choices.entryIds.map((entryId) => {
              const seen = appearances?.get(entryId);
              const phrase = phraseOf.get(entryId) ?? '';
              const link = (issueId: string, day: string) => (
                <a href={hrefFor({ view: 'issue', issueId, landing: { kind: 'find', find: phrase, block: null } })}>
                  {formatDay(day, language)}
                </a>
              );
              return (
                <div key={entryId}>
                  <dt lang="zh-CN">{phrase}</dt>
                  <dd>
                    {seen ? (
                      <>
                        {t('phrases.first')} {link(seen.first.issueId, seen.first.day)} · {t('phrases.latest')}{' '}
                        {link(seen.latest.issueId, seen.latest.day)}
                      </>
                    ) : (
                      t('phrases.neverSeen')
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
