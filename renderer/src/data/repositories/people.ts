// The people registry: officials gathered across issues with their titles over time and their
// aliases. Merging two entries that are one person moves every event reference in one transaction.
import type { ReadoutDatabase } from '../schema/db';
import type { EventOfficial, EventRecord, PersonRecord } from '../records';
import { personDoc, personDocId } from '../search/search-docs';
import { indexDocuments, removeDocuments, searchIndexTables } from '../search/search-index';

const LOOKUP_BY_INDEX_LIMIT = 200;

/** Known entries for these names (by name or alias), keyed by each name; merged-away entries resolve to the survivor. */
export async function peopleByNames(db: ReadoutDatabase, names: readonly string[]): Promise<Map<string, PersonRecord>> {
  const wanted = new Set(names);
  const unique = [...wanted];
  const map = new Map<string, PersonRecord>();
  if (unique.length === 0) return map;
  // anyOf walks the index with one cursor jump per name: for a batch import's thousands of names,
  // reading the registry once is far faster.
  let byName: PersonRecord[];
  let byAlias: PersonRecord[];
  if (unique.length > LOOKUP_BY_INDEX_LIMIT) {
    const all = await db.people.toArray();
    byName = all.filter((person) => wanted.has(person.name));
    byAlias = all.filter((person) => person.aliases.some((alias) => wanted.has(alias)));
  } else {
    [byName, byAlias] = await Promise.all([
      db.people.where('name').anyOf(unique).toArray(),
      db.people.where('aliases').anyOf(unique).toArray(),
    ]);
  }
  const survivors = new Map<string, PersonRecord>();
  for (const person of [...byAlias, ...byName]) if (!person.mergedInto) survivors.set(person.id, person);
  for (const person of [...byName, ...byAlias]) {
    let target: PersonRecord | undefined = person;
    if (person.mergedInto) target = survivors.get(person.mergedInto) ?? (await db.people.get(person.mergedInto));
    if (!target) continue;
    for (const name of [person.name, ...person.aliases]) if (wanted.has(name)) map.set(name, target);
  }
  return map;
}

export function listPeople(db: ReadoutDatabase): Promise<PersonRecord[]> {
  return db.people
    .orderBy('name')
    .filter((person) => !person.mergedInto)
    .toArray();
}

export function getPerson(db: ReadoutDatabase, id: string): Promise<PersonRecord | undefined> {
  return db.people.get(id);
}

/** What a merge changed, kept so that it can be undone. */
export interface PeopleMerge {
  /** Both entries as they were before the merge. */
  from: PersonRecord;
  into: PersonRecord;
  /** The events that named the merged-away person, and which of their officials it was. */
  events: { id: string; officials: number[] }[];
}

/**
 * Merges `fromId` into `intoId`: the survivor takes the other's name as an alias and its titles;
 * every event naming the merged person names the survivor instead. One transaction. Returns what
 * changed, for undoPeopleMerge.
 */
export async function mergePeople(db: ReadoutDatabase, fromId: string, intoId: string): Promise<PeopleMerge | null> {
  if (fromId === intoId) return null;
  return db.transaction('rw', [db.people, db.events, ...searchIndexTables(db)], async () => {
    const [from, into] = await Promise.all([db.people.get(fromId), db.people.get(intoId)]);
    if (!from || !into) throw new Error('Both people must exist to merge them');
    const aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((alias) => alias !== into.name);
    const titles = into.titles.map((entry) => ({ ...entry }));
    for (const entry of from.titles) {
      const known = titles.find((title) => title.title === entry.title);
      if (!known) titles.push({ ...entry });
      else {
        known.firstSeen = entry.firstSeen < known.firstSeen ? entry.firstSeen : known.firstSeen;
        known.lastSeen = entry.lastSeen > known.lastSeen ? entry.lastSeen : known.lastSeen;
      }
    }
    await db.people.update(intoId, { aliases, titles });
    await db.people.update(fromId, { mergedInto: intoId });
    // Search: the survivor is found by the merged name too; the merged-away entry no longer.
    await removeDocuments(db, [personDocId(fromId)]);
    await indexDocuments(db, [personDoc({ ...into, aliases, titles })]);
    const named = await db.events.where('personIds').equals(fromId).toArray();
    const events = named.map((event) => ({
      id: event.id,
      officials: event.officials.flatMap((official, index) => (official.personId === fromId ? [index] : [])),
    }));
    await db.events.bulkPut(
      named.map((event) => withOfficials(event, (official) => (official.personId === fromId ? intoId : official.personId))),
    );
    return { from, into, events };
  });
}

/**
 * Undoes a merge, right after it (the page offers it until the analyst leaves): both entries as
 * they were, and each event's officials that named the merged-away person name it again. One
 * transaction. An event deleted since is left deleted.
 */
export async function undoPeopleMerge(db: ReadoutDatabase, merge: PeopleMerge): Promise<void> {
  await db.transaction('rw', [db.people, db.events, ...searchIndexTables(db)], async () => {
    await db.people.bulkPut([merge.from, merge.into]);
    await indexDocuments(db, [personDoc(merge.from), personDoc(merge.into)]);
    const stored = await db.events.bulkGet(merge.events.map((event) => event.id));
    const restored = merge.events.flatMap(({ officials }, position) => {
      const event = stored[position];
      if (!event) return [];
      const wasFrom = new Set(officials);
      return [
        withOfficials(event, (official, index) =>
          wasFrom.has(index) && official.personId === merge.into.id ? merge.from.id : official.personId,
        ),
      ];
    });
    await db.events.bulkPut(restored);
  });
}

/** The event with each official's person chosen anew, and personIds following them. */
function withOfficials(event: EventRecord, personOf: (official: EventOfficial, index: number) => string): EventRecord {
  const officials = event.officials.map((official, index) => ({ ...official, personId: personOf(official, index) }));
  return { ...event, officials, personIds: [...new Set(officials.map((official) => official.personId))] };
}
