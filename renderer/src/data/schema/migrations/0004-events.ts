// Version 4: events proposed from every issue and the people registry. Events carry tag ids of
// the shared taxonomy (multi-entry `*tagIds`) and person ids (`*personIds`). The upgrade proposes
// events for the issues stored before this version, so an existing library gets them too.
import type { Transaction } from 'dexie';
import type { IssueRecord, IssueTextRecord } from '../../records';
import { extractIssues, proposedEventRecords } from '../../repositories/event-proposals';
import type { Migration } from './migration';

export const eventsSchema: Migration = {
  version: 4,
  stores: {
    events: 'id, issueId, dateSort, *personIds, *tagIds',
    people: 'id, name, *aliases',
  },
  upgrade: async (transaction: Transaction) => {
    const issues = (await transaction.table('issues').toArray()) as IssueRecord[];
    const texts = (await transaction.table('issueTexts').toArray()) as IssueTextRecord[];
    const textById = new Map(texts.map((text) => [text.issueId, text]));
    const people = transaction.table('people');
    const items = issues.flatMap((issue) => {
      const text = textById.get(issue.id);
      return text ? [{ issue, blocks: text.blocks }] : [];
    });
    const { events, people: persons } = proposedEventRecords(extractIssues(items), new Map());
    await people.bulkPut(persons);
    await transaction.table('events').bulkAdd(events);
  },
};
