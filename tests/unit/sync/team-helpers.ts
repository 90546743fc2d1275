// Two analysts' libraries and a team database for sync tests: each library is a fake-indexeddb
// Dexie with its engine and a memory replica; the "server" is a memory PouchDB both replicate with.
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import { TeamSync } from '../../../renderer/src/data/sync/engine';
import { usePouchPlugin, type Replica } from '../../../renderer/src/data/sync/pouch';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { freshDatabase } from '../data/test-db';

usePouchPlugin(memoryAdapter);

let serial = 0;

export interface Analyst {
  db: ReadoutDatabase;
  sync: TeamSync;
}

export function teamServer(): Replica {
  serial += 1;
  return new PouchDB(`server-${process.pid}-${serial}`, { adapter: 'memory' });
}

export async function analyst(user: string, server: Replica): Promise<Analyst> {
  serial += 1;
  const db = await freshDatabase();
  const sync = new TeamSync(db, { server: 'https://team.example', database: `team${serial}`, user, auto: false }, { adapter: 'memory' });
  sync.setRemote(server);
  return { db, sync };
}

/** Syncs each in turn, twice round, as two analysts pressing "Sync now" would. */
export async function syncAll(...analysts: Analyst[]): Promise<void> {
  for (let round = 0; round < 2; round += 1) for (const { sync } of analysts) await sync.syncNow();
}
