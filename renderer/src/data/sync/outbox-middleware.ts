// Records, in the same IndexedDB transaction as the change itself, which shared documents a write
// touched: a Dexie DBCore middleware under every repository, so no write path can forget to tell
// the sync (the one write path stays the repositories; this only watches it). It is inert until a
// team is set up (capture.author is null): without a team no transaction changes at all.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { CATEGORIES_KEY } from '../repositories/highlight-categories';
import { CATEGORIES_DOC_ID, eventsDocId, highlightsDocId, issueDocId, noteDocId, tagDocId } from './documents';

export interface SyncCapture {
  /** The team user name while a team is set up; null records nothing. */
  author: string | null;
}

export const OUTBOX_TABLE = 'syncOutbox';

type Row = Record<string, unknown>;

/** The document ids a row of a shared table belongs to; tables not listed are not shared. */
const docIdsOf: Record<string, (row: Row, author: string, type: DBCoreMutateRequest['type']) => string[]> = {
  issues: (row) => [issueDocId(String(row['id']))],
  issueTexts: (row) => [issueDocId(String(row['issueId']))],
  highlights: (row, author) => [highlightsDocId(String(row['issueId']), typeof row['author'] === 'string' ? row['author'] : author)],
  issueNotes: (row) => [noteDocId(String(row['issueId']))],
  // Proposals are derived from the text on each side: only events the analyst touched (reviewed
  // or tagged) are shared. An import adds proposals and a new text deletes them: neither is sent;
  // any change of an existing event (a put) may touch the shared set, so it lists the document.
  events: (row, _author, type) =>
    type === 'put' || row['status'] !== 'proposed' || (Array.isArray(row['tagIds']) && row['tagIds'].length > 0)
      ? [eventsDocId(String(row['issueId']))]
      : [],
  tags: (row) => [tagDocId(String(row['id']))],
  settings: (row) => (row['key'] === CATEGORIES_KEY ? [CATEGORIES_DOC_ID] : []),
};

export const sharedTables = Object.keys(docIdsOf);

/**
 * The rows a delete will remove, read before it runs (a delete names keys; the documents hang on
 * the rows). Promises are chained on DBCore's own, never awaited: a native await would lose the
 * Dexie zone the layers below need to find their transaction.
 */
function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Row[]> | null {
  if (req.type === 'delete')
    return table.getMany({ trans: req.trans, keys: req.keys }).then((rows: (Row | undefined)[]) => rows.filter((row) => !!row));
  if (req.type === 'deleteRange')
    return table
      .query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
      .then(({ result }) => result as Row[]);
  return null;
}

export function outboxMiddleware(capture: SyncCapture): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'readout-sync-outbox',
    create(down) {
      return {
        ...down,
        // A write transaction over a shared table also takes the outbox, so the ids land with the change.
        transaction(stores, mode, options) {
          const widened =
            capture.author !== null && mode === 'readwrite' && !stores.includes(OUTBOX_TABLE) && stores.some((name) => name in docIdsOf)
              ? [...stores, OUTBOX_TABLE]
              : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          const ids = docIdsOf[name];
          if (!ids) return table;
          return {
            ...table,
            mutate(req) {
              const author = capture.author;
              if (author === null) return table.mutate(req);
              const record = (rows: readonly Row[], response: DBCoreMutateResponse) => {
                const docIds = [...new Set(rows.flatMap((row) => ids(row, author, req.type)))];
                return docIds.length === 0 ? response : enqueue(down, req.trans, docIds).then(() => response);
              };
              const before = rowsBefore(table, req);
              if (before) return before.then((rows) => table.mutate(req).then((response) => record(rows, response)));
              return table
                .mutate(req)
                .then((response) => record(req.type === 'add' || req.type === 'put' ? (req.values as Row[]) : [], response));
            },
          };
        },
      };
    },
  };
}

function enqueue(down: DBCore, trans: DBCoreTransaction, docIds: string[]): Promise<DBCoreMutateResponse> {
  return down.table(OUTBOX_TABLE).mutate({ type: 'put', trans, values: docIds.map((docId) => ({ docId })) });
}
