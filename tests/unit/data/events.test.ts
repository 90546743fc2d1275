// Events in the database: proposed on import in the issue's transaction, kept when the analyst
// confirmed or edited them, tagged through the shared taxonomy, gathered into a people registry.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { migrations } from '../../../renderer/src/data/schema/migrations';
import {
  confirmEvent,
  confirmEvents,
  deleteEvent,
  fixEvents,
  editEvent,
  eventsOfIssue,
  restoreEvent,
  setEventTags,
  storeProposedEvents,
} from '../../../renderer/src/data/repositories/events';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { listPeople, mergePeople, undoPeopleMerge } from '../../../renderer/src/data/repositories/people';
import { searchTargetOf } from '../../../renderer/src/data/search/search-docs';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { seedSampleOnFirstStart } from '../../../renderer/src/data/jobs/sample';
import { deleteTag, ensureTags } from '../../../renderer/src/data/repositories/tags';
import { corpusText, digestFrom, makeDigest } from '../factories';
import { freshDatabase } from './test-db';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';

async function sampleIssue(db: ReadoutDatabase) {
  const result = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
  const issue = (await db.issues.get(result.id))!;
  const text = (await db.issueTexts.get(result.id))!;
  return { issue, text };
}

describe('events storage', () => {
  it('stores the proposed events of an imported issue with it', async () => {
    const db = await freshDatabase();
    const { issue } = await sampleIssue(db);
    const events = await eventsOfIssue(db, issue.id);
    expect(events).toHaveLength(15);
    expect(events.every((event) => event.status === 'proposed')).toBe(true);
    expect(events[0]).toMatchObject({ date: '2022-09-12', place: '江阴', type: 'meeting', line: 21 });
    const people = await listPeople(db);
    expect(people.map((person) => person.name)).toContain('许峰');
  });

  it('gives the seeded sample its events on first start', async () => {
    const db = await freshDatabase();
    await seedSampleOnFirstStart(db, sampleName, corpusText(sampleName));
    expect(await db.events.count()).toBe(15);
  });

  it('never overwrites confirmed or edited events when extraction runs again', async () => {
    const db = await freshDatabase();
    const { issue, text } = await sampleIssue(db);
    const [first, second, third] = await eventsOfIssue(db, issue.id);
    await confirmEvent(db, first!.id);
    await editEvent(db, second!.id, { type: 'visit', place: '某地' });
    await storeProposedEvents(db, [{ issue, blocks: text.blocks }]);
    const after = await eventsOfIssue(db, issue.id);
    expect(after).toHaveLength(15);
    expect(after.find((event) => event.id === first!.id)?.status).toBe('confirmed');
    expect(after.find((event) => event.id === second!.id)).toMatchObject({ status: 'edited', type: 'visit', place: '某地' });
    // The untouched proposal was replaced by a fresh one for the same block, under the same
    // place-derived id (two analysts' proposals of one text share ids: data/sync/).
    expect(after.find((event) => event.id === third!.id)).toMatchObject({ status: 'proposed', blockIndex: third!.blockIndex });
    expect(after.filter((event) => event.blockIndex === third!.blockIndex)).toHaveLength(1);
  });

  it('tags events through the shared taxonomy, and deleting a tag removes it from them', async () => {
    const db = await freshDatabase();
    const { issue } = await sampleIssue(db);
    const [event] = await eventsOfIssue(db, issue.id);
    const [tagId] = await ensureTags(db, ['稳增长']);
    await setEventTags(db, event!.id, [tagId!]);
    expect(await db.events.where('tagIds').equals(tagId!).count()).toBe(1);
    await deleteTag(db, tagId!);
    expect((await db.events.get(event!.id))?.tagIds).toEqual([]);
  });

  it('confirms several events at once, leaving reviewed ones as they are, and makes them searchable', async () => {
    const db = await freshDatabase();
    const { issue } = await sampleIssue(db);
    const [first, second, third] = await eventsOfIssue(db, issue.id);
    await editEvent(db, third!.id, { place: '某地' });
    expect(await confirmEvents(db, [first!.id, second!.id, third!.id])).toBe(2);
    const after = await eventsOfIssue(db, issue.id);
    expect(after.slice(0, 3).map((event) => event.status)).toEqual(['confirmed', 'confirmed', 'edited']);
    expect(after.slice(3).every((event) => event.status === 'proposed')).toBe(true);
    const found = (await searchLibrary(db, '许峰')).results.map((result) => searchTargetOf(result.docId));
    expect(found).toContainEqual({ kind: 'event', eventId: first!.id });
    expect(found).not.toContainEqual({ kind: 'event', eventId: after[3]!.id });
  });

  it('sets the year and the place of several events in one fix; the others keep theirs', async () => {
    const db = await freshDatabase();
    const { issue } = await sampleIssue(db);
    const [first, second, third] = await eventsOfIssue(db, issue.id);
    expect(await fixEvents(db, [first!.id, second!.id], { year: 2021, place: '无锡' })).toBe(2);
    const after = await eventsOfIssue(db, issue.id);
    for (const fixed of after.slice(0, 2)) {
      expect(fixed).toMatchObject({ status: 'edited', place: '无锡' });
      expect(fixed.dateSort.startsWith('2021-09-')).toBe(true);
    }
    expect(after[0]!.date).toBe('2021-09-12');
    expect(after[2]).toEqual(third);
  });

  it('puts a deleted event back on undo', async () => {
    const db = await freshDatabase();
    const { issue } = await sampleIssue(db);
    const [event] = await eventsOfIssue(db, issue.id);
    const deleted = await deleteEvent(db, event!.id);
    expect(await db.events.get(event!.id)).toBeUndefined();
    await restoreEvent(db, deleted!);
    expect(await db.events.get(event!.id)).toMatchObject({ summary: event!.summary });
  });

  it('merges two registry entries that are one person, moving their events', async () => {
    const db = await freshDatabase();
    await storeIssue(db, makeDigest({ body: '9月1日,区委书记张三主持召开会议,研究工作。' }));
    await storeIssue(db, makeDigest({ body: '9月2日,区委书记张叁主持召开会议,研究工作。' }));
    const people = await listPeople(db);
    const zhang = people.find((person) => person.name === '张三')!;
    const alias = people.find((person) => person.name === '张叁')!;
    await mergePeople(db, alias.id, zhang.id);
    expect((await listPeople(db)).map((person) => person.name)).not.toContain('张叁');
    expect(await db.events.where('personIds').equals(zhang.id).count()).toBe(2);
    expect((await db.people.get(zhang.id))?.aliases).toEqual(['张叁']);
    // A later import naming the alias lands on the surviving entry.
    await storeIssue(db, makeDigest({ body: '9月3日,区委书记张叁调研企业。' }));
    expect(await db.events.where('personIds').equals(zhang.id).count()).toBe(3);
  });

  it('undoes a merge: both entries, their events and their search documents as before', async () => {
    const db = await freshDatabase();
    await storeIssue(db, makeDigest({ body: '9月1日,区委书记张三主持召开会议,研究工作。' }));
    await storeIssue(db, makeDigest({ body: '9月2日,区委书记张叁、区长李四调研企业。' }));
    const people = await listPeople(db);
    const zhang = people.find((person) => person.name === '张三')!;
    const alias = people.find((person) => person.name === '张叁')!;
    const eventsBefore = await db.events.orderBy('id').toArray();
    const peopleBefore = await db.people.orderBy('id').toArray();

    const peopleFound = async (query: string) =>
      (await searchLibrary(db, `${query} type:person`)).results.map((result) => searchTargetOf(result.docId));
    const merge = await mergePeople(db, alias.id, zhang.id);
    expect(await peopleFound('张叁')).toEqual([{ kind: 'person', personId: zhang.id }]);
    await undoPeopleMerge(db, merge!);

    expect(await db.events.orderBy('id').toArray()).toEqual(eventsBefore);
    expect(await db.people.orderBy('id').toArray()).toEqual(peopleBefore);
    expect(await db.events.where('personIds').equals(alias.id).count()).toBe(1);
    expect(await peopleFound('张叁')).toEqual([{ kind: 'person', personId: alias.id }]);
  });

  it('proposes events for issues stored before version 4', async () => {
    const name = `events-upgrade-${Date.now()}`;
    const legacy = new Dexie(name);
    for (const migration of migrations.filter((m) => m.version < 4)) legacy.version(migration.version).stores(migration.stores);
    await legacy.open();
    const digest = digestFrom(corpusText(sampleName), sampleName);
    await legacy.table('issues').add({
      id: 'old',
      title: 't',
      series: null,
      periodStart: '2022-09-12',
      periodEnd: '2022-09-18',
      published: '2022-09-19T14:38:35',
      source: null,
      origin: sampleName,
      contentHash: 'h',
      importedAt: new Date().toISOString(),
    });
    await legacy.table('issueTexts').add({ issueId: 'old', blocks: digest.parsed.blocks, sections: [], credits: [], imagePlaceholders: 0 });
    legacy.close();
    const current = new ReadoutDatabase(name);
    await current.open();
    expect(await current.events.where('issueId').equals('old').count()).toBe(15);
    await current.delete();
  });
});
