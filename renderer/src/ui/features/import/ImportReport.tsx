// The "Import report" dialog: every file of the last batch with its result (imported, duplicate,
// updated, new version, refused) and the details — the reason for a refusal, how a file was
// read, which stored issue a duplicate or a new version matches. A new version waits here for
// the user: Replace puts its text in place of the stored issue's, Keep both imports it beside.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import { hrefFor } from '../../app/route';
import { countByResult, type FileOutcome } from './import-outcome';
import { refusalText } from './refusal-text';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  open: boolean;
  outcomes: readonly FileOutcome[];
  notDone: number;
  onClose: () => void;
  onResolve: (indexes: readonly number[], choice: 'replace' | 'keep-both') => void;
}

export function ImportReport({ open, outcomes, notDone, onClose, onResolve }: Props) {
  const { t } = useTranslation('import');
  const dialog = useModalDialog(open);
  const titleId = useId();

  const counts = countByResult(outcomes);
  const pending = outcomes.flatMap((outcome, index) => (outcome.result === 'newVersion' ? [index] : []));

  return (
    <dialog ref={dialog} className="dialog import-report" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('report.title')}</h2>
      <p>
        {t('report.summary', { total: outcomes.length, ...counts })}
        {notDone > 0 && <> {t('report.cancelled', { notDone })}</>}
      </p>
      <div className="import-report__table">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.columnFile')}</th>
              <th scope="col">{t('report.columnResult')}</th>
              <th scope="col">{t('report.columnDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((outcome, index) => (
              <tr key={`${outcome.name}-${index}`} className={`import-report__row--${outcome.result}`}>
                <th scope="row">
                  {'issueId' in outcome && outcome.result !== 'newVersion' ? (
                    <a href={hrefFor({ view: 'issue', issueId: outcome.issueId })} onClick={onClose}>
                      {withoutBidiControls(outcome.name)}
                    </a>
                  ) : (
                    withoutBidiControls(outcome.name)
                  )}
                </th>
                <td>{t(`report.${outcome.result}`)}</td>
                <td>
                  <OutcomeDetails outcome={outcome} onResolve={(choice) => onResolve([index], choice)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog__actions">
        {pending.length > 1 && (
          <button type="button" onClick={() => onResolve(pending, 'replace')}>
            {t('report.replaceAll')}
          </button>
        )}
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('report.close')}
        </button>
      </div>
    </dialog>
  );
}

function OutcomeDetails({ outcome, onResolve }: { outcome: FileOutcome; onResolve: (choice: 'replace' | 'keep-both') => void }) {
  const { t } = useTranslation('import');
  switch (outcome.result) {
    case 'refused':
      return <>{refusalText(t, outcome.refusal)}</>;
    case 'duplicate':
      return <>{outcome.title ? t('report.duplicateOf', { title: outcome.title }) : null}</>;
    case 'updated':
      return <>{t('report.updatedDetail', { orphaned: outcome.orphaned, eventsToReview: outcome.eventsToReview })}</>;
    case 'newVersion':
      return (
        <>
          {t('report.newVersionOf', { title: outcome.title })}{' '}
          <button
            type="button"
            aria-label={t('report.replaceLabel', { title: outcome.title, name: outcome.name })}
            onClick={() => onResolve('replace')}
          >
            {t('report.replace')}
          </button>{' '}
          <button type="button" aria-label={t('report.keepBothLabel', { name: outcome.name })} onClick={() => onResolve('keep-both')}>
            {t('report.keepBoth')}
          </button>
        </>
      );
    default:
      return outcome.format ? (
        <>
          {outcome.encoding
            ? t('report.readAs', { format: t(`format.${outcome.format}`), encoding: outcome.encoding.toUpperCase() })
            : t(`format.${outcome.format}`)}
        </>
      ) : null;
  }
}
