// express-pouchdb ships no typings: the one call the e2e team server makes.
declare module 'express-pouchdb' {
  import type { RequestHandler } from 'express';
  function expressPouchDB(pouch: unknown, options?: { mode?: string; inMemoryConfig?: boolean; logPath?: string }): RequestHandler;
  export default expressPouchDB;
}
