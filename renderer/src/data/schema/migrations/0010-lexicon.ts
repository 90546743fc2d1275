// Version 10: the policy-phrase lexicon and its per-issue counts. An existing library gets the
// starter lexicon and its issues counted here, in the upgrade transaction; a new library is seeded
// at first start (lexicon/lexicon-counts.ts, seedLexiconOnFirstStart), before the sample is stored.
import type { Table, Transaction } from 'dexie';
import type { IssueTextRecord } from '../../records';
import { LEXICON_SEEDED_KEY, countRows, starterRecords } from '../../lexicon/lexicon-rows';
import type { Migration } from './migration';

export const lexiconSchema: Migration = {
  version: 10,
  stores: {
    lexicon: 'id, &phrase',
    lexiconCounts: '[issueId+entryId], issueId, entryId',
  },
  upgrade: async (transaction: Transaction) => {
    const entries = starterRecords();
    await transaction.table('lexicon').bulkPut(entries);
    await transaction.table('settings').put({ key: LEXICON_SEEDED_KEY, value: true });
    const texts = transaction.table('issueTexts') as Table<IssueTextRecord>;
    const keys = (await texts.toCollection().primaryKeys()) as string[];
    for (let offset = 0; offset < keys.length; offset += 200) {
      const chunk = (await texts.bulkGet(keys.slice(offset, offset + 200))).filter((text) => text !== undefined);
      await transaction.table('lexiconCounts').bulkAdd(countRows(entries, chunk));
    }
  },
};
