// Every shape stored in IndexedDB, in one file: what a migration declares, a repository reads
// and writes, and a backup carries. An issue's summary (what the library lists) and its text (what
// the reader shows) live in separate tables so that listing 10,000 issues never loads their text.
import type { Block, SectionHeading } from '../domain/digest/types';
import type { EventDate, EventType, UncertainField } from '../domain/events/types';
import type { AnchorStatus, AnchorTarget } from '../domain/anchoring';
import type { SearchDocKind, SearchFields } from '../domain/search/documents';

export interface IssueRecord {
  id: string;
  title: string;
  series: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  published: string | null;
  source: string | null;
  /** Where it came from: a file name, or the "pasted text" marker. */
  origin: string;
  contentHash: string;
  /** ISO 8601 instant of the import. */
  importedAt: string;
  /** Tags of the issue itself (ids into the tags table). Absent on issues stored before version 2. */
  tagIds?: string[];
  /**
   * What the analyst corrected in Edit details (repositories/issue-details.ts): these values win
   * over what the parser reads from a new version of the text. Absent when nothing was edited.
   */
  edited?: Partial<IssueDetails>;
}

/** The facts of an issue the analyst may correct. */
export interface IssueDetails {
  title: string;
  series: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  published: string | null;
  source: string | null;
}

/** A label of the one taxonomy shared by highlights, issues and events. */
export interface TagRecord {
  id: string;
  name: string;
  /** A CSS colour, e.g. "#a4262c". */
  color: string;
  createdAt: string;
}

export interface IssueTextRecord {
  issueId: string;
  blocks: Block[];
  sections: SectionHeading[];
  credits: string[];
  imagePlaceholders: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

// The stored shapes of highlights (version 3 of the schema) and of the one note per issue.
export interface HighlightRecord {
  id: string;
  issueId: string;
  /** The W3C Web Annotation target taken when the highlight was made (or last re-anchored exactly). */
  target: AnchorTarget;
  /** Where it is now in the issue text (see domain/anchoring/issue-text.ts); not painted when orphaned. */
  start: number;
  end: number;
  /** How it was last anchored: fuzzy and orphaned highlights are listed under "Needs review". */
  anchor: AnchorStatus;
  categoryId: string;
  /** Multi-line plain text; '' when there is none. */
  note: string;
  tagIds: string[];
  createdAt: string;
  updatedAt: string;
  /** The team member who made it (data/sync/); absent on highlights made without a team, which are this analyst's. */
  author?: string;
}

export interface IssueNoteRecord {
  issueId: string;
  text: string;
  updatedAt: string;
}

// The stored shapes of events and the people registry (schema version 4). An event keeps what
// the extractor proposed, what the analyst changed, and whether it was confirmed; people keep
// their titles over time and their aliases.
/** proposed: as extracted, replaced when extraction runs again; confirmed/edited: the analyst's, never replaced. */
export type EventStatus = 'proposed' | 'confirmed' | 'edited';

export interface EventOfficial {
  name: string;
  titles: string[];
  /** The person in the registry. */
  personId: string;
}

export interface EventRecord {
  id: string;
  issueId: string;
  /** The block the event starts in, and every block it spans. */
  blockIndex: number;
  blockIndexes: number[];
  line: number;
  date: EventDate;
  /** First day of `date` for ordering: "2022-09-12", "--09-12", or "~" when undated (sorts last). */
  dateSort: string;
  timeOfDay: string | null;
  officials: EventOfficial[];
  /** Registry ids of the officials, indexed (multi-entry) for "every event of this person". */
  personIds: string[];
  place: string | null;
  type: EventType;
  summary: string;
  status: EventStatus;
  /** 'extracted' by the app, or 'manual' when the analyst added it from a selection. */
  origin: 'extracted' | 'manual';
  tagIds: string[];
  /**
   * Set when a new version of the issue replaced its text and the paragraphs this reviewed event
   * was read from (their texts, here) are no longer in it: the event is kept, listed for review,
   * and not placed on any paragraph. Absent while the event sits on its paragraph.
   */
  lostParagraphs?: string[];
  /**
   * The fields the extractor inferred from context rather than read in the event's words
   * (ProposedEvent.uncertain), shown marked while the event is proposed. Absent when none, and on
   * events added by hand.
   */
  uncertain?: UncertainField[];
  createdAt: string;
  updatedAt: string;
  /** Who reviewed it, once shared with a team (data/sync/); absent on this analyst's own reviews. */
  author?: string;
}

export interface PersonTitle {
  title: string;
  /** First and last event day (or import day) the title was seen with. */
  firstSeen: string;
  lastSeen: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  /** Other names this person goes by (merged entries' names). */
  aliases: string[];
  titles: PersonTitle[];
  /** Set when this entry was merged into another: the surviving person's id. */
  mergedInto?: string;
}

// The search index (version 5 of the schema): see search/search-index.ts.
export interface SearchDocRecord {
  /** The document number used in postings; auto-incremented, never reused. */
  n?: number;
  id: string;
  kind: SearchDocKind;
  issueId?: string;
  blockIndex?: number;
  /** The text, for every kind but 'issue' and 'person' (read from issueTexts and people: textKeptElsewhere). */
  text?: string;
  fields?: SearchFields;
}

export interface SearchSegmentRecord {
  seg?: number;
  /** Document numbers of the segment's local documents 0, 1, 2 …, ascending. */
  docs: Uint32Array;
  /** Still taking small writes (merged and rewritten by the next one). */
  open: boolean;
  /** Folded text length of each local document: what compaction weighs dead documents by. */
  sizes?: Uint32Array;
}

export interface SearchPostingRecord {
  /** segment · POSTING_KEY_STRIDE + bucket; bucket BUCKET_COUNT holds the bigram vocabulary. */
  k: number;
  data: Uint8Array | Uint32Array;
}

// The Trash (version 6 of the schema): see repositories/trash.ts.
export interface TrashRecord {
  issueId: string;
  /** The issue's title when it was trashed, for the Trash list. */
  title: string;
  /** ISO 8601 instant it was moved to the Trash; it is deleted for good 30 days later. */
  trashedAt: string;
  /** Every row that hung on the issue, by table name, its own summary under "issues". */
  rows: Record<string, unknown[]>;
}

// Collections (version 8 of the schema): see repositories/collections.ts.
export interface CollectionRecord {
  id: string;
  name: string;
  createdAt: string;
}

/** One issue in one collection. */
export interface CollectionItemRecord {
  collectionId: string;
  issueId: string;
  addedAt: string;
}

// The lexicon (version 10): the analyst's policy phrases (domain/lexicon/types.ts), and how many
// times each occurs in each issue — derived from the texts and the lexicon, rebuilt on restore.
export interface LexiconEntryRecord {
  id: string;
  phrase: string;
  variants: string[];
  category: { name: string; colour: string };
  note: string;
  enabled: boolean;
  /**
   * Set while this entry's counts are being re-counted after a lexicon edit (lexicon-recount.ts):
   * its counts are complete for the issues whose id is at most `after`, and missing beyond it.
   * The views say "counting" rather than show a count that is short; start-up finishes the job.
   */
  pendingCount?: { after: string };
}

export interface LexiconCountRecord {
  issueId: string;
  entryId: string;
  count: number;
}

// Team sharing (version 11): see data/sync/. Sync state only, never backed up.
/** A shared document whose records changed here since it was last written to the local replica. */
export interface SyncOutboxRecord {
  docId: string;
}

/** A shared document the replica holds in more than one version: listed under Conflicts until the analyst decides. */
export interface SyncConflictRecord {
  docId: string;
  /** The revision CouchDB's deterministic choice shows until then. */
  winnerRev: string;
  losingRevs: string[];
  detectedAt: string;
}

/** Something a sync could not settle alone: a deletion against an edit, or a document refused as malformed. */
export type SyncReviewRecord =
  | { id: string; kind: 'deletedTagInUse'; tagId: string; tagName: string; deletedBy: string; uses: number; at: string }
  | { id: string; kind: 'refusedDoc'; docId: string; reason: string; at: string };

/** One entry's count over the library: the sum of its LexiconCountRecords (lexicon/lexicon-totals.ts). */
export interface LexiconTotalRecord {
  entryId: string;
  total: number;
}
