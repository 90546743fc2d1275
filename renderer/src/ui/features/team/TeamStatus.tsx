// A joined team: who and where, the last sync, what is waiting, conflicts and refused documents,
// "Sync now", automatic sync, the password when this session lacks it, and leaving the team.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamConfig } from '../../../data/sync/team-config';
import type { SyncStatus } from '../../../data/sync/engine';
import { useTeamSync } from './TeamSyncProvider';

export function TeamStatus({ config, status }: { config: TeamConfig; status: SyncStatus }) {
  const { t, i18n } = useTranslation('team');
  const { engine, applyPassword, setAuto, leave } = useTeamSync();
  const id = useId();
  const [password, setPassword] = useState('');
  const lastSynced = status.lastSynced
    ? new Date(status.lastSynced).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
    : t('never');

  const submitPassword = (event: FormEvent) => {
    event.preventDefault();
    if (password) void applyPassword(password);
    setPassword('');
  };

  return (
    <div className="team__status">
      <p>{t('joinedAs', { user: config.user, database: config.database, server: config.server })}</p>
      <dl className="team__facts" aria-label={t('title')}>
        <div>
          <dt>{t('lastSynced')}</dt>
          <dd data-testid="team-last-synced" data-synced-at={status.lastSynced ?? ''}>
            {lastSynced}
          </dd>
        </div>
        <div>
          <dt>{t('waiting')}</dt>
          <dd data-testid="team-waiting">{status.waiting}</dd>
        </div>
        <div>
          <dt>{t('conflictsCount')}</dt>
          <dd data-testid="team-conflicts">{status.conflicts}</dd>
        </div>
        {status.refused > 0 && (
          <div>
            <dt>{t('refusedCount')}</dt>
            <dd>{status.refused}</dd>
          </div>
        )}
      </dl>
      {status.error && (
        <p role="alert" className="team__error">
          {t(`error.${status.error}`)}
        </p>
      )}
      {!engine?.hasCredentials && (
        <form onSubmit={submitPassword} className="team__password">
          <p>{t('needPassword')}</p>
          <label htmlFor={`${id}-password`}>{t('password')}</label>
          <input id={`${id}-password`} type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
          <button type="submit">{t('savePassword')}</button>
        </form>
      )}
      <div className="team__actions">
        <button type="button" onClick={() => void engine?.syncNow()} disabled={status.running}>
          {status.running ? t('syncing') : t('syncNow')}
        </button>
        <label className="settings__radio">
          <input type="checkbox" checked={config.auto} onChange={(event) => void setAuto(event.target.checked)} />
          {t('auto')}
        </label>
        <button type="button" onClick={() => void leave()}>
          {t('leave')}
        </button>
      </div>
    </div>
  );
}
