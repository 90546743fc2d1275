// Events in `npm run bench`: extraction throughput (paragraphs per second over the synthetic
// library) and a store of 100,000 events in the app's own database for the Timeline's first render.
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { extractIssues, proposedEventRecords } from '../../../renderer/src/data/repositories/event-proposals';
import { parseDigest } from '../../../renderer/src/domain/digest/parse-digest';
import { extractEvents } from '../../../renderer/src/domain/events/extract-events';
import { prepareGazetteer } from '../../../renderer/src/domain/events/gazetteer/load-gazetteer';
import { syntheticLibrary } from '../synthetic-library';

/**
 * Paragraphs per second through the extractor, with the gazetteer; parsing is done before the
 * clock starts. `firstMs`: the first extraction after start-up, the gazetteer's loading included
 * (the page has not loaded it before).
 */
export async function extractionThroughput(count: number, paragraphs: readonly string[]) {
  const parsed = syntheticLibrary(count, paragraphs, 11).map((issue) => parseDigest(issue.text));
  const dating = (issue: (typeof parsed)[number]) => ({ published: issue.published, period: issue.period, title: issue.title });
  const firstStart = performance.now();
  const gazetteer = await prepareGazetteer();
  extractEvents(parsed[0]!.blocks, dating(parsed[0]!), gazetteer); // also warms up the JIT
  const firstMs = performance.now() - firstStart;
  let paragraphCount = 0;
  let events = 0;
  const start = performance.now();
  for (const issue of parsed) {
    events += extractEvents(issue.blocks, dating(issue), gazetteer).length;
  }
  const seconds = (performance.now() - start) / 1000;
  for (const issue of parsed) for (const block of issue.blocks) if (block.kind === 'paragraph' || block.kind === 'intro') paragraphCount++;
  return { issues: count, paragraphs: paragraphCount, events, seconds, paragraphsPerSecond: paragraphCount / seconds, firstMs };
}

/** Fills the app's database with `count` events (extracted from synthetic issues, spread over years). */
export async function seedAppEvents(count: number, paragraphs: readonly string[]) {
  const db = new ReadoutDatabase('readout');
  await db.open();
  await db.events.clear();
  const issues = syntheticLibrary(200, paragraphs, 4242).map((issue, index) => {
    const parsed = parseDigest(issue.text);
    return {
      issue: {
        id: `bench-issue-${index}`,
        title: parsed.title,
        published: parsed.published,
        periodStart: null,
        periodEnd: null,
        importedAt: new Date().toISOString(),
      },
      blocks: parsed.blocks,
    };
  });
  const people = new Map();
  const { events: template, people: persons } = proposedEventRecords(extractIssues(issues), new Map(), people);
  if (template.length === 0) throw new Error('the synthetic issues gave no events');
  await db.people.bulkPut(persons);
  const day = 86_400_000;
  const origin = Date.UTC(2015, 0, 1);
  for (let offset = 0; offset < count; offset += 10_000) {
    const batch = [];
    for (let index = offset; index < Math.min(count, offset + 10_000); index++) {
      const base = template[index % template.length]!;
      const date = new Date(origin + ((index * 7919) % 3650) * day).toISOString().slice(0, 10);
      batch.push({ ...base, id: `bench-event-${index}`, date, dateSort: date });
    }
    await db.events.bulkAdd(batch);
  }
  const stored = await db.events.count();
  db.close();
  return { events: stored };
}
