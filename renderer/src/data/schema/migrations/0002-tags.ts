// Version 2: the one tag taxonomy shared by highlights, issues and events. Issues carry tag ids
// in a multi-entry index so "every issue with tag X" is one query.
import type { Migration } from './migration';

export const tagsSchema: Migration = {
  version: 2,
  stores: {
    tags: 'id, &name',
    issues: 'id, &contentHash, title, published, periodStart, importedAt, series, *tagIds',
  },
};
