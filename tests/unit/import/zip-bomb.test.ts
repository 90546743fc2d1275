// Zip bombs: a small .docx whose one paragraph unpacks to 10 MB, 200 MB or 1 GB is refused by
// name before anything is inflated, with a reason a person reads in both languages, and the
// good files of the same batch import.
import './dom';
import i18next, { type TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { resources } from '../../../renderer/src/i18n/resources';
import { readImportFile } from '../../../renderer/src/import-formats/read-import-file';
import { refusalText } from '../../../renderer/src/ui/features/import/refusal-text';
import { runImport, sourcesFromChosenFiles } from '../../../renderer/src/ui/features/import/run-import';
import { freshDatabase } from '../data/test-db';
import { corpusText } from '../factories';
import { zipBombDocx } from './zip-bomb-files';

const MB = 1024 * 1024;

let db: ReadoutDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const translators: Record<'en' | 'zh-CN', TFunction<'import'>> = {} as never;
beforeAll(async () => {
  for (const language of ['en', 'zh-CN'] as const) {
    const instance = i18next.createInstance();
    await instance.init({ lng: language, resources, ns: ['import'], interpolation: { escapeValue: false } });
    translators[language] = instance.getFixedT(language, 'import');
  }
});

describe('zip-bomb Word documents', () => {
  it('the builder makes a real Word document: a 1 MB paragraph is read, not refused', async () => {
    const read = await readImportFile('long.docx', await zipBombDocx(MB));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.digest.text).toContain('a'.repeat(MB));
  });

  for (const [label, unpacked] of [
    ['10 MB', 10 * MB],
    ['200 MB', 200 * MB],
    ['1 GB', 1024 * MB],
  ] as const) {
    it(`refuses one that unpacks to ${label}, in words, between two good files that import`, async () => {
      const bomb = await zipBombDocx(unpacked);
      expect(bomb.length).toBeLessThan(2 * MB);
      db = await freshDatabase();
      const utf8 = (text: string) => new TextEncoder().encode(text);
      const { sources } = sourcesFromChosenFiles({
        files: [
          { name: 'laocheng.txt', bytes: utf8(corpusText('laocheng-secretary-meeting-2025-03-13.txt')) },
          { name: 'bomb.docx', bytes: bomb },
          { name: 'fucheng.txt', bytes: utf8(corpusText('fucheng-standing-committee-2021-01-05.txt')) },
        ],
        refused: [],
      });
      const outcomes = await runImport(db, sources, () => {}, new AbortController().signal);
      expect(outcomes.map((outcome) => [outcome.name, outcome.result])).toEqual([
        ['laocheng.txt', 'imported'],
        ['bomb.docx', 'refused'],
        ['fucheng.txt', 'imported'],
      ]);
      expect(await db.issues.count()).toBe(2);
      const refused = outcomes[1]!;
      if (refused.result !== 'refused') return;
      expect(refused.refusal.code).toBe('unpacksTooLarge');
      if (refused.refusal.code !== 'unpacksTooLarge') return;
      // The paragraph plus the document's few hundred bytes of XML and parts.
      expect(refused.refusal.size).toBeGreaterThan(unpacked);
      expect(refused.refusal.size).toBeLessThan(unpacked + 64 * 1024);
      const sizeShown = label === '1 GB' ? '1024.0 MB' : `${(unpacked / MB).toFixed(1)} MB`;
      expect(refusalText(translators.en, refused.refusal)).toMatch(
        new RegExp(`^the Word document would unpack from [0-9.]+ [KM]B to ${sizeShown.replace('.', '\\.')}`),
      );
      expect(refusalText(translators['zh-CN'], refused.refusal)).toMatch(
        new RegExp(`^Word 文档将从 [0-9.]+ [KM]B 解压为 ${sizeShown.replace('.', '\\.')}`),
      );
    });
  }
});
