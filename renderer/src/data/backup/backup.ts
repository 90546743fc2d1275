// Backup and restore of the whole library. Every table is included except derived ones (an
// index that can be rebuilt from the data); a restore replaces or merges in ONE transaction, and
// derived data is rebuilt inside it by the hooks their features register.
import type { Transaction } from 'dexie';
import type { ReadoutDatabase } from '../schema/db';
import type { Migration } from '../schema/migrations/migration';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, readBackupText, type BackupFile, type BackupProblem } from './backup-format';

/** Tables computed from the others (e.g. a search index): not written to backups, rebuilt on restore. */
export const derivedTables: string[] = [];

/** Work to redo inside the restore transaction once the data is in (e.g. re-index), registered by features. */
export const afterRestoreHooks: ((db: ReadoutDatabase, transaction: Transaction) => Promise<void>)[] = [];

export type RestoreMode = 'replace' | 'merge';

function backedUpTables(db: ReadoutDatabase) {
  return db.tables.filter((table) => !derivedTables.includes(table.name));
}

/** The tables a library of this schema version held (as its migrations declared them). */
export function tablesAtVersion(migrations: readonly Migration[], schemaVersion: number): string[] {
  const tables = new Set<string>();
  for (const migration of migrations) {
    if (migration.version > schemaVersion) break;
    for (const [name, spec] of Object.entries(migration.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return [...tables].filter((name) => !derivedTables.includes(name));
}

export async function createBackup(db: ReadoutDatabase, now = new Date()): Promise<BackupFile> {
  const tables = backedUpTables(db);
  return db.transaction('r', tables, async () => {
    const entries = await Promise.all(tables.map(async (table) => [table.name, await table.toArray()] as const));
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: db.verno,
      createdAt: now.toISOString(),
      tables: Object.fromEntries(entries) as BackupFile['tables'],
    };
  });
}

export function backupText(backup: BackupFile): string {
  return JSON.stringify(backup);
}

export type RestoreResult = { ok: true; counts: Record<string, number> } | { ok: false; problem: BackupProblem };

/**
 * Reads a backup file and restores it; a file it cannot read changes nothing. A replace with a
 * backup that holds no issues while the library has some is refused: it would empty the library,
 * which a hand-edited or truncated file can do without the person meaning it.
 */
export async function restoreBackup(db: ReadoutDatabase, text: string, mode: RestoreMode): Promise<RestoreResult> {
  const tables = backedUpTables(db);
  // Loaded here, not at the top: the migrations import the features whose restore hooks import this file.
  const { migrations } = await import('../schema/migrations');
  const read = readBackupText(text, {
    appSchemaVersion: db.verno,
    knownTables: tables.map((table) => table.name),
    tablesAt: (version) => tablesAtVersion(migrations, version),
  });
  if (!read.ok) return read;
  const { backup } = read;
  const allTables = db.tables;
  const refused = await db.transaction('rw', allTables, async (transaction): Promise<BackupProblem | null> => {
    if (mode === 'replace' && (backup.tables['issues'] ?? []).length === 0) {
      const issues = await db.issues.count();
      if (issues > 0) return { code: 'emptiesLibrary', issues };
    }
    if (mode === 'replace') for (const table of allTables) await table.clear();
    for (const table of tables) {
      const rows = backup.tables[table.name] ?? [];
      if (rows.length > 0) await table.bulkPut(rows);
    }
    for (const hook of afterRestoreHooks) await hook(db, transaction);
    return null;
  });
  if (refused) return { ok: false, problem: refused };
  return { ok: true, counts: Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length])) };
}
