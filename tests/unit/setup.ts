// Unit-test set-up: an in-memory IndexedDB (fake-indexeddb) in place before Dexie loads.
import 'fake-indexeddb/auto';
