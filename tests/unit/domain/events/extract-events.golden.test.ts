// Golden tests of event extraction on the real corpus. The sample issue must give exactly the 15
// events of its hand-checked expected.json; the other texts are scored against expectations
// written by reading them (tests/fixtures/events/), with precision and recall printed per field.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';
import { prepareGazetteer } from '../../../../renderer/src/domain/events/gazetteer/load-gazetteer';
import type { Gazetteer } from '../../../../renderer/src/domain/events/gazetteer/gazetteer';
import type { ProposedEvent } from '../../../../renderer/src/domain/events/types';
import { corpusDir, corpusText } from '../../factories';
import { emptyTally, formatTally, ratio, score, type GoldenEvent } from './score';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/events/', import.meta.url));

// Extraction as the app runs it: with the administrative divisions loaded first.
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await prepareGazetteer();
}, 60_000);

function extract(file: string): ProposedEvent[] {
  const parsed = parseDigest(corpusText(file));
  return extractEvents(parsed.blocks, parsed, gazetteer);
}

/** The fields the expected files give, in their shape, for a like-for-like comparison. */
function comparable(event: ProposedEvent): GoldenEvent {
  return {
    line: event.line,
    date: event.date,
    ...(event.timeOfDay ? { timeOfDay: event.timeOfDay } : {}),
    officials: event.officials,
    place: event.place,
    type: event.type,
  };
}

describe('event extraction: the sample issue', () => {
  const expected = JSON.parse(readFileSync(`${corpusDir}wuxi-leaders-week-2022-09-12.expected.json`, 'utf8')) as { events: GoldenEvent[] };

  it('yields exactly the 15 hand-checked events (date, time of day, officials and titles, place, type)', () => {
    const events = extract('wuxi-leaders-week-2022-09-12.txt');
    expect(events.map(comparable)).toEqual(expected.events);
  });

  it('gives each event a one-line summary from its paragraph', () => {
    const [first] = extract('wuxi-leaders-week-2022-09-12.txt');
    expect(first?.summary).toBe(
      '市委常委、江阴市委书记许峰主持召开江阴社会主义现代化建设工作推进会,专题听取相关工作情况汇报,研究部署下阶段重点工作',
    );
  });
});

describe('event extraction: the other corpus texts', () => {
  const goldenFiles = readdirSync(fixturesDir).filter((name) => name.endsWith('.events.json'));
  const tally = emptyTally();
  const perFile: string[] = [];

  for (const goldenFile of goldenFiles) {
    const golden = JSON.parse(readFileSync(fixturesDir + goldenFile, 'utf8')) as { file: string; events: GoldenEvent[] };
    it(`finds the events of ${golden.file}`, () => {
      const events = extract(golden.file);
      const fileTally = emptyTally();
      score(fileTally, events, golden.events);
      score(tally, events, golden.events);
      const { event } = fileTally;
      perFile.push(`${golden.file.padEnd(52)} events ${event.correct}/${event.expected} expected, ${event.extracted} extracted`);
      // Every expected event but a cut-off one is found, and nothing else is proposed.
      expect(ratio(event.correct, event.expected)).toBeGreaterThanOrEqual(0.9);
      expect(ratio(event.correct, event.extracted)).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('meets its precision and recall over the corpus (printed per field)', () => {
    console.log(
      `Event extraction over ${goldenFiles.length} corpus texts (excluding the sample):\n${perFile.join('\n')}\n${formatTally(tally)}`,
    );
    for (const field of ['event', 'date', 'official', 'type'] as const) {
      expect(ratio(tally[field].correct, tally[field].expected), `${field} recall`).toBeGreaterThanOrEqual(0.85);
      expect(ratio(tally[field].correct, tally[field].extracted), `${field} precision`).toBeGreaterThanOrEqual(0.85);
    }
    for (const field of ['title', 'timeOfDay', 'place'] as const) {
      expect(ratio(tally[field].correct, tally[field].expected), `${field} recall`).toBeGreaterThanOrEqual(0.6);
      expect(ratio(tally[field].correct, tally[field].extracted), `${field} precision`).toBeGreaterThanOrEqual(0.7);
    }
  });
});
