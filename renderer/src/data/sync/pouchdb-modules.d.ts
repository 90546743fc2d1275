// The part of PouchDB's API Readout uses, typed here: the DefinitelyTyped packages pull Node's
// Buffer typings into every project of the build and break unrelated code's types.
declare module 'pouchdb-core' {
  namespace PouchDB {
    interface Plugin {
      readonly __pouchPlugin?: never;
    }
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      [field: string]: unknown;
    }
    interface WriteResult {
      ok?: boolean;
      id?: string;
      rev?: string;
      error?: string | boolean;
      status?: number;
    }
    interface AllDocsRow {
      id?: string;
      key: string;
      value?: { rev: string; deleted?: boolean };
      doc?: (Doc & { _rev: string }) | null;
      error?: string;
    }
    interface Change {
      id: string;
      seq: number | string;
      deleted?: boolean;
      doc?: Doc & { _rev: string; _conflicts?: string[] };
    }
    interface ReplicationResult {
      ok: boolean;
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      errors: unknown[];
    }
    interface Database<_Content = Record<string, unknown>> {
      info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
      get(
        id: string,
        options?: { rev?: string; conflicts?: boolean; revs?: boolean },
      ): Promise<Doc & { _rev: string; _conflicts?: string[] }>;
      put(doc: Doc): Promise<WriteResult>;
      bulkDocs(docs: Doc[]): Promise<WriteResult[]>;
      allDocs(options?: {
        keys?: string[];
        include_docs?: boolean;
        conflicts?: boolean;
        limit?: number;
      }): Promise<{ rows: AllDocsRow[]; total_rows: number }>;
      changes(options: {
        since?: number | string;
        limit?: number;
        include_docs?: boolean;
        conflicts?: boolean;
      }): Promise<{ results: Change[]; last_seq: number | string }>;
      replicate: {
        to(target: Database, options?: { batch_size?: number; batches_limit?: number }): Promise<ReplicationResult>;
        from(source: Database, options?: { batch_size?: number; batches_limit?: number }): Promise<ReplicationResult>;
      };
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBStatic {
    new <Content = Record<string, unknown>>(name: string, options?: Record<string, unknown>): PouchDB.Database<Content>;
    plugin(plugin: PouchDB.Plugin): PouchDBStatic;
    defaults(options: Record<string, unknown>): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}

// Plugins are opaque values handed to PouchDB.plugin().
declare module 'pouchdb-adapter-http' {
  const plugin: { readonly __pouchPlugin?: never };
  export default plugin;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: { readonly __pouchPlugin?: never };
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: { readonly __pouchPlugin?: never };
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: { readonly __pouchPlugin?: never };
  export default plugin;
}
