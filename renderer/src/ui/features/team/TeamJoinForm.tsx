// The form that sets a team up: server address, team database, user name and password. Nothing is
// saved and no request is made until the analyst presses Join; the server is asked first, and a
// wrong password, a missing database or an unreachable server is said plainly.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncErrorCode } from '../../../data/sync/engine';
import { checkServerAddress, isDatabaseName, type AddressProblem } from '../../../data/sync/team-address';
import { useTeamSync } from './TeamSyncProvider';

type Problem = AddressProblem | 'database' | 'user' | 'password';

export function TeamJoinForm() {
  const { t } = useTranslation('team');
  const { join } = useTeamSync();
  const id = useId();
  const [server, setServer] = useState('');
  const [database, setDatabase] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<SyncErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const address = checkServerAddress(server);
    const found: Problem | null = !address.ok
      ? address.problem
      : !isDatabaseName(database.trim())
        ? 'database'
        : !user.trim()
          ? 'user'
          : !password
            ? 'password'
            : null;
    setProblem(found);
    if (found || !address.ok) return;
    setBusy(true);
    try {
      setError(await join({ server: address.server, database: database.trim(), user: user.trim(), auto: true }, password));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="team__form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>{t('intro')}</p>
      <div className="settings__field">
        <label htmlFor={`${id}-server`}>{t('server')}</label>
        <input
          id={`${id}-server`}
          type="url"
          value={server}
          placeholder={t('serverHint')}
          autoComplete="url"
          onChange={(event) => setServer(event.target.value)}
        />
      </div>
      <div className="settings__field">
        <label htmlFor={`${id}-database`}>{t('database')}</label>
        <input id={`${id}-database`} value={database} autoCapitalize="none" onChange={(event) => setDatabase(event.target.value)} />
      </div>
      <div className="settings__field">
        <label htmlFor={`${id}-user`}>{t('user')}</label>
        <input id={`${id}-user`} value={user} autoComplete="username" onChange={(event) => setUser(event.target.value)} />
      </div>
      <div className="settings__field">
        <label htmlFor={`${id}-password`}>{t('password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          autoComplete="current-password"
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {problem && (
        <p role="alert" className="team__error">
          {t(`problem.${problem}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="team__error">
          {t(`error.${error}`)}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('joining') : t('join')}
      </button>
    </form>
  );
}
