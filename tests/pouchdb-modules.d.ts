// PouchDB's typings for the tests: the same declarations the renderer uses.
/// <reference path="../renderer/src/data/sync/pouchdb-modules.d.ts" />
