// Shows a running import (progress, Cancel) and then what it did: how many issues came in and,
// for each file that did not, its name and why (role="alert", so screen readers announce it).
import { useTranslation } from 'react-i18next';
import type { ImportState } from './useImport';
import { refusalText } from './refusal-text';

interface Props {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}

export function ImportStatus({ state, onCancel, onDismiss }: Props) {
  const { t } = useTranslation();
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
  const imported = state.outcomes.filter((outcome) => outcome.result === 'imported').length;
  const problems = state.outcomes.filter((outcome) => outcome.result !== 'imported');
  return (
    <div
      className={problems.length > 0 ? 'import-status import-status--error' : 'import-status'}
      role={problems.length > 0 ? 'alert' : 'status'}
    >
      <div>
        <p>{t('import.imported', { count: imported })}</p>
        {problems.length > 0 && (
          <ul>
            {problems.map((outcome, index) => (
              <li key={`${outcome.name}-${index}`}>
                {outcome.result === 'duplicate'
                  ? t('import.duplicate', { name: outcome.name })
                  : outcome.result === 'refused' && t('import.refused', { name: outcome.name, reason: refusalText(t, outcome.refusal) })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" onClick={onDismiss}>
        {t('import.dismiss')}
      </button>
    </div>
  );
}
