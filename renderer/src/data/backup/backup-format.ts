// The backup file: the whole library in one versioned JSON document. Everything in it is checked
// before a restore touches anything — the envelope, the table names, the size of each table, every
// row against its table's schema (backup-records.ts) and the references between tables — so a
// file that is not a whole, consistent Readout backup is refused with a reason and writes nothing.
import { z } from 'zod';
import { backupRowSchemas, MAX_ROWS_PER_TABLE } from './backup-records';

export const BACKUP_FORMAT = 'readout-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type BackupRow = Record<string, unknown>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The Dexie schema version of the library that wrote it. */
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, BackupRow[]>;
}

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  tables: z.unknown(),
});

export type BackupProblem =
  | { code: 'notJson' }
  | { code: 'notBackup'; detail: string }
  | { code: 'newerSchema'; fileVersion: number; appVersion: number }
  | { code: 'unknownTable'; table: string }
  | { code: 'partial'; tables: string[] }
  | { code: 'tooManyRows'; table: string; count: number; limit: number }
  | { code: 'badRow'; table: string; row: number; detail: string }
  | { code: 'brokenReference'; table: string; row: number; field: string; target: string; id: string }
  | { code: 'emptiesLibrary'; issues: number };

export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

export interface BackupExpectations {
  /** The schema version of the library being restored into. */
  appSchemaVersion: number;
  /** The tables a backup may carry. */
  knownTables: readonly string[];
  /** The backed-up tables a library of that schema version had: a backup lacking one is partial. */
  tablesAt: (schemaVersion: number) => readonly string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : 'invalid';
}

/** Table, field, and the table its ids must be found in. */
const references: readonly (readonly [string, string, 'issues' | 'tags'])[] = [
  ['issueTexts', 'issueId', 'issues'],
  ['issueNotes', 'issueId', 'issues'],
  ['highlights', 'issueId', 'issues'],
  ['events', 'issueId', 'issues'],
  ['issues', 'tagIds', 'tags'],
  ['highlights', 'tagIds', 'tags'],
  ['events', 'tagIds', 'tags'],
];

function findBrokenReference(tables: Record<string, BackupRow[]>): BackupProblem | null {
  const keys = {
    issues: new Set((tables['issues'] ?? []).map((row) => row['id'])),
    tags: new Set((tables['tags'] ?? []).map((row) => row['id'])),
  };
  for (const [table, field, target] of references) {
    const rows = tables[table] ?? [];
    for (let row = 0; row < rows.length; row += 1) {
      const value = rows[row]![field];
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      const missing = values.find((id) => !keys[target].has(id));
      if (missing !== undefined) return { code: 'brokenReference', table, row, field, target, id: String(missing) };
    }
  }
  return null;
}

export function readBackupText(text: string, expect: BackupExpectations): BackupReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, problem: { code: 'notBackup', detail: firstIssue(envelope.error).replace(/^row/, 'file') } };
  const { schemaVersion, tables: rawTables } = envelope.data;
  if (schemaVersion > expect.appSchemaVersion) {
    return { ok: false, problem: { code: 'newerSchema', fileVersion: schemaVersion, appVersion: expect.appSchemaVersion } };
  }
  if (!isPlainObject(rawTables)) return { ok: false, problem: { code: 'notBackup', detail: 'tables: expected an object' } };

  // Own keys only, into a null-prototype object: a "__proto__" key from JSON.parse is an ordinary
  // own property there, so it is refused as an unknown table instead of reaching any prototype.
  const known = new Set(expect.knownTables);
  const tables = Object.create(null) as Record<string, BackupRow[]>;
  for (const name of Object.keys(rawTables)) {
    if (!known.has(name)) return { ok: false, problem: { code: 'unknownTable', table: name } };
    const rows = rawTables[name];
    if (!Array.isArray(rows)) return { ok: false, problem: { code: 'notBackup', detail: `tables.${name}: expected an array` } };
    // Counted before any row is parsed, so two million junk rows are refused at once.
    if (rows.length > MAX_ROWS_PER_TABLE) {
      return { ok: false, problem: { code: 'tooManyRows', table: name, count: rows.length, limit: MAX_ROWS_PER_TABLE } };
    }
    tables[name] = rows as BackupRow[];
  }

  const missing = expect.tablesAt(schemaVersion).filter((name) => known.has(name) && !Object.hasOwn(tables, name));
  if (missing.length > 0) return { ok: false, problem: { code: 'partial', tables: missing } };

  for (const name of Object.keys(tables)) {
    const schema = backupRowSchemas[name] ?? z.record(z.string(), z.unknown());
    const rows = tables[name]!;
    for (let row = 0; row < rows.length; row += 1) {
      const parsed = schema.safeParse(rows[row]);
      if (!parsed.success) return { ok: false, problem: { code: 'badRow', table: name, row, detail: firstIssue(parsed.error) } };
    }
  }

  const broken = findBrokenReference(tables);
  if (broken) return { ok: false, problem: broken };
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, createdAt: envelope.data.createdAt, tables },
  };
}
