// The backup file: the whole library in one versioned JSON document. Validated with zod before a
// restore touches anything, so a file that is not a Readout backup is refused with a reason.
import { z } from 'zod';

export const BACKUP_FORMAT = 'readout-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** The Dexie schema version of the library that wrote it. */
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

export type BackupFile = z.infer<typeof backupSchema>;

export type BackupProblem =
  | { code: 'notJson' }
  | { code: 'notBackup'; detail: string }
  | { code: 'newerSchema'; fileVersion: number; appVersion: number }
  | { code: 'unknownTable'; table: string };

export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

export function readBackupText(text: string, appSchemaVersion: number, knownTables: readonly string[]): BackupReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { code: 'notBackup', detail: issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'invalid' } };
  }
  if (parsed.data.schemaVersion > appSchemaVersion) {
    return { ok: false, problem: { code: 'newerSchema', fileVersion: parsed.data.schemaVersion, appVersion: appSchemaVersion } };
  }
  const unknown = Object.keys(parsed.data.tables).find((table) => !knownTables.includes(table));
  if (unknown) return { ok: false, problem: { code: 'unknownTable', table: unknown } };
  return { ok: true, backup: parsed.data };
}
