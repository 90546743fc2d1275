// Small builders for test data, so tests say only what matters to them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventRecord, IssueRecord } from '../../renderer/src/data/records';
import { readDigestText, type ReadableDigest } from '../../renderer/src/domain/import/read-digest-file';

export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export function corpusText(name: string): string {
  return readFileSync(corpusDir + name, 'utf8');
}

export function digestFrom(text: string, name = 'test.txt'): ReadableDigest {
  const read = readDigestText(name, text);
  if (!read.ok) throw new Error(`test digest ${name} was refused: ${read.refusal.code}`);
  return read.digest;
}

let counter = 0;
export function makeDigest(overrides: { title?: string; body?: string; name?: string } = {}): ReadableDigest {
  counter += 1;
  const title = overrides.title ?? `测试简报第${counter}期`;
  const body = overrides.body ?? `9月${(counter % 28) + 1}日,区委书记张三主持召开会议,研究第${counter}项工作。`;
  return digestFrom(`${title}\n\n2022-09-19 14:38:35\n\n${body}\n`, overrides.name ?? `issue-${counter}.txt`);
}

export function makeIssueRecord(overrides: Partial<IssueRecord> = {}): IssueRecord {
  counter += 1;
  return {
    id: `issue-${counter}`,
    title: `Issue ${counter}`,
    series: null,
    periodStart: null,
    periodEnd: null,
    published: null,
    source: null,
    origin: `issue-${counter}.txt`,
    contentHash: `hash-${counter}`,
    importedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, counter)).toISOString(),
    ...overrides,
  };
}

export function makeEventRecord(overrides: Partial<EventRecord> = {}): EventRecord {
  counter += 1;
  const date = overrides.date === undefined ? '2022-09-12' : overrides.date;
  const dateSort = date === null ? '~' : typeof date === 'string' ? date : date.start;
  return {
    id: `event-${counter}`,
    issueId: 'issue-1',
    blockIndex: counter,
    blockIndexes: [overrides.blockIndex ?? counter],
    line: counter,
    date,
    dateSort,
    timeOfDay: null,
    officials: [{ name: '张三', titles: ['区委书记'], personId: 'person-1' }],
    personIds: ['person-1'],
    place: null,
    type: 'meeting',
    summary: `事件${counter}`,
    status: 'proposed',
    origin: 'extracted',
    tagIds: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}
