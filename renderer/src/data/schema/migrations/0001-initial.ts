// Version 1 of the schema: issues (summaries), their texts, and settings.
import type { Migration } from './migration';

export const initialSchema: Migration = {
  version: 1,
  stores: {
    issues: 'id, &contentHash, title, published, periodStart, importedAt, series',
    issueTexts: 'issueId',
    settings: 'key',
  },
};
