// Reads what changed in the local replica since the last pass (what replication brought in, and
// our own writes, which are skipped) and applies it to the library: every document is checked
// first (a refused one is reported, never written), issues are applied before what hangs on them,
// and conflicted documents are listed under Conflicts while CouchDB's winner shows. Documents
// whose issue is not here yet are parked and tried again on the next pass.
import type { ReadoutDatabase } from '../schema/db';
import { applyDoc, applyTagDeletion } from './apply-docs';
import { checkArrivingDoc } from './doc-schemas';
import { equivalent, parseDocId, type DocContent } from './documents';
import type { Replica } from './pouch';
import { applyIssues } from '../repositories/issues';
import type { IssueRecord, IssueTextRecord } from '../records';

const STATE_ID = '_local/readout-applied';
const BATCH = 200;

interface ApplyState {
  seq: number | string;
  parked: string[];
}

type ArrivedDoc = { _id: string; _rev: string; _deleted?: boolean; _conflicts?: string[]; [field: string]: unknown };

export interface ApplyReport {
  applied: number;
  refused: number;
  parked: number;
  conflicts: number;
}

async function readState(local: Replica): Promise<ApplyState & { _rev?: string }> {
  try {
    return (await local.get(STATE_ID)) as unknown as ApplyState & { _rev: string };
  } catch {
    return { seq: 0, parked: [] };
  }
}

/** Issues first (what hangs on them needs them), then tags, then the rest. */
function order(doc: ArrivedDoc): number {
  return doc._id.startsWith('issue:') ? 0 : doc._id.startsWith('tag:') ? 1 : 2;
}

export async function applyChanges(db: ReadoutDatabase, local: Replica, me: string, ownRevs: Set<string>): Promise<ApplyReport> {
  const report: ApplyReport = { applied: 0, refused: 0, parked: 0, conflicts: 0 };
  const state = await readState(local);
  let since = state.seq;
  const parked = new Set(state.parked);
  for (;;) {
    const changes = await local.changes({ since, limit: BATCH, include_docs: true, conflicts: true });
    if (changes.results.length === 0) break;
    since = changes.last_seq;
    const docs = changes.results.map((change) => change.doc as unknown as ArrivedDoc).filter((doc) => doc && !doc._id.startsWith('_'));
    docs.sort((a, b) => order(a) - order(b));
    // Issues of a batch are applied together, as one import chunk: one index write, not one per issue.
    const issues = docs.filter((doc) => doc._id.startsWith('issue:') && !doc._deleted);
    await applyIssueBatch(db, local, issues, ownRevs, parked, report);
    for (const doc of docs) if (!issues.includes(doc)) await applyOne(db, local, me, doc, ownRevs, parked, report);
  }
  // Parked documents whose issue may have arrived by now.
  for (const docId of [...parked]) {
    parked.delete(docId);
    try {
      await applyOne(db, local, me, (await local.get(docId, { conflicts: true })) as unknown as ArrivedDoc, new Set(), parked, report);
    } catch {
      // Gone from the replica: nothing left to apply.
    }
  }
  report.parked = parked.size;
  report.conflicts = await db.syncConflicts.count();
  await local.put({ _id: STATE_ID, ...(state._rev ? { _rev: state._rev } : {}), seq: since, parked: [...parked] });
  return report;
}

async function applyIssueBatch(
  db: ReadoutDatabase,
  local: Replica,
  docs: readonly ArrivedDoc[],
  ownRevs: Set<string>,
  parked: Set<string>,
  report: ApplyReport,
): Promise<void> {
  const items: { docId: string; issue: IssueRecord; text: IssueTextRecord }[] = [];
  for (const doc of docs) {
    const checked = await checkedContent(db, doc, report);
    if (!checked) continue;
    await noteConflicts(db, local, doc, checked);
    if (ownRevs.has(`${doc._id}@${doc._rev}`) || checked.type !== 'issue') continue;
    items.push({ docId: doc._id, issue: checked.issue, text: checked.text });
  }
  if (items.length === 0) return;
  const results = await applyIssues(db, items);
  results.forEach((result, index) => {
    if (result === 'inTrash' || result === 'sameTextElsewhere') parked.add(items[index]!.docId);
    else report.applied += 1;
  });
}

/** The document's content if it passes the checks; a refused one is recorded for review. */
async function checkedContent(db: ReadoutDatabase, doc: ArrivedDoc, report: ApplyReport): Promise<DocContent | null> {
  const checked = checkArrivingDoc(doc);
  if (!checked.ok) {
    report.refused += 1;
    await db.syncReviews.put({
      id: `refused:${doc._id}`,
      kind: 'refusedDoc',
      docId: doc._id,
      reason: checked.reason,
      at: new Date().toISOString(),
    });
    return null;
  }
  await db.syncReviews.delete(`refused:${doc._id}`);
  return checked.content;
}

async function applyOne(
  db: ReadoutDatabase,
  local: Replica,
  me: string,
  doc: ArrivedDoc,
  ownRevs: Set<string>,
  parked: Set<string>,
  report: ApplyReport,
): Promise<void> {
  const parsed = parseDocId(doc._id);
  if (doc._deleted) {
    const author = typeof doc['author'] === 'string' ? doc['author'] : '?';
    if (parsed?.type === 'tag' && !ownRevs.has(`${doc._id}@${doc._rev}`)) await applyTagDeletion(db, parsed.tagId, author);
    await db.syncConflicts.delete(doc._id);
    return;
  }
  const content = await checkedContent(db, doc, report);
  if (!content) return;
  await noteConflicts(db, local, doc, content);
  if (ownRevs.has(`${doc._id}@${doc._rev}`)) return;
  const outcome = await applyDoc(db, content, me);
  if (outcome === 'parked') parked.add(doc._id);
  else report.applied += 1;
}

/**
 * Lists a document with losing revisions under Conflicts; versions with the same records (two
 * analysts who made the same change) are settled at once by removing the losers: there is
 * nothing to choose between them.
 */
async function noteConflicts(db: ReadoutDatabase, local: Replica, doc: ArrivedDoc, winner: DocContent): Promise<void> {
  const losing = doc._conflicts ?? [];
  if (losing.length === 0) {
    await db.syncConflicts.delete(doc._id);
    return;
  }
  const different: string[] = [];
  const same: string[] = [];
  for (const rev of losing) {
    const loser = checkArrivingDoc((await local.get(doc._id, { rev })) as unknown as ArrivedDoc);
    if (loser.ok && equivalent(loser.content, winner)) same.push(rev);
    else different.push(rev);
  }
  if (same.length > 0) await local.bulkDocs(same.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true })));
  if (different.length === 0) await db.syncConflicts.delete(doc._id);
  else await db.syncConflicts.put({ docId: doc._id, winnerRev: doc._rev, losingRevs: different, detectedAt: new Date().toISOString() });
}
