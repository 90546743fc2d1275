// Holds the library's team sync, if a team is set up: starts it at launch (loading PouchDB only
// then — a library without a team never loads it and makes no request), joins and leaves a team,
// and hands the engine's status to the Team settings and the Conflicts list.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncErrorCode, SyncStatus, TeamSync } from '../../../data/sync/engine';
import { clearTeamConfig, readTeamConfig, writeTeamConfig, type TeamConfig } from '../../../data/sync/team-config';
import { checkServerAddress } from '../../../data/sync/team-address';
import { useServices } from '../../app/services';

export interface TeamSyncApi {
  config: TeamConfig | null;
  engine: TeamSync | null;
  status: SyncStatus | null;
  /** Checks the server with these credentials and, when it answers, sets the team up and syncs. */
  join(config: Omit<TeamConfig, 'sharedAll'>, password: string): Promise<SyncErrorCode | null>;
  leave(): Promise<void>;
  applyPassword(password: string): Promise<void>;
  setAuto(on: boolean): Promise<void>;
}

const TeamSyncContext = createContext<TeamSyncApi | null>(null);

const teamKey = (config: Pick<TeamConfig, 'server' | 'database' | 'user'>) => `${config.server}|${config.database}|${config.user}`;
const noStatus = () => () => {};

export function TeamSyncProvider({ children }: { children: ReactNode }) {
  const { db, platform } = useServices();
  const [config, setConfig] = useState<TeamConfig | null>(null);
  const [engine, setEngine] = useState<TeamSync | null>(null);

  const start = useCallback(
    async (team: TeamConfig, password: string | null): Promise<TeamSync> => {
      const { TeamSync } = await import('../../../data/sync/engine');
      const address = checkServerAddress(team.server);
      if (address.ok) await platform.setTeamOrigin?.(address.origin);
      const started = new TeamSync(db, team);
      if (password) started.setCredentials({ username: team.user, password });
      return started;
    },
    [db, platform],
  );

  useEffect(() => {
    let cancelled = false;
    let running: TeamSync | null = null;
    void (async () => {
      const team = await readTeamConfig(db);
      if (!team || cancelled) return;
      running = await start(team, await platform.readTeamPassword(teamKey(team)));
      if (cancelled) return void running.stop();
      setConfig(team);
      setEngine(running);
      await running.refreshCounts();
      if (team.auto) running.setAuto(true);
      if (running.hasCredentials) void running.syncNow();
    })();
    return () => {
      cancelled = true;
      void running?.stop();
    };
  }, [db, platform, start]);

  const status = useSyncExternalStore(engine ? (listener) => engine.subscribe(listener) : noStatus, () => engine?.status ?? null);

  const api = useMemo<TeamSyncApi>(
    () => ({
      config,
      engine,
      status,
      async join(team, password) {
        const full: TeamConfig = { ...team };
        const candidate = await start(full, password);
        const problem = await candidate.checkServer();
        if (problem) {
          await candidate.stop();
          await platform.setTeamOrigin?.(null);
          return problem;
        }
        await writeTeamConfig(db, full);
        await platform.saveTeamPassword(teamKey(full), password).catch(() => {});
        setConfig(full);
        setEngine(candidate);
        candidate.setAuto(full.auto);
        void candidate.syncNow();
        return null;
      },
      async leave() {
        await engine?.stop();
        if (config) await platform.saveTeamPassword(teamKey(config), null).catch(() => {});
        await platform.setTeamOrigin?.(null);
        await clearTeamConfig(db);
        await db.syncOutbox.clear();
        setEngine(null);
        setConfig(null);
      },
      async applyPassword(password) {
        if (!engine || !config) return;
        engine.setCredentials({ username: config.user, password });
        await platform.saveTeamPassword(teamKey(config), password).catch(() => {});
        void engine.syncNow();
      },
      async setAuto(on) {
        if (!engine || !config) return;
        const next = { ...((await readTeamConfig(db)) ?? config), auto: on };
        await writeTeamConfig(db, next);
        setConfig(next);
        engine.setAuto(on);
      },
    }),
    [config, engine, status, db, platform, start],
  );

  return <TeamSyncContext.Provider value={api}>{children}</TeamSyncContext.Provider>;
}

export function useTeamSync(): TeamSyncApi {
  const api = useContext(TeamSyncContext);
  if (!api) throw new Error('useTeamSync outside TeamSyncProvider');
  return api;
}
