// Settings → Restore from backup: choose a Readout backup, merge it into the library or replace
// the library with it (asked to confirm, since replacing drops what the backup lacks). A file it
// cannot read is named with the reason and changes nothing.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreBackup, type RestoreMode } from '../../../data/backup/backup';
import type { BackupProblem } from '../../../data/backup/backup-format';
import { useServices } from '../../app/services';

type Outcome = { kind: 'done'; message: string } | { kind: 'refused'; message: string } | null;

export function RestoreBackup() {
  const { t } = useTranslation('export');
  const { db, platform } = useServices();
  const id = useId();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const reason = (problem: BackupProblem): string => {
    switch (problem.code) {
      case 'notBackup':
        return t('restore.reason.notBackup', { detail: problem.detail });
      case 'newerSchema':
        return t('restore.reason.newerSchema', { fileVersion: problem.fileVersion, appVersion: problem.appVersion });
      case 'unknownTable':
        return t('restore.reason.unknownTable', { table: problem.table });
      case 'partial':
        return t('restore.reason.partial', { tables: problem.tables.join(', ') });
      case 'tooManyRows':
        return t('restore.reason.tooManyRows', { table: problem.table, count: problem.count, limit: problem.limit });
      case 'badRow':
        return t('restore.reason.badRow', { table: problem.table, row: problem.row + 1, detail: problem.detail });
      case 'brokenReference':
        return t('restore.reason.brokenReference', { table: problem.table, row: problem.row + 1, field: problem.field, id: problem.id });
      case 'emptiesLibrary':
        return t('restore.reason.emptiesLibrary', { count: problem.issues });
      case 'notJson':
        return t('restore.reason.notJson');
    }
  };

  const restore = async () => {
    setOutcome(null);
    const file = await platform.chooseBackupFile();
    if (!file) return;
    if (mode === 'replace' && !window.confirm(t('restore.confirmReplace', { name: file.name }))) return;
    setBusy(true);
    try {
      const text = new TextDecoder('utf-8').decode(file.bytes);
      const result = await restoreBackup(db, text, mode);
      setOutcome(
        result.ok
          ? { kind: 'done', message: t('restore.done', { name: file.name, count: result.counts['issues'] ?? 0 }) }
          : { kind: 'refused', message: t('restore.refused', { name: file.name, reason: reason(result.problem) }) },
      );
    } catch (error) {
      setOutcome({
        kind: 'refused',
        message: t('restore.refused', { name: file.name, reason: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="restore-backup">
      <legend>{t('restore.button')}</legend>
      {(['merge', 'replace'] as const).map((option) => (
        <label key={option} className="settings__radio">
          <input type="radio" name={`${id}-mode`} checked={mode === option} onChange={() => setMode(option)} />
          {t(`restore.${option}`)}
        </label>
      ))}
      <button type="button" onClick={() => void restore()} disabled={busy}>
        {t('restore.button')}
      </button>
      {outcome && <p role={outcome.kind === 'done' ? 'status' : 'alert'}>{outcome.message}</p>}
    </fieldset>
  );
}
