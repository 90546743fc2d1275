// First start: put the sample issue in the library once, so a newcomer sees a real digest at
// once. The marker is written in the same transaction, so deleting the sample later does not
// bring it back on the next start.
import { prepareGazetteer } from '../../domain/events/gazetteer/load-gazetteer';
import { readDigestText } from '../../domain/import/read-digest-file';
import type { ReadoutDatabase } from '../schema/db';
import { issueSearchDoc } from '../../domain/search/documents';
import { issueRecordsFor } from '../repositories/issues';
import { indexDocuments, searchIndexTables } from '../search/search-index';
import { eventTables, storeProposedEvents } from '../repositories/events';
import { countIssues, lexiconCountTables } from '../lexicon/lexicon-counts';

const SAMPLE_SEEDED_KEY = 'sampleSeeded';

export async function seedSampleOnFirstStart(db: ReadoutDatabase, sampleName: string, sampleText: string): Promise<void> {
  // Every later start ends here: reading the sample and loading the gazetteer (650 KB of place
  // names) cost a start-up 0.1–0.3 s before the library's first paint, for nothing.
  if (await db.settings.get(SAMPLE_SEEDED_KEY)) return;
  const read = readDigestText(sampleName, sampleText);
  if (!read.ok) throw new Error(`The bundled sample ${sampleName} cannot be read`);
  await prepareGazetteer(); // before the transaction, which an awaited import would end
  await db.transaction(
    'rw',
    [db.issues, db.issueTexts, db.settings, ...searchIndexTables(db), ...eventTables(db), ...lexiconCountTables(db)],
    async () => {
      if (await db.settings.get(SAMPLE_SEEDED_KEY)) return;
      const { issue, text } = issueRecordsFor(read.digest, new Date());
      if (!(await db.issues.where('contentHash').equals(issue.contentHash).first())) {
        await db.issues.add(issue);
        await db.issueTexts.add(text);
        // Search: the sample is indexed like any import, in the same transaction.
        await indexDocuments(db, [issueSearchDoc(issue, text.blocks)]);
        // Events: the sample gets its proposed events like any import.
        await storeProposedEvents(db, [{ issue, blocks: text.blocks }]);
        await countIssues(db, [text]);
      }
      await db.settings.put({ key: SAMPLE_SEEDED_KEY, value: true });
    },
  );
}
