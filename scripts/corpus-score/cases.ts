// The corpus texts that have expectations, and the scoring of one of them: shared by
// `npm run score` and the golden floors test (tests/unit/domain/events/corpus-floors.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDigest } from '../../renderer/src/domain/digest/parse-digest';
import { extractEvents } from '../../renderer/src/domain/events/extract-events';
import type { Gazetteer } from '../../renderer/src/domain/events/gazetteer/gazetteer';
import { scoreText, type Counts, type ExpectedEvent } from './match';
import { readCorpusText } from './read-text';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const corpus = `${root}../shared/corpus/`;
const fixtures = `${root}tests/fixtures/events/`;

export interface Case {
  group: 'corpus' | 'dev';
  path: string;
  events: ExpectedEvent[];
}

function fixturesIn(dir: string, corpusDir: string, group: Case['group']): Case[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.events.json'))
    .map((name) => {
      const golden = JSON.parse(readFileSync(dir + name, 'utf8')) as { file: string; events: ExpectedEvent[] };
      return { group, path: corpusDir + golden.file, events: golden.events };
    });
}

export function cases(): Case[] {
  const sample = JSON.parse(readFileSync(`${corpus}wuxi-leaders-week-2022-09-12.expected.json`, 'utf8')) as { events: ExpectedEvent[] };
  return [
    { group: 'corpus', path: `${corpus}wuxi-leaders-week-2022-09-12.txt`, events: sample.events },
    ...fixturesIn(fixtures, corpus, 'corpus'),
    ...fixturesIn(`${fixtures}dev/`, `${corpus}dev/`, 'dev'),
  ];
}

export async function scoreCase(item: Case, gazetteer: Gazetteer | null, misses?: string[]): Promise<Counts> {
  const issue = parseDigest(await readCorpusText(item.path));
  const proposed = extractEvents(issue.blocks, issue, gazetteer);
  return scoreText(item.events, proposed, issue.blocks, misses);
}
