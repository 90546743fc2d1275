// Version 11: team sharing (data/sync/). The outbox holds the ids of the shared documents whose
// records changed locally since they were last written to the replica (one row per document, so a
// hundred edits of one issue's highlights send it once); conflicts and reviews hold what the
// analyst must decide after a sync. All three are sync state, not library data: nothing moves on
// upgrade, and a library with no team never writes to them.
import type { Migration } from './migration';

export const teamSyncSchema: Migration = {
  version: 11,
  stores: {
    syncOutbox: 'docId',
    syncConflicts: 'docId',
    syncReviews: 'id',
  },
};
