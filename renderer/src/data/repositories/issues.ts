// Stores and reads issues. An issue and its text are written in one transaction, so the library
// never holds half an issue.
import { prepareGazetteer } from '../../domain/events/gazetteer/load-gazetteer';
import type { ReadableDigest } from '../../domain/import/read-digest-file';
import { newId, type ReadoutDatabase } from '../schema/db';
import type { IssueRecord, IssueTextRecord } from '../records';
import { issueSearchDoc } from '../../domain/search/documents';
import type { SearchDoc } from '../../domain/search/documents';
import { indexDocuments, searchIndexTables } from '../search/search-index';
import { eventTables, storeProposedEvents } from './events';
import { countIssues, lexiconCountTables } from '../lexicon/lexicon-counts';

export type StoreIssueResult = { status: 'imported'; id: string } | { status: 'duplicate'; id: string };

export function issueRecordsFor(digest: ReadableDigest, importedAt: Date): { issue: IssueRecord; text: IssueTextRecord } {
  const { parsed } = digest;
  const id = newId();
  return {
    issue: {
      id,
      title: parsed.title || digest.name,
      series: parsed.series,
      periodStart: parsed.period?.start ?? null,
      periodEnd: parsed.period?.end ?? null,
      published: parsed.published,
      source: parsed.source,
      origin: digest.name,
      contentHash: digest.contentHash,
      importedAt: importedAt.toISOString(),
    },
    text: {
      issueId: id,
      blocks: parsed.blocks,
      sections: parsed.sections,
      credits: parsed.credits,
      imagePlaceholders: parsed.imagePlaceholders,
    },
  };
}

/**
 * Stores several issues in one transaction: each is whole or absent, and a batch import pays
 * the transaction cost once per chunk rather than once per file. Texts already in the library,
 * or twice in the same chunk, come back as duplicates of the issue that has them.
 */
export async function storeIssues(
  db: ReadoutDatabase,
  digests: readonly ReadableDigest[],
  importedAt = new Date(),
): Promise<StoreIssueResult[]> {
  // The divisions events' places are checked against load before the transaction: awaiting a
  // dynamic import inside it would let IndexedDB commit it early.
  await prepareGazetteer();
  return db.transaction(
    'rw',
    [db.issues, db.issueTexts, ...searchIndexTables(db), ...eventTables(db), ...lexiconCountTables(db)],
    async () => {
      const hashes = [...new Set(digests.map((digest) => digest.contentHash))];
      const existing = await db.issues.where('contentHash').anyOf(hashes).toArray();
      const idByHash = new Map(existing.map((issue) => [issue.contentHash, issue.id]));
      const results: StoreIssueResult[] = [];
      const issues: IssueRecord[] = [];
      const texts: IssueTextRecord[] = [];
      for (const digest of digests) {
        const knownId = idByHash.get(digest.contentHash);
        if (knownId) {
          results.push({ status: 'duplicate', id: knownId });
          continue;
        }
        const { issue, text } = issueRecordsFor(digest, importedAt);
        idByHash.set(issue.contentHash, issue.id);
        issues.push(issue);
        texts.push(text);
        results.push({ status: 'imported', id: issue.id });
      }
      await db.issues.bulkAdd(issues);
      await db.issueTexts.bulkAdd(texts);
      // Events: propose the new issues' events in this same transaction (an issue is stored with its events).
      const peopleDocs: SearchDoc[] = [];
      await storeProposedEvents(
        db,
        issues.map((issue, index) => ({ issue, blocks: texts[index]!.blocks })),
        peopleDocs,
      );
      // Search: the new issues and the people they brought, in this same transaction and in one
      // index write, so a chunk adds one segment and the library and its index never disagree.
      await indexDocuments(db, [...issues.map((issue, index) => issueSearchDoc(issue, texts[index]!.blocks)), ...peopleDocs]);
      // Lexicon: the new issues' phrase counts, in this same transaction.
      await countIssues(db, texts);
      return results;
    },
  );
}

export async function storeIssue(db: ReadoutDatabase, digest: ReadableDigest, importedAt = new Date()): Promise<StoreIssueResult> {
  const [result] = await storeIssues(db, [digest], importedAt);
  if (!result) throw new Error('storeIssues returned no result');
  return result;
}

export function listIssues(db: ReadoutDatabase): Promise<IssueRecord[]> {
  return db.issues.toArray();
}

/** The titles of just these issues (id → title), for views that name a few issues out of thousands. */
export async function issueTitles(db: ReadoutDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const issues = await db.issues.bulkGet([...ids]);
  return new Map(issues.filter((issue) => !!issue).map((issue) => [issue.id, issue.title]));
}

export async function getIssueWithText(db: ReadoutDatabase, id: string): Promise<{ issue: IssueRecord; text: IssueTextRecord } | null> {
  return db.transaction('r', db.issues, db.issueTexts, async () => {
    const [issue, text] = await Promise.all([db.issues.get(id), db.issueTexts.get(id)]);
    return issue && text ? { issue, text } : null;
  });
}
