// The background re-count after a lexicon edit, as the analyst sees it: nothing for a moment (most
// edits finish before a person would notice), then a progress bar "Counting 2,300 of 10,000
// issues…" with "Cancel counting"; after a cancel, that some counts are incomplete and "Resume counting".
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecountJob } from '../../../data/lexicon/recount-job';

/** How long a re-count runs before its progress is shown. */
const QUIET_MS = 400;

export function RecountStatus({ job, anyPending }: { job: RecountJob; anyPending: boolean }) {
  const { t, i18n } = useTranslation('lexicon');
  const state = useSyncExternalStore(job.subscribe, job.getSnapshot);
  // The run (by its start time) whose quiet moment has passed.
  const [loudRun, setLoudRun] = useState(-1);
  useEffect(() => {
    if (state.status !== 'running') return;
    const run = state.startedAt;
    const timer = setTimeout(() => setLoudRun(run), Math.max(0, QUIET_MS - (performance.now() - run)));
    return () => clearTimeout(timer);
  }, [state.status, state.startedAt]);
  const shown = state.status === 'running' && loudRun === state.startedAt;

  const number = (value: number) => value.toLocaleString(i18n.language);
  if (state.status === 'running' && shown) {
    const { done, total } = state.progress ?? { done: 0, total: 0 };
    const label = t('recount.progress', { done: number(done), total: number(total) });
    return (
      <div className="lexicon-recount" role="status">
        <progress aria-label={t('recount.progressLabel')} aria-valuetext={label} max={Math.max(total, 1)} value={done} />
        <span>{label}</span>
        <button type="button" onClick={() => job.cancel()}>
          {t('recount.cancel')}
        </button>
      </div>
    );
  }
  if (state.status !== 'running' && anyPending) {
    return (
      <div className="lexicon-recount" role="status">
        <span>{state.status === 'failed' ? t('recount.failed', { message: state.error ?? '' }) : t('recount.cancelled')}</span>
        <button type="button" onClick={() => void job.request()}>
          {t('recount.resume')}
        </button>
      </div>
    );
  }
  return null;
}
