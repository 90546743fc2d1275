// Version 6: the Trash. An issue moved there leaves every table it lives in (its summary, text,
// highlights, notes, events …) and is kept whole in one row here, keyed by its id, until it is
// restored, deleted forever, or 30 days old (repositories/trash.ts). Nothing moves on upgrade.
import type { Migration } from './migration';

export const trashSchema: Migration = {
  version: 6,
  stores: {
    trash: 'issueId, trashedAt',
  },
};
