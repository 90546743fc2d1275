// Version 5: the search index — documents (what each indexed thing is, without its text for
// issues, which the issueTexts table already holds), segments (the documents written together)
// and their posting buckets (search/search-index.ts). Issues stored before this version
// are indexed here, once, with the notes, events and people already stored (search-docs.ts); a
// start after that never rebuilds the index.
import type { Table, Transaction } from 'dexie';
import { issueSearchDoc } from '../../../domain/search/documents';
import type { EventRecord, HighlightRecord, IssueNoteRecord, IssueRecord, IssueTextRecord, PersonRecord } from '../../records';
import { analystDocs } from '../../search/search-docs';
import { writeSearchIndex } from '../../search/search-index';
import type { Migration } from './migration';

export const searchIndexSchema: Migration = {
  version: 5,
  stores: {
    searchDocs: '++n, &id, issueId',
    searchSegments: '++seg',
    searchPostings: 'k',
  },
  upgrade: async (transaction: Transaction) => {
    const tables = {
      docs: transaction.table('searchDocs') as Table,
      segments: transaction.table('searchSegments') as Table,
      postings: transaction.table('searchPostings') as Table,
    };
    const issues = (await transaction.table('issues').toArray()) as IssueRecord[];
    const batch = 200;
    for (let offset = 0; offset < issues.length; offset += batch) {
      const chunk = issues.slice(offset, offset + batch);
      const texts = (await transaction.table('issueTexts').bulkGet(chunk.map((issue) => issue.id))) as (IssueTextRecord | undefined)[];
      const docs = chunk.flatMap((issue, index) => {
        const text = texts[index];
        return text ? [issueSearchDoc(issue, text.blocks)] : [];
      });
      await writeSearchIndex(tables, docs);
    }
    const others = analystDocs({
      issues,
      highlights: (await transaction.table('highlights').toArray()) as HighlightRecord[],
      issueNotes: (await transaction.table('issueNotes').toArray()) as IssueNoteRecord[],
      events: (await transaction.table('events').toArray()) as EventRecord[],
      people: (await transaction.table('people').toArray()) as PersonRecord[],
    });
    for (let offset = 0; offset < others.length; offset += 2000) await writeSearchIndex(tables, others.slice(offset, offset + 2000));
  },
};
