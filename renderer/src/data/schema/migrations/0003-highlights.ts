// Version 3: highlights (with their anchoring target, category, note and tags) and one note per
// issue. Highlights carry tag ids in a multi-entry index, like every tagged table.
import type { Migration } from './migration';

export const highlightsSchema: Migration = {
  version: 3,
  stores: {
    highlights: 'id, issueId, categoryId, *tagIds, createdAt, anchor',
    issueNotes: 'issueId, updatedAt',
  },
};
