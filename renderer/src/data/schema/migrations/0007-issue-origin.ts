// Version 7: issues indexed by origin (the file name they came from), so that a file imported
// again under the same name is checked as a new version of the issue it came from
// (repositories/issue-versions.ts) without reading every issue. An index only: nothing moves.
import type { Migration } from './migration';

export const issueOriginSchema: Migration = {
  version: 7,
  stores: {
    issues: 'id, &contentHash, title, published, periodStart, importedAt, series, *tagIds, origin',
  },
};
