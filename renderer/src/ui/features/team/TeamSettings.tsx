// Settings → Team: join a team, or see and steer the one this library shares with, and its Conflicts.
import { useTranslation } from 'react-i18next';
import { ConflictList } from './ConflictList';
import { TeamJoinForm } from './TeamJoinForm';
import { TeamStatus } from './TeamStatus';
import { useTeamSync } from './TeamSyncProvider';
import './team.css';

export function TeamSettings() {
  const { t } = useTranslation('team');
  const { config, status } = useTeamSync();
  return (
    <section className="team" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('title')}</h2>
      {config && status ? (
        <>
          <TeamStatus config={config} status={status} />
          <ConflictList />
        </>
      ) : (
        <TeamJoinForm />
      )}
    </section>
  );
}
