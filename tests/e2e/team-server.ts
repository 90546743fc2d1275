// A team server for the end-to-end tests, on one 127.0.0.1 origin: the built renderer (out/web)
// at /, and a CouchDB-protocol server (express-pouchdb over in-memory PouchDB) at /couch, behind
// HTTP basic authentication with real user names and passwords. Serving both from one origin lets
// the app's own CSP (connect-src 'self') admit the team server unchanged. Only the team's own
// database exists (a new name per server: express-pouchdb keeps a process-wide list of the
// databases it made); any other answers 404 as CouchDB does. The server can be stopped and started
// again on the same port with its data kept, to test a sync cut off midway.
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

PouchDB.plugin(memoryAdapter);

let serial = 0;
export const USERS: Record<string, string> = { alice: 'alice-password', bob: 'bob-password' };

const webDir = fileURLToPath(new URL(`../../${process.env['READOUT_WEB_OUT'] ?? 'out/web'}/`, import.meta.url));

export interface TeamServer {
  url: string;
  database: string;
  couchUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** How many documents the team database holds (deleted ones not counted). */
  docCount(): Promise<number>;
}

function authorised(header: string | undefined): boolean {
  if (!header?.startsWith('Basic ')) return false;
  const [user, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  return user !== undefined && Object.hasOwn(USERS, user) && USERS[user] === rest.join(':');
}

/** The database the running test's server holds; every other name answers 404. */
let currentDatabase = '';
let teamApp: express.Express | null = null;

/**
 * One express-pouchdb app per process, over one in-memory PouchDB: express-pouchdb keeps a
 * process-wide list of the databases it made, which a second app over the same store misreads.
 */
function appOnce(): express.Express {
  if (teamApp) return teamApp;
  const ServerPouch = PouchDB.defaults({ adapter: 'memory' });
  const app = express();
  app.use('/couch', (request, response, next) => {
    // No WWW-Authenticate header: a browser would answer it with its own login prompt.
    if (!authorised(request.headers.authorization))
      return void response.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
    const asked = decodeURIComponent(request.path.split('/')[1] ?? '');
    if (asked && !asked.startsWith('_') && asked !== currentDatabase)
      return void response.status(404).json({ error: 'not_found', reason: 'Database does not exist.' });
    next();
  });
  app.use('/couch', expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' }));
  app.use(express.static(webDir));
  teamApp = app;
  return app;
}

export async function startTeamServer(port: number): Promise<TeamServer> {
  serial += 1;
  const database = `team-${process.pid}-${serial}`;
  currentDatabase = database;
  const app = appOnce();

  let server: Server | null = null;
  const sockets = new Set<Socket>();
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer(app);
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
      server = null;
    });
  await start();
  const url = `http://127.0.0.1:${port}`;
  // Created through the server, as an administrator would: express-pouchdb knows only the databases made through it.
  const [user, password] = Object.entries(USERS)[0]!;
  const admin = (method: string) =>
    fetch(`${url}/couch/${database}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    });
  const created = await admin('PUT');
  if (!created.ok && created.status !== 412) throw new Error(`The test server could not create the team database: ${created.status}`);
  return {
    url,
    database,
    couchUrl: `${url}/couch`,
    stop,
    start,
    async close() {
      await admin('DELETE');
      await stop();
    },
    async docCount() {
      return ((await (await admin('GET')).json()) as { doc_count: number }).doc_count;
    },
  };
}
