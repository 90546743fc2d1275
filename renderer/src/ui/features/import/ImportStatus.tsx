// Shows a running import (progress, Cancel) and then what it did: how many issues came in and,
// for each file that did not, its name and why (role="alert", so screen readers announce it),
// with a button opening the full "Import report".
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import type { ImportState } from './useImport';
import { countByResult } from './import-outcome';
import { refusalText } from './refusal-text';

interface Props {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
  onOpenReport: () => void;
}

export function ImportStatus({ state, onCancel, onDismiss, onOpenReport }: Props) {
  const { t } = useTranslation();
  const { t: ti } = useTranslation('import');
  if (state.progress) {
    const { done, total } = state.progress;
    return (
      <div className="import-status" role="status">
        <progress max={total} value={done} />
        <span>{t('import.working', { done: Math.min(done + 1, total), total })}</span>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    );
  }
  if (state.hostError) {
    return (
      <div className="import-status import-status--error" role="alert">
        <span>{state.hostError}</span>
        <button type="button" onClick={onDismiss}>
          {t('import.dismiss')}
        </button>
      </div>
    );
  }
  if (!state.outcomes) return null;
  const counts = countByResult(state.outcomes);
  const problems = state.outcomes.filter((outcome) => outcome.result === 'duplicate' || outcome.result === 'refused');
  const alert = problems.length > 0 || state.notDone > 0;
  return (
    <div className={alert ? 'import-status import-status--error' : 'import-status'} role={alert ? 'alert' : 'status'}>
      <div>
        <p>
          {t('import.imported', { count: counts.imported })}
          {state.notDone > 0 && <> {ti('report.cancelled', { notDone: state.notDone })}</>}
        </p>
        {counts.newVersion > 0 && <p>{ti('pendingVersions', { count: counts.newVersion })}</p>}
        {problems.length > 0 && (
          <ul>
            {problems.slice(0, 8).map((outcome, index) => (
              <li key={`${outcome.name}-${index}`}>
                {outcome.result === 'duplicate'
                  ? t('import.duplicate', { name: withoutBidiControls(outcome.name) })
                  : outcome.result === 'refused' &&
                    t('import.refused', { name: withoutBidiControls(outcome.name), reason: refusalText(ti, outcome.refusal) })}
              </li>
            ))}
            {problems.length > 8 && <li>…</li>}
          </ul>
        )}
      </div>
      <button type="button" onClick={onOpenReport}>
        {ti('report.open')}
      </button>
      <button type="button" onClick={onDismiss}>
        {t('import.dismiss')}
      </button>
    </div>
  );
}
