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
// issue-versions imports this module too; each uses the other's functions only when called.
import { replaceIssueText } from './issue-versions';

export type StoreIssueResult = { status: 'imported'; id: string } | { status: 'duplicate'; id: string };

/**
 * An issue's id comes from its text's content hash, so that two analysts of a team who import the
 * same file hold the same issue (data/sync/); storeIssues falls back to a random id when that one
 * is taken (the same text kept in the Trash).
 */
export function issueIdFor(contentHash: string): string {
  return `i-${contentHash}`;
}

export function issueRecordsFor(
  digest: ReadableDigest,
  importedAt: Date,
  id = issueIdFor(digest.contentHash),
): { issue: IssueRecord; text: IssueTextRecord } {
  const { parsed } = digest;
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
  /** The ids to store them under (a team's issue arriving keeps its id); by default, from the content hash. */
  ids?: readonly string[],
): Promise<StoreIssueResult[]> {
  // The divisions events' places are checked against load before the transaction: awaiting a
  // dynamic import inside it would let IndexedDB commit it early.
  await prepareGazetteer();
  return db.transaction(
    'rw',
    [db.issues, db.issueTexts, db.trash, ...searchIndexTables(db), ...eventTables(db), ...lexiconCountTables(db)],
    async () => {
      const wanted = digests.map((digest, index) => ids?.[index] ?? issueIdFor(digest.contentHash));
      const taken = new Set([
        ...(await db.trash.bulkGet(wanted)).flatMap((row) => (row ? [row.issueId] : [])),
        ...(await db.issues.bulkGet(wanted)).flatMap((row) => (row ? [row.id] : [])),
      ]);
      const hashes = [...new Set(digests.map((digest) => digest.contentHash))];
      const existing = await db.issues.where('contentHash').anyOf(hashes).toArray();
      const idByHash = new Map(existing.map((issue) => [issue.contentHash, issue.id]));
      const results: StoreIssueResult[] = [];
      const issues: IssueRecord[] = [];
      const texts: IssueTextRecord[] = [];
      for (const [index, digest] of digests.entries()) {
        const knownId = idByHash.get(digest.contentHash);
        if (knownId) {
          results.push({ status: 'duplicate', id: knownId });
          continue;
        }
        const id = taken.has(wanted[index]!) ? newId() : wanted[index]!;
        taken.add(id);
        const { issue, text } = issueRecordsFor(digest, importedAt, id);
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

export type ApplyIssueResult = 'stored' | 'updated' | 'newVersion' | 'sameTextElsewhere' | 'inTrash';

function digestOf(issue: IssueRecord, text: IssueTextRecord): ReadableDigest {
  return {
    name: issue.origin,
    text: '',
    contentHash: issue.contentHash,
    parsed: {
      title: issue.title,
      series: issue.series,
      period: issue.periodStart && issue.periodEnd ? { start: issue.periodStart, end: issue.periodEnd } : null,
      published: issue.published,
      source: issue.source,
      sections: text.sections,
      blocks: text.blocks,
      imagePlaceholders: text.imagePlaceholders,
      credits: text.credits,
    },
  };
}

/**
 * Puts issues as a team's documents have them (data/sync/apply-docs.ts), through the import's own
 * paths so this side derives what hangs on the text (events proposed, search, lexicon counts):
 * new issues are stored together, as one import chunk; a known one with another text gets it as
 * a new version (highlights re-anchored); each summary (title, tags, corrections) is then put as
 * it arrived. An issue in this analyst's Trash, or whose text is here under another id, is left.
 */
export async function applyIssues(
  db: ReadoutDatabase,
  items: readonly { issue: IssueRecord; text: IssueTextRecord }[],
): Promise<ApplyIssueResult[]> {
  const ids = items.map(({ issue }) => issue.id);
  const [trashed, local] = await Promise.all([db.trash.bulkGet(ids), db.issues.bulkGet(ids)]);
  const results: ApplyIssueResult[] = items.map((_, index) => (trashed[index] ? 'inTrash' : !local[index] ? 'stored' : 'updated'));
  const fresh = items.filter((_, index) => results[index] === 'stored');
  for (let offset = 0; offset < fresh.length; offset += 50) {
    const chunk = fresh.slice(offset, offset + 50);
    const stored = await storeIssues(
      db,
      chunk.map(({ issue, text }) => digestOf(issue, text)),
      undefined,
      chunk.map(({ issue }) => issue.id),
    );
    stored.forEach((result, index) => {
      if (result.status !== 'imported' || result.id !== chunk[index]!.issue.id) results[items.indexOf(chunk[index]!)] = 'sameTextElsewhere';
    });
  }
  for (const [index, { issue, text }] of items.entries()) {
    if (results[index] === 'updated' && local[index]!.contentHash !== issue.contentHash) {
      await replaceIssueText(db, issue.id, digestOf(issue, text));
      results[index] = 'newVersion';
    }
  }
  const kept = items.filter((_, index) => results[index] !== 'inTrash' && results[index] !== 'sameTextElsewhere');
  await db.transaction('rw', [db.issues, ...searchIndexTables(db)], async () => {
    await db.issues.bulkPut(kept.map(({ issue }) => issue));
    await indexDocuments(
      db,
      kept.map(({ issue, text }) => issueSearchDoc(issue, text.blocks)),
    );
  });
  return results;
}

export async function applyIssue(db: ReadoutDatabase, issue: IssueRecord, text: IssueTextRecord): Promise<ApplyIssueResult> {
  const [result] = await applyIssues(db, [{ issue, text }]);
  return result!;
}
