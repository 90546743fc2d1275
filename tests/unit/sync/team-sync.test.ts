// Two libraries sharing through one team database: what one analyst makes, the other gets, with
// its author; derived data is derived on each side; conflicts and deletions against use are listed.
import { afterEach, describe, expect, it } from 'vitest';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { createHighlight, issueTextFor } from '../../../renderer/src/data/repositories/highlights';
import { editEvent, eventsOfIssue } from '../../../renderer/src/data/repositories/events';
import { deleteTag, ensureTags } from '../../../renderer/src/data/repositories/tags';
import { addTagsToHighlights } from '../../../renderer/src/data/repositories/highlights';
import { corpusText, digestFrom } from '../factories';
import { analyst, syncAll, teamServer, type Analyst } from './team-helpers';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';
const open: Analyst[] = [];

async function team() {
  const server = teamServer();
  const a = await analyst('alice', server);
  const b = await analyst('bob', server);
  open.push(a, b);
  return { server, a, b };
}

afterEach(async () => {
  for (const { sync, db } of open.splice(0)) {
    await sync.stop();
    db.close();
  }
});

async function importSample(db: Analyst['db']) {
  const { id } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
  return id;
}

describe('team sync', () => {
  it('gives B the issue and highlight A made, with A as its author, and B derives the events', async () => {
    const { a, b } = await team();
    const issueId = await importSample(a.db);
    const text = await issueTextFor(a.db, issueId);
    const start = text.indexOf('许峰');
    await createHighlight(a.db, { issueId, issueText: text, start, end: start + 2, categoryId: 'person', note: '江阴' });
    await syncAll(a, b);

    expect(await b.db.issues.get(issueId)).toMatchObject({ title: (await a.db.issues.get(issueId))!.title });
    const [highlight] = await b.db.highlights.toArray();
    expect(highlight).toMatchObject({ issueId, start, end: start + 2, note: '江阴', author: 'alice' });
    expect((await eventsOfIssue(b.db, issueId)).length).toBe((await eventsOfIssue(a.db, issueId)).length);
    expect(b.sync.status).toMatchObject({ error: null, waiting: 0, conflicts: 0 });
    // A's own highlight keeps no author field at home.
    expect((await a.db.highlights.toArray())[0]!.author).toBeUndefined();
  });

  it('converges on one issue when both import the same file', async () => {
    const { a, b } = await team();
    const idA = await importSample(a.db);
    const idB = await importSample(b.db);
    expect(idA).toBe(idB);
    await syncAll(a, b);
    expect(await a.db.issues.count()).toBe(1);
    expect(await b.db.issues.count()).toBe(1);
    expect(b.sync.status.conflicts).toBe(0);
  });

  it('lists an event both edited offline under Conflicts, and the merge reaches both', async () => {
    const { a, b } = await team();
    const issueId = await importSample(a.db);
    await syncAll(a, b);
    const [event] = await eventsOfIssue(a.db, issueId);
    await editEvent(a.db, event!.id, { summary: 'A 的摘要' });
    await editEvent(b.db, event!.id, { place: 'B 的地点' });
    await syncAll(a, b);

    const [row] = await b.db.syncConflicts.toArray();
    expect(row?.docId).toBe(`ev:${issueId}`);
    const conflict = (await b.sync.loadConflict(row!.docId))!;
    const changed = conflict.diffs.find((diff) => diff.key === event!.id);
    expect(changed?.kind).toBe('changed');
    const fields = changed?.kind === 'changed' ? changed.fields.map((field) => field.field).sort() : [];
    expect(fields).toEqual(expect.arrayContaining(['place', 'summary']));
    // B takes A's summary and B's place, whichever version won.
    const winnerIsA =
      (conflict.winner.content as { events: { id: string; summary: string }[] }).events.find((e) => e.id === event!.id)!.summary ===
      'A 的摘要';
    await b.sync.resolve(conflict, {
      [`${event!.id} summary`]: winnerIsA ? 'a' : 'b',
      [`${event!.id} place`]: winnerIsA ? 'b' : 'a',
    });
    await syncAll(b, a);

    for (const side of [a, b]) {
      expect(await side.db.events.get(event!.id)).toMatchObject({ summary: 'A 的摘要', place: 'B 的地点' });
      expect(await side.db.syncConflicts.count()).toBe(0);
    }
  });

  it('brings a tag A deleted while B used it back for review on B, and B keeps it', async () => {
    const { a, b } = await team();
    const issueId = await importSample(a.db);
    const [tagId] = await ensureTags(a.db, ['城市更新']);
    await syncAll(a, b);
    const text = await issueTextFor(b.db, issueId);
    const highlight = await createHighlight(b.db, { issueId, issueText: text, start: 0, end: 4, categoryId: 'policy' });
    await addTagsToHighlights(b.db, [highlight.id], ['城市更新']);
    await deleteTag(a.db, tagId!);
    await syncAll(a, b);

    const reviews = await b.db.syncReviews.toArray();
    expect(reviews).toEqual([expect.objectContaining({ kind: 'deletedTagInUse', tagName: '城市更新', deletedBy: 'alice', uses: 1 })]);
    expect(await b.db.tags.get(tagId!)).toBeDefined();
    await b.sync.settleDeletedTag(reviews[0] as never, true);
    await syncAll(b, a);
    expect(await a.db.tags.get(tagId!)).toMatchObject({ name: '城市更新' });
    expect((await a.db.highlights.get(highlight.id))?.tagIds).toEqual([tagId]);
  });

  it('refuses a hostile document and writes nothing of it', async () => {
    const { server, a, b } = await team();
    const issueId = await importSample(a.db);
    await syncAll(a, b);
    await server.put({
      _id: `hl:${issueId}:mallory`,
      type: 'highlights',
      author: 'mallory',
      issueId,
      highlights: [{ id: 'h1', issueId: 'some-other-issue', start: 0, end: 1 }],
    });
    await server.put({ _id: '../../etc', type: 'tag', author: 'mallory', tag: { id: 'x', name: 'x', color: '#000', createdAt: '' } });
    await b.sync.syncNow();
    expect(await b.db.highlights.count()).toBe(0);
    expect(await b.db.tags.count()).toBe(0);
    expect((await b.db.syncReviews.toArray()).map((review) => review.kind)).toEqual(['refusedDoc', 'refusedDoc']);
    expect(b.sync.status.refused).toBe(2);
  });

  it('records nothing while no team is set up', async () => {
    const server = teamServer();
    const a = await analyst('alice', server);
    await a.sync.stop();
    await importSample(a.db);
    expect(await a.db.syncOutbox.count()).toBe(0);
    a.db.close();
  });
});
