// team:get-password, team:set-password and team:set-origin — main keeps the team password,
// encrypted with the OS keychain (safeStorage), in a file of the user-data folder, so it is never
// in the renderer's storage; and it learns the team server's origin for the request filter and CSP.
import { app, safeStorage } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_TEAM_KEY_LENGTH, MAX_TEAM_PASSWORD_LENGTH } from '../../../preload/contract';
import { isTeamOrigin, type TeamOrigin } from '../../security/team-origin';
import type { Handle } from '../register';

export interface PasswordStore {
  get(team: string): Promise<string | null>;
  set(team: string, password: string | null): Promise<void>;
}

/** Passwords encrypted with safeStorage, base64, by team key, in one JSON file. */
export function createPasswordStore(file = join(app.getPath('userData'), 'team-passwords.json')): PasswordStore {
  const read = async (): Promise<Record<string, string>> => {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    async get(team) {
      const sealed = (await read())[team];
      if (typeof sealed !== 'string' || !safeStorage.isEncryptionAvailable()) return null;
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    },
    async set(team, password) {
      const all = await read();
      if (password === null) delete all[team];
      else {
        // Never written in clear: without the OS keychain the password stays for this session only (the renderer asks again).
        if (!safeStorage.isEncryptionAvailable()) throw new Error('The system offers no encryption for the team password');
        all[team] = safeStorage.encryptString(password).toString('base64');
      }
      await writeFile(file, JSON.stringify(all), { mode: 0o600 });
    },
  };
}

const teamKey = z.string().min(1).max(MAX_TEAM_KEY_LENGTH);

export function registerTeamHandlers(handle: Handle, { store, origin }: { store: PasswordStore; origin: TeamOrigin }): void {
  handle('team:get-password', z.strictObject({ team: teamKey }), async ({ team }) => ({ password: await store.get(team) }));
  handle(
    'team:set-password',
    z.strictObject({ team: teamKey, password: z.string().min(1).max(MAX_TEAM_PASSWORD_LENGTH).nullable() }),
    async ({ team, password }) => {
      await store.set(team, password);
      return null;
    },
  );
  handle(
    'team:set-origin',
    z.strictObject({ origin: z.string().refine(isTeamOrigin, 'https, or http to this machine').nullable() }),
    ({ origin: value }) => {
      origin.set(value);
      return null;
    },
  );
}
