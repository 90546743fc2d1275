// The one Dexie database of the app: typed tables, versions applied from migrations/.
import { Dexie, type EntityTable, type Table } from 'dexie';
import { migrations } from './migrations';
import { outboxMiddleware, type SyncCapture } from '../sync/outbox-middleware';
import type {
  CollectionItemRecord,
  CollectionRecord,
  EventRecord,
  HighlightRecord,
  IssueNoteRecord,
  IssueRecord,
  IssueTextRecord,
  LexiconCountRecord,
  LexiconTotalRecord,
  LexiconEntryRecord,
  PersonRecord,
  SearchDocRecord,
  SearchPostingRecord,
  SearchSegmentRecord,
  SettingRecord,
  SyncConflictRecord,
  SyncOutboxRecord,
  SyncReviewRecord,
  TagRecord,
  TrashRecord,
} from '../records';

export const DATABASE_NAME = 'readout';

export class ReadoutDatabase extends Dexie {
  issues!: EntityTable<IssueRecord, 'id'>;
  issueTexts!: EntityTable<IssueTextRecord, 'issueId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  tags!: EntityTable<TagRecord, 'id'>;
  // Highlights and issue notes (version 3): repositories/highlights.ts.
  highlights!: EntityTable<HighlightRecord, 'id'>;
  issueNotes!: EntityTable<IssueNoteRecord, 'issueId'>;
  // Events and the people registry (version 4): repositories/events.ts, repositories/people.ts.
  events!: EntityTable<EventRecord, 'id'>;
  people!: EntityTable<PersonRecord, 'id'>;
  // The search index (version 5): search/search-index.ts.
  searchDocs!: EntityTable<SearchDocRecord, 'n'>;
  searchSegments!: EntityTable<SearchSegmentRecord, 'seg'>;
  searchPostings!: EntityTable<SearchPostingRecord, 'k'>;
  // Issues moved to the Trash, each with everything that hung on it (version 6): repositories/trash.ts.
  trash!: EntityTable<TrashRecord, 'issueId'>;
  // Collections and their members (version 8): repositories/collections.ts.
  collections!: EntityTable<CollectionRecord, 'id'>;
  collectionItems!: Table<CollectionItemRecord, [string, string]>;
  // The lexicon and its per-issue counts (version 10): lexicon/lexicon-counts.ts.
  lexicon!: EntityTable<LexiconEntryRecord, 'id'>;
  lexiconCounts!: Table<LexiconCountRecord, [string, string]>;
  // Team sharing's state (version 11): data/sync/.
  syncOutbox!: EntityTable<SyncOutboxRecord, 'docId'>;
  syncConflicts!: EntityTable<SyncConflictRecord, 'docId'>;
  syncReviews!: Table<SyncReviewRecord, string>;
  /** Who this analyst is on their team, while a team is set up: the outbox middleware records changes only then. */
  readonly syncCapture: SyncCapture = { author: null };
  // Each entry's count over the library, a cache of the sums (version 12): lexicon/lexicon-totals.ts.
  lexiconTotals!: EntityTable<LexiconTotalRecord, 'entryId'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    this.use(outboxMiddleware(this.syncCapture));
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
