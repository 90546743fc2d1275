// Version 9: two kinds of search document that version 5 did not write. Every highlight is a
// document of its own (kind 'highlight': its quote, then its note), so kind:highlight and tag:
// find highlights without a note too; before, only a note written on a highlight was indexed, as
// a note, and those documents are replaced here. And every proposed event is indexed (marked
// proposed), as imports now do, so a proposal is found before the analyst reviews it. No table changes.
import type { Table, Transaction } from 'dexie';
import type { EventRecord, HighlightRecord, IssueRecord } from '../../records';
import { eventDoc, highlightDoc, isReviewedEvent, issueDay, OLD_HIGHLIGHT_NOTE_PREFIX } from '../../search/search-docs';
import { writeSearchIndex } from '../../search/search-index';
import type { Migration } from './migration';

export const searchHighlightsAndProposalsSchema: Migration = {
  version: 9,
  stores: {},
  upgrade: async (transaction: Transaction) => {
    const tables = {
      docs: transaction.table('searchDocs') as Table,
      segments: transaction.table('searchSegments') as Table,
      postings: transaction.table('searchPostings') as Table,
    };
    await tables.docs.where('id').startsWith(OLD_HIGHLIGHT_NOTE_PREFIX).delete();
    const issues = (await transaction.table('issues').toArray()) as IssueRecord[];
    const days = new Map(issues.map((issue) => [issue.id, issueDay(issue)]));
    const highlights = (await transaction.table('highlights').toArray()) as HighlightRecord[];
    const proposals = ((await transaction.table('events').toArray()) as EventRecord[]).filter((event) => !isReviewedEvent(event));
    const docs = [
      ...highlights.map((highlight) => highlightDoc(highlight, days.get(highlight.issueId) ?? null)),
      ...proposals.map(eventDoc),
    ];
    // Not written as fresh: a database that passed through version 5 here has them already.
    for (let offset = 0; offset < docs.length; offset += 2000) await writeSearchIndex(tables, docs.slice(offset, offset + 2000));
  },
};
