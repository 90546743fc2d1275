// The shapes stored in IndexedDB. An issue's summary (what the library lists) and its text (what
// the reader shows) live in separate tables so that listing 10,000 issues never loads their text.
import type { Block, SectionHeading } from '../domain/digest/types';

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
