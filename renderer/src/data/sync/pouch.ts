// PouchDB, the replication boundary (the library itself stays in Dexie): the local replica of the
// team database and the remote CouchDB, both built here so the engine and its tests share one
// setup. Tests pass the memory adapter; the app keeps its replica in IndexedDB.
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import idbAdapter from 'pouchdb-adapter-idb';
import replication from 'pouchdb-replication';

PouchDB.plugin(httpAdapter).plugin(idbAdapter).plugin(replication);

export type Replica = PouchDB.Database<Record<string, unknown>>;

export interface TeamAddress {
  /** The server's address, e.g. https://couch.example.org or http://127.0.0.1:5984/couch. */
  server: string;
  database: string;
}

export interface Credentials {
  username: string;
  password: string;
}

/** Registers an adapter (the memory one, in tests and the benchmark). */
export function usePouchPlugin(plugin: PouchDB.Plugin): void {
  PouchDB.plugin(plugin);
}

export function localReplica(database: string, adapter = 'idb'): Replica {
  return new PouchDB(`readout-team-${database}`, { adapter, auto_compaction: false });
}

export function remoteDatabase(address: TeamAddress, credentials: Credentials): Replica {
  const url = `${address.server.replace(/\/+$/, '')}/${encodeURIComponent(address.database)}`;
  // skip_setup: a database that does not exist is an error to report, never one to create.
  return new PouchDB(url, { adapter: 'http', skip_setup: true, auth: { username: credentials.username, password: credentials.password } });
}
