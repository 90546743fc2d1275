// `npm run bench:sync`: team sync through the loopback server. Library A (1,000 synthetic issues,
// 10,000 highlights) joins a team and sends everything; library B joins and receives it, applying
// each document through the write path (search, proposals and lexicon counts derived on B). Then
// one new highlight on A: the time from its write to its being in B's library. Runs in Node, with
// fake-indexeddb standing in for Chromium's IndexedDB and memory replicas, against the same
// express-pouchdb server the end-to-end tests use, over real HTTP with basic authentication.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReadoutDatabase } from '../../renderer/src/data/schema/db';
import { storeIssues } from '../../renderer/src/data/repositories/issues';
import { createHighlight, issueTextFor, newHighlightRecord } from '../../renderer/src/data/repositories/highlights';
import { TeamSync } from '../../renderer/src/data/sync/engine';
import { readDigestText } from '../../renderer/src/domain/import/read-digest-file';
import { issueTextOf } from '../../renderer/src/domain/anchoring';
import { startTeamServer, USERS } from '../e2e/team-server';
import { corpusParagraphs, syntheticLibrary } from './synthetic-library';

const ISSUES = Number(process.env['READOUT_SYNC_BENCH_ISSUES'] ?? 1000);
const HIGHLIGHTS_PER_ISSUE = 10;
const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function line(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`);
}

const texts = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(corpusDir + name, 'utf8'));
const server = await startTeamServer(Number(process.env['READOUT_SYNC_BENCH_PORT'] ?? 4702));
const analyst = (user: string) => {
  const db = new ReadoutDatabase(`sync-bench-${user}`);
  const sync = new TeamSync(
    db,
    { server: server.couchUrl, database: server.database, user, auto: false },
    { adapter: 'memory', replicaName: `bench-${user}` },
  );
  sync.setCredentials({ username: user, password: USERS[user]! });
  return { db, sync };
};

try {
  const a = analyst('alice');
  const b = analyst('bob');
  await Promise.all([a.db.open(), b.db.open()]);

  let started = performance.now();
  const digests = syntheticLibrary(ISSUES, corpusParagraphs(texts)).map((issue) => {
    const read = readDigestText(issue.name, issue.text);
    if (!read.ok) throw new Error(`synthetic issue refused: ${issue.name}`);
    return read.digest;
  });
  for (let offset = 0; offset < digests.length; offset += 100) await storeIssues(a.db, digests.slice(offset, offset + 100));
  const issues = await a.db.issues.toArray();
  const highlights = [];
  for (const issue of issues) {
    const text = issueTextOf((await a.db.issueTexts.get(issue.id))!.blocks);
    for (let n = 0; n < HIGHLIGHTS_PER_ISSUE; n += 1) {
      const start = Math.floor(((n + 0.5) / HIGHLIGHTS_PER_ISSUE) * (text.length - 8));
      highlights.push(
        newHighlightRecord({ issueId: issue.id, issueText: text, start, end: start + 6, categoryId: 'policy', note: `注${n}` }),
      );
    }
  }
  await a.db.highlights.bulkAdd(highlights);
  line(
    'library A (set-up, not a sync figure)',
    `${issues.length} issues, ${highlights.length} highlights in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  await a.sync.syncNow();
  if (a.sync.status.error) throw new Error(`A's first sync failed: ${a.sync.status.error}`);
  const pushed = performance.now() - started;
  const docs = await server.docCount();
  line(
    'first sync, A sends its library',
    `${(pushed / 1000).toFixed(1)} s, ${docs} documents, ${Math.round(docs / (pushed / 1000))} docs/s`,
  );

  started = performance.now();
  await b.sync.syncNow();
  if (b.sync.status.error) throw new Error(`B's first sync failed: ${b.sync.status.error}`);
  const pulled = performance.now() - started;
  const [bIssues, bHighlights] = await Promise.all([b.db.issues.count(), b.db.highlights.count()]);
  line(
    'first sync, B receives and applies it',
    `${(pulled / 1000).toFixed(1)} s, ${bIssues} issues, ${bHighlights} highlights, ${Math.round(docs / (pulled / 1000))} docs/s`,
  );
  line(
    'first sync, end to end',
    `${((pushed + pulled) / 1000).toFixed(1)} s for ${issues.length} issues and ${highlights.length} highlights`,
  );

  const rounds: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const issueId = issues[round]!.id;
    const text = await issueTextFor(a.db, issueId);
    started = performance.now();
    const made = await createHighlight(a.db, { issueId, issueText: text, start: 2, end: 5, categoryId: 'risk' });
    await a.sync.syncNow();
    await b.sync.syncNow();
    if (!(await b.db.highlights.get(made.id))) throw new Error('the new highlight did not reach B');
    rounds.push(performance.now() - started);
  }
  rounds.sort((x, y) => x - y);
  line('one new highlight, written on A to stored on B', `${rounds[2]!.toFixed(0)} ms (median of ${rounds.length}; two "Sync now" passes)`);
  await Promise.all([a.sync.stop(), b.sync.stop()]);
} finally {
  await server.close();
}
process.exit(0);
