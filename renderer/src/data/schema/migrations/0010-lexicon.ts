// Version 10: the policy-phrase lexicon and its per-issue counts. An existing library gets the
// starter lexicon here, each entry marked for the background re-count (lexicon-recount.ts), which
// boot.ts starts once the app is idle: counting 10,000 issues inside the upgrade transaction would
// hold the first render for seconds. A new library is seeded at first start
// (lexicon/lexicon-counts.ts, seedLexiconOnFirstStart), before the sample is stored.
import type { Transaction } from 'dexie';
import { LEXICON_SEEDED_KEY, pendingStarterRecords, starterRecords } from '../../lexicon/lexicon-rows';
import type { Migration } from './migration';

export const lexiconSchema: Migration = {
  version: 10,
  stores: {
    lexicon: 'id, &phrase',
    lexiconCounts: '[issueId+entryId], issueId, entryId',
  },
  upgrade: async (transaction: Transaction) => {
    const hasIssues = (await transaction.table('issueTexts').count()) > 0;
    await transaction.table('lexicon').bulkPut(hasIssues ? pendingStarterRecords() : starterRecords());
    await transaction.table('settings').put({ key: LEXICON_SEEDED_KEY, value: true });
  },
};
