// The team this library shares with, as one settings row: the server, the team database, who this
// analyst is there (their CouchDB user name, which also signs their records) and whether sync runs
// by itself. The password is not here: it stays with the host (platform/), never in IndexedDB.
import { z } from 'zod';
import type { ReadoutDatabase } from '../schema/db';
import { checkServerAddress, isDatabaseName } from './team-address';

export const TEAM_KEY = 'team';

export interface TeamConfig {
  server: string;
  database: string;
  user: string;
  auto: boolean;
  /** Set once every record of the library was put in the outbox: the first share happens once. */
  sharedAll?: boolean;
}

const schema = z.object({
  server: z.string().refine((value) => checkServerAddress(value).ok),
  database: z.string().refine(isDatabaseName),
  user: z.string().min(1).max(200),
  auto: z.boolean(),
  sharedAll: z.boolean().optional(),
});

/** The stored team, or null when none is set up (or the stored row is not a valid one). */
export async function readTeamConfig(db: ReadoutDatabase): Promise<TeamConfig | null> {
  const parsed = schema.safeParse((await db.settings.get(TEAM_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeTeamConfig(db: ReadoutDatabase, config: TeamConfig): Promise<void> {
  await db.settings.put({ key: TEAM_KEY, value: schema.parse(config) });
}

export async function clearTeamConfig(db: ReadoutDatabase): Promise<void> {
  await db.settings.delete(TEAM_KEY);
}
