// Every schema version in order. A change to the schema adds a file here; it never edits an old one.
import { initialSchema } from './0001-initial';
import { tagsSchema } from './0002-tags';
import { highlightsSchema } from './0003-highlights';
import { eventsSchema } from './0004-events';
import { searchIndexSchema } from './0005-search-index';
import { trashSchema } from './0006-trash';
import { issueOriginSchema } from './0007-issue-origin';
import { collectionsSchema } from './0008-collections';
import { searchHighlightsAndProposalsSchema } from './0009-search-highlights-and-proposals';
import { lexiconSchema } from './0010-lexicon';
import { teamSyncSchema } from './0011-team-sync';
import { lexiconTotalsSchema } from './0012-lexicon-totals';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  initialSchema,
  tagsSchema,
  highlightsSchema,
  eventsSchema,
  searchIndexSchema,
  trashSchema,
  issueOriginSchema,
  collectionsSchema,
  searchHighlightsAndProposalsSchema,
  lexiconSchema,
  teamSyncSchema,
  lexiconTotalsSchema,
];
