import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { runImport, sourceFromPastedText, sourcesFromChosenFiles } from '../../../renderer/src/ui/features/import/run-import';
import { freshDatabase } from '../data/test-db';
import { corpusText } from '../factories';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('a batch import', () => {
  it('imports the good files, reports each bad one by name, and marks repeats as duplicates', async () => {
    db = await freshDatabase();
    const laocheng = corpusText('laocheng-secretary-meeting-2025-03-13.txt');
    const { sources, refusedEarly } = sourcesFromChosenFiles({
      files: [
        file('laocheng.txt', laocheng),
        { name: 'binary.txt', bytes: new Uint8Array([0, 1, 2, 3, 255]) },
        file('laocheng-copy.txt', laocheng),
        file('fucheng.txt', corpusText('fucheng-standing-committee-2021-01-05.txt')),
      ],
      refused: [{ name: 'huge.txt', code: 'too-large', message: 'huge.txt is 30.0 MB, over the 20 MB limit' }],
    });
    const progress: number[] = [];
    const outcomes = [...refusedEarly, ...(await runImport(db, sources, (p) => progress.push(p.done), new AbortController().signal))];
    expect(outcomes.map((outcome) => [outcome.name, outcome.result])).toEqual([
      ['huge.txt', 'refused'],
      ['laocheng.txt', 'imported'],
      ['binary.txt', 'refused'],
      ['laocheng-copy.txt', 'duplicate'],
      ['fucheng.txt', 'imported'],
    ]);
    expect(await db.issues.count()).toBe(2);
    expect(progress.at(-1)).toBe(4);
  });

  it('stops at Cancel, leaving only whole issues', async () => {
    db = await freshDatabase();
    const controller = new AbortController();
    const sources = Array.from({ length: 5 }, (_, index) => sourceFromPastedText(`p${index}.txt`, `第${index}期\n\n正文第${index}段。\n`));
    // Cancel as soon as the first chunk of two is stored.
    const outcomes = await runImport(db, sources, () => controller.abort(), controller.signal, { chunkMaxFiles: 2 });
    expect(outcomes.map((outcome) => outcome.result)).toEqual(['imported', 'imported']);
    const issues = await db.issues.toArray();
    expect(issues.map((issue) => issue.origin).sort()).toEqual(['p0.txt', 'p1.txt']);
    // Every stored issue has its text: no half issue.
    expect((await db.issueTexts.bulkGet(issues.map((issue) => issue.id))).every((text) => text !== undefined)).toBe(true);
  });

  it('reads the next files while a chunk is being stored, in the order given', async () => {
    db = await freshDatabase();
    let reading = 0;
    let mostAtOnce = 0;
    const sources = Array.from({ length: 6 }, (_, index) => {
      const source = sourceFromPastedText(`r${index}.txt`, `第${index}期\n\n正文第${index}段。\n`);
      return {
        name: source.name,
        read: async () => {
          reading += 1;
          mostAtOnce = Math.max(mostAtOnce, reading);
          await new Promise((resolve) => setTimeout(resolve, 5));
          reading -= 1;
          return source.read();
        },
      };
    });
    const outcomes = await runImport(db, sources, () => {}, new AbortController().signal, { chunkMaxFiles: 2 });
    expect(outcomes.map((outcome) => [outcome.name, outcome.result])).toEqual(sources.map((source) => [source.name, 'imported']));
    expect(mostAtOnce).toBeGreaterThan(1);
  });

  it('refuses a paste over the file size limit by name, as it would the same text saved as a file, and imports the next paste', async () => {
    db = await freshDatabase();
    // 25 MB of text: 8.4 million three-byte characters, over the 20 MB cap only when counted as UTF-8.
    const huge = `第1期\n\n${'会议强调要抓好落实。'.repeat(874_000)}\n`;
    expect(huge.length).toBeLessThan(20 * 1024 * 1024);
    const outcomes = await runImport(
      db,
      [sourceFromPastedText('pasted-huge.txt', huge), sourceFromPastedText('pasted.txt', '第2期\n\n正文一段。\n')],
      () => {},
      new AbortController().signal,
    );
    expect(outcomes[0]).toMatchObject({ name: 'pasted-huge.txt', result: 'refused', refusal: { code: 'tooLarge', cap: 20 * 1024 * 1024 } });
    const refused = outcomes[0]!;
    if (refused.result === 'refused' && refused.refusal.code === 'tooLarge') {
      expect(refused.refusal.size).toBe(new TextEncoder().encode(huge).length);
    }
    expect(outcomes[1]).toMatchObject({ name: 'pasted.txt', result: 'imported' });
    expect(await db.issues.count()).toBe(1);
  });
});
