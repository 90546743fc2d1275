// The sync of one library with its team: drain the outbox into the local replica, replicate both
// ways with the team's CouchDB (PouchDB's replication: the CouchDB protocol, not one of ours),
// then apply what arrived. One pass at a time; "Sync now" runs one, automatic sync runs one every
// few seconds while on. A server that cannot be reached leaves everything in place for the next
// pass: the outbox and the replica keep what is waiting, so nothing is lost or sent twice.
import type { ReadoutDatabase } from '../schema/db';
import { allDocIds } from './build-docs';
import { applyChanges } from './apply-changes';
import { drainOutbox } from './outbox';
import { localReplica, remoteDatabase, type Credentials, type Replica } from './pouch';
import { writeTeamConfig, type TeamConfig } from './team-config';
import { loadConflict, resolveConflict, type ConflictVersions } from './conflicts';
import type { MergeChoices } from '../../domain/sync/record-diff';
import type { SyncReviewRecord } from '../records';
import { tagDocId } from './documents';
import { deleteTag } from '../repositories/tags';

export type SyncErrorCode = 'unauthorized' | 'forbidden' | 'notFound' | 'unreachable' | 'failed';

export interface SyncStatus {
  running: boolean;
  error: SyncErrorCode | null;
  lastSynced: string | null;
  /** Documents written here and not yet on the server. */
  waiting: number;
  conflicts: number;
  refused: number;
}

export interface EngineOptions {
  /** The replica's PouchDB adapter ('memory' in tests). */
  adapter?: string;
  /** Milliseconds between automatic passes. */
  interval?: number;
  /** The local replica's name, when several libraries share one process (the benchmark); by default the team database's. */
  replicaName?: string;
}

export function syncErrorOf(error: unknown): SyncErrorCode {
  const status = (error as { status?: number } | null)?.status;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === undefined || status === 0 || status >= 500) return 'unreachable';
  return 'failed';
}

const statusOfError: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/**
 * Asks the server for the team database. PouchDB's http info() resolves with CouchDB's error body
 * on a 401 or 404 in the browser rather than rejecting, so the body is checked here.
 */
async function askServer(remote: Replica): Promise<void> {
  const info = (await remote.info()) as unknown as { error?: string; db_name?: string };
  if (info.error !== undefined || info.db_name === undefined)
    throw Object.assign(new Error(`The server answered ${info.error ?? 'without a database'}`), {
      status: statusOfError[info.error ?? ''] ?? 500,
    });
}

export class TeamSync {
  readonly local: Replica;
  private remote: Replica | null = null;
  private readonly ownRevs = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private pass: Promise<SyncStatus> | null = null;
  /** Docs written to the replica and not yet pushed (ids), kept until a push succeeds. */
  private unpushed = new Set<string>();
  status: SyncStatus = { running: false, error: null, lastSynced: null, waiting: 0, conflicts: 0, refused: 0 };

  constructor(
    private readonly db: ReadoutDatabase,
    private config: TeamConfig,
    private readonly options: EngineOptions = {},
  ) {
    this.local = localReplica(options.replicaName ?? config.database, options.adapter);
    db.syncCapture.author = config.user;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(changes: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...changes };
    for (const listener of this.listeners) listener();
  }

  /** The first time a library joins a team, every record it holds goes into the outbox once. */
  async shareLibrary(): Promise<void> {
    if (this.config.sharedAll) return;
    const ids = await allDocIds(this.db, this.config.user);
    await this.db.syncOutbox.bulkPut(ids.map((docId) => ({ docId })));
    this.config = { ...this.config, sharedAll: true };
    await writeTeamConfig(this.db, this.config);
    await this.refreshCounts();
  }

  setCredentials(credentials: Credentials | null): void {
    this.remote = credentials ? remoteDatabase(this.config, credentials) : null;
  }

  /** Replicates with this database instead (tests: a memory replica standing in for the server). */
  setRemote(remote: Replica): void {
    this.remote = remote;
  }

  loadConflict(docId: string): Promise<ConflictVersions | null> {
    return loadConflict(this.db, this.local, docId);
  }

  /** Writes the analyst's decision on a conflict; the next pass sends it to the team. */
  async resolve(conflict: ConflictVersions, choices: MergeChoices): Promise<void> {
    const rev = await resolveConflict(this.db, this.local, conflict, choices, this.config.user);
    this.ownRevs.add(`${conflict.docId}@${rev}`);
    this.unpushed.add(conflict.docId);
    await this.refreshCounts();
  }

  /** A colleague deleted a tag this library still uses: keep it (it is shared again) or let it go. */
  async settleDeletedTag(review: Extract<SyncReviewRecord, { kind: 'deletedTagInUse' }>, keep: boolean): Promise<void> {
    if (keep) await this.db.syncOutbox.put({ docId: tagDocId(review.tagId) });
    else await deleteTag(this.db, review.tagId);
    await this.db.syncReviews.delete(review.id);
    await this.refreshCounts();
  }

  /** Asks the server for the team database with the credentials given: null when it answers, else why not. */
  async checkServer(): Promise<SyncErrorCode | null> {
    if (!this.remote) return 'unauthorized';
    try {
      await askServer(this.remote);
      return null;
    } catch (error) {
      return syncErrorOf(error);
    }
  }

  get hasCredentials(): boolean {
    return this.remote !== null;
  }

  async refreshCounts(): Promise<void> {
    const [outbox, conflicts, refused] = await Promise.all([
      this.db.syncOutbox.count(),
      this.db.syncConflicts.count(),
      this.db.syncReviews.where('id').startsWith('refused:').count(),
    ]);
    this.update({ waiting: outbox + this.unpushed.size, conflicts, refused });
  }

  /** One pass; a pass already running is joined rather than doubled. */
  syncNow(): Promise<SyncStatus> {
    this.pass ??= this.runPass().finally(() => {
      this.pass = null;
    });
    return this.pass;
  }

  private async runPass(): Promise<SyncStatus> {
    this.update({ running: true });
    try {
      await this.shareLibrary();
      for (const written of await drainOutbox(this.db, this.local, this.config.user)) {
        this.ownRevs.add(`${written.id}@${written.rev}`);
        this.unpushed.add(written.id);
      }
      // Whatever the server says, what changed here is in the replica now.
      await applyChanges(this.db, this.local, this.config.user, this.ownRevs);
      if (!this.remote) throw Object.assign(new Error('No password'), { status: 401 });
      await askServer(this.remote);
      const pushing = new Set(this.unpushed);
      await this.local.replicate.to(this.remote);
      for (const id of pushing) this.unpushed.delete(id);
      await this.local.replicate.from(this.remote);
      await applyChanges(this.db, this.local, this.config.user, this.ownRevs);
      // Applying may list documents again; they rebuild to what arrived and are not written.
      await drainOutbox(this.db, this.local, this.config.user);
      this.update({ error: null, lastSynced: new Date().toISOString() });
    } catch (error) {
      this.update({ error: syncErrorOf(error) });
    } finally {
      await this.refreshCounts();
      this.update({ running: false });
    }
    return this.status;
  }

  setAuto(on: boolean): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = on ? setInterval(() => void this.syncNow(), this.options.interval ?? 5000) : null;
  }

  /** Stops automatic sync and recording; the replica stays for the next start. */
  async stop(): Promise<void> {
    this.setAuto(false);
    await this.pass;
    this.db.syncCapture.author = null;
    await this.local.close();
  }
}
