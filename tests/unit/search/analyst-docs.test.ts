// One search box, many kinds of result: a highlight (its quote and note), an issue's note, an
// event and a person are found right after the write that makes them
// (same transaction) and are gone after the write that removes them; a restore indexes them again.
import { describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { backupText, createBackup, restoreBackup } from '../../../renderer/src/data/backup/backup';
import {
  confirmEvent,
  deleteEvent,
  editEvent,
  eventsOfIssue,
  restoreEvent,
  setEventTags,
} from '../../../renderer/src/data/repositories/events';
import {
  createHighlight,
  deleteHighlight,
  issueTextFor,
  restoreHighlight,
  setIssueNote,
  updateHighlight,
} from '../../../renderer/src/data/repositories/highlights';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { listPeople, mergePeople } from '../../../renderer/src/data/repositories/people';
import { searchTargetOf } from '../../../renderer/src/data/search/search-docs';
import { searchLibrary } from '../../../renderer/src/data/search/search-engine';
import { ensureTags } from '../../../renderer/src/data/repositories/tags';
import { freshDatabase } from '../data/test-db';
import { corpusText, digestFrom } from '../factories';

const sampleName = 'wuxi-leaders-week-2022-09-12.txt';

async function sample(db: ReadoutDatabase) {
  const { id } = await storeIssue(db, digestFrom(corpusText(sampleName), sampleName));
  return { issueId: id, issueText: await issueTextFor(db, id) };
}

/** The ids of what a query finds, as [kind, target] pairs. */
async function found(db: ReadoutDatabase, query: string) {
  return (await searchLibrary(db, query)).results.map((result) => [result.kind, searchTargetOf(result.docId)]);
}

describe('notes, events and people in the search index', () => {
  it("finds a highlight's note after it is written, changed, deleted and restored", async () => {
    const db = await freshDatabase();
    const { issueId, issueText } = await sample(db);
    const start = issueText.indexOf('科创江阴');
    const made = await createHighlight(db, { issueId, issueText, start, end: start + 4, categoryId: 'policy', note: '对比宜兴的科创做法' });
    expect(await found(db, '宜兴的科创')).toEqual([['highlight', { kind: 'highlight', highlightId: made.id }]]);
    // The note is searched with its issue's date and the highlight's tags.
    expect(await found(db, '宜兴 from:2022-09-12 to:2022-09-18 type:note')).toHaveLength(1);
    const [tagId] = await ensureTags(db, ['科创']);
    await updateHighlight(db, made.id, { note: '另记:园区用工', tagIds: [tagId!] });
    expect(await found(db, '宜兴的科创')).toEqual([]);
    expect(await found(db, '园区用工 tag:科创')).toHaveLength(1);
    await updateHighlight(db, made.id, { note: '' });
    expect(await found(db, '园区用工')).toEqual([]);

    await updateHighlight(db, made.id, { note: '园区用工' });
    const deleted = await deleteHighlight(db, made.id);
    expect(await found(db, '园区用工')).toEqual([]);
    await restoreHighlight(db, deleted!);
    expect(await found(db, '园区用工')).toEqual([['highlight', { kind: 'highlight', highlightId: made.id }]]);
  });

  it("finds an issue's note, and not once it is emptied", async () => {
    const db = await freshDatabase();
    const { issueId } = await sample(db);
    await setIssueNote(db, issueId, '本期值得跟进:锡山区的招商签约');
    const results = (await searchLibrary(db, '值得跟进')).results;
    expect(results.map((result) => [result.kind, result.issueId, searchTargetOf(result.docId)])).toEqual([
      ['note', issueId, { kind: 'issueNote' }],
    ]);
    await setIssueNote(db, issueId, '');
    expect(await found(db, '值得跟进')).toEqual([]);
  });

  it('finds a proposed event marked as proposed, and once confirmed unmarked; follows edits, deletes and restores', async () => {
    const db = await freshDatabase();
    const { issueId } = await sample(db);
    // Line 21 of the sample: 9月12日,市委常委、江阴市委书记许峰主持召开江阴社会主义现代化建设工作推进会.
    const events = await eventsOfIssue(db, issueId);
    const xu = events.find((event) => event.officials.some((official) => official.name === '许峰') && event.line === 21)!;
    const proposal = await searchLibrary(db, 'kind:event official:许峰 place:江阴');
    expect(proposal.results.map((result) => [result.docId, result.proposed])).toEqual([[`event:${xu.id}`, true]]);
    await confirmEvent(db, xu.id);
    const byOfficial = await searchLibrary(db, 'kind:event official:许峰 place:江阴');
    expect(byOfficial.results.map((result) => [result.docId, result.proposed])).toEqual([[`event:${xu.id}`, false]]);
    expect(byOfficial.results.find((result) => result.docId === `event:${xu.id}`)!.matches[0]!.blockIndex).toBe(xu.blockIndex);

    await editEvent(db, xu.id, { summary: '许峰调研城东片区改造' });
    expect(await found(db, '城东片区改造')).toEqual([['event', { kind: 'event', eventId: xu.id }]]);
    const [tagId] = await ensureTags(db, ['现代化']);
    await setEventTags(db, xu.id, [tagId!]);
    expect(await found(db, '城东片区 tag:现代化')).toHaveLength(1);
    const deleted = await deleteEvent(db, xu.id);
    expect(await found(db, '城东片区改造')).toEqual([]);
    await restoreEvent(db, deleted!);
    expect(await found(db, '城东片区改造')).toHaveLength(1);
  });

  it('finds people by name, title and — after a merge — by the merged name', async () => {
    const db = await freshDatabase();
    await sample(db);
    const people = await listPeople(db);
    const xu = people.find((person) => person.name === '许峰')!;
    const zhu = people.find((person) => person.name === '朱刚')!;
    expect(await found(db, '许峰 type:person')).toEqual([['person', { kind: 'person', personId: xu.id }]]);
    // A title the sample gives him (line 21).
    expect(await found(db, '江阴市委书记 type:person')).toEqual([['person', { kind: 'person', personId: xu.id }]]);
    // Found by a title, the result still says who: the name, not only the title matched.
    expect((await searchLibrary(db, '江阴市委书记 kind:person')).results.map((result) => result.personName)).toEqual(['许峰']);

    await mergePeople(db, zhu.id, xu.id);
    expect(await found(db, '朱刚 type:person')).toEqual([['person', { kind: 'person', personId: xu.id }]]);
  });

  it('indexes notes, events and people again when a backup is restored', async () => {
    const db = await freshDatabase();
    const { issueId, issueText } = await sample(db);
    const start = issueText.indexOf('科创江阴');
    await createHighlight(db, { issueId, issueText, start, end: start + 4, categoryId: 'policy', note: '对比宜兴的科创做法' });
    await setIssueNote(db, issueId, '本期值得跟进');
    const [event] = await eventsOfIssue(db, issueId);
    await editEvent(db, event!.id, { summary: '许峰调研城东片区改造' });
    const text = backupText(await createBackup(db));
    const target = await freshDatabase();
    expect((await restoreBackup(target, text, 'replace')).ok).toBe(true);
    expect((await found(target, '宜兴的科创')).map(([kind]) => kind)).toEqual(['highlight']);
    expect((await found(target, '值得跟进')).map(([kind]) => kind)).toEqual(['note']);
    expect((await found(target, '许峰 type:person')).map(([kind]) => kind)).toEqual(['person']);
    expect((await found(target, '城东片区改造')).map(([kind]) => kind)).toEqual(['event']);
  });
});
