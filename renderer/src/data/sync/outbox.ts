// Drains the outbox into the local replica: each listed document is rebuilt from the library and
// written only when its content changed (so documents that arrived and were applied here are not
// sent back). Rows are taken before the documents are built, so an edit made meanwhile lists its
// document again rather than being lost; a failed write puts the rows back.
import type { ReadoutDatabase } from '../schema/db';
import { buildDoc } from './build-docs';
import { sameContent, type DocContent } from './documents';
import type { Replica } from './pouch';

const CHUNK = 200;

type Stored = { _id: string; _rev: string; _deleted?: boolean; type?: string; tag?: unknown };

/** Writes the outbox's documents; returns the ids and revisions written. */
export async function drainOutbox(db: ReadoutDatabase, local: Replica, me: string): Promise<{ id: string; rev: string }[]> {
  const written: { id: string; rev: string }[] = [];
  for (;;) {
    const taken = await db.transaction('rw', db.syncOutbox, async () => {
      const rows = await db.syncOutbox.limit(CHUNK).primaryKeys();
      await db.syncOutbox.bulkDelete(rows);
      return rows;
    });
    if (taken.length === 0) return written;
    try {
      written.push(...(await writeDocs(db, local, me, taken)));
    } catch (error) {
      await db.syncOutbox.bulkPut(taken.map((docId) => ({ docId })));
      throw error;
    }
  }
}

async function writeDocs(db: ReadoutDatabase, local: Replica, me: string, docIds: string[]): Promise<{ id: string; rev: string }[]> {
  const existing = await local.allDocs({ keys: docIds, include_docs: true });
  const puts: { _id: string; [field: string]: unknown }[] = [];
  for (const [index, docId] of docIds.entries()) {
    const row = existing.rows[index] as { value?: { rev: string; deleted?: boolean }; doc?: Stored | null } | undefined;
    const rev = row?.value?.rev;
    const deleted = row?.value?.deleted === true;
    const stored = !deleted ? (row?.doc ?? undefined) : undefined;
    const built = await buildDoc(db, docId, me);
    if (built.kind === 'skip') continue;
    if (built.kind === 'absent') {
      // A tombstone that says who deleted it, so the others can tell the analyst.
      if (stored) puts.push({ _id: docId, _rev: rev, _deleted: true, type: stored.type, author: me, tag: stored.tag });
      continue;
    }
    if (stored && sameContent(stored as unknown as DocContent, built.content)) continue;
    puts.push({ ...built.content, _id: docId, ...(rev ? { _rev: rev } : {}) });
  }
  if (puts.length === 0) return [];
  const results = await local.bulkDocs(puts);
  const failed = results.find((result) => 'error' in result && result.error);
  if (failed) throw new Error(`The local replica refused a write: ${JSON.stringify(failed)}`);
  return results.map((result) => ({ id: result.id!, rev: (result as { rev: string }).rev }));
}
