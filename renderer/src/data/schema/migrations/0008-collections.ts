// Version 8: collections, the analyst's own groups of issues (as in Zotero). A collection is a
// name; its members are rows of collectionItems, one per issue in it, indexed by issueId like
// every table that hangs on an issue — so an issue moved to the Trash takes its memberships with
// it and gets them back on restore (repositories/trash.ts). Nothing moves on upgrade.
import type { Migration } from './migration';

export const collectionsSchema: Migration = {
  version: 8,
  stores: {
    collections: 'id, &name',
    collectionItems: '[collectionId+issueId], collectionId, issueId',
  },
};
