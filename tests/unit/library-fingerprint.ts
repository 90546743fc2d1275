// A fingerprint of a whole library: the record count and a SHA-256 of the rows of every table.
// Tests that must prove "nothing changed" (a refused restore, a refused import) compare the
// fingerprint taken before with the one taken after, so a single changed, added or removed row
// in any table — including tables added later — makes them differ.
import { createHash } from 'node:crypto';
import type { Dexie } from 'dexie';

export interface TableFingerprint {
  count: number;
  hash: string;
}

export type LibraryFingerprint = Record<string, TableFingerprint>;

/** JSON with object keys sorted, so two equal rows always serialise the same way. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Uint8Array) return JSON.stringify(Array.from(value));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export async function libraryFingerprint(db: Dexie): Promise<LibraryFingerprint> {
  const fingerprint: LibraryFingerprint = {};
  const tables = [...db.tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const table of tables) {
    // toArray() yields rows in primary-key order, so the hash does not depend on insertion order.
    const rows = await table.toArray();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(stableJson(row)).update('\n');
    fingerprint[table.name] = { count: rows.length, hash: hash.digest('hex') };
  }
  return fingerprint;
}
