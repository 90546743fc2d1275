// The bad-input suite: a seeded batch of files that must not become issues — binary, empty, over
// the cap, damaged UTF-8, an encoding it cannot tell, a cut-off and a non-zip .docx, a page with
// no article — and pages carrying script, handler, javascript: URL, iframe, SVG and <img onerror>
// payloads and deep nesting, mixed with good files. Each bad file yields a named refusal or a
// sanitized import; no payload runs or reaches the network; the good files of the batch import;
// nothing else enters the library.
import './dom';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { runImport, sourcesFromChosenFiles } from '../../../renderer/src/ui/features/import/run-import';
import { freshDatabase } from '../data/test-db';
import { corpusDir } from '../factories';
import { PAYLOAD_ARTICLE, PWNED_FLAG, badFiles, goodDocx, nestedPage, payloadPages } from './bad-input-files';
import { domWindow } from './dom';

let db: ReadoutDatabase;
const fetchSpy = vi.fn();
beforeEach(() => {
  fetchSpy.mockReset();
  vi.stubGlobal('fetch', fetchSpy);
  (domWindow as unknown as Record<string, unknown>).fetch = fetchSpy;
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db?.delete();
});

const corpusFile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(corpusDir + name)) });

for (const seed of [1, 2, 3]) {
  describe(`a batch of bad input mixed with good files (seed ${seed})`, () => {
    it('refuses each bad file by name, sanitizes each payload page, imports the good files and nothing else', async () => {
      db = await freshDatabase();
      const bad = [...(await badFiles(seed)), ...payloadPages(), nestedPage(60, 'sanitized'), nestedPage(600, 'nestedTooDeep')];
      const good = [
        corpusFile('laocheng-secretary-meeting-2025-03-13.txt'),
        corpusFile('daliang-inspection-2019-02-27.html'),
        { name: 'meeting.docx', bytes: await goodDocx() },
      ];
      // Good files first, in the middle and last: a bad neighbour must not take them down.
      const files = [good[0]!, ...bad.slice(0, 5), good[1]!, ...bad.slice(5), good[2]!];
      const { sources } = sourcesFromChosenFiles({ files, refused: [] });
      const outcomes = await runImport(db, sources, () => {}, new AbortController().signal);

      expect(outcomes.map((outcome) => outcome.name)).toEqual(files.map((file) => file.name));
      const byName = new Map(outcomes.map((outcome) => [outcome.name, outcome]));
      for (const file of good) expect(byName.get(file.name)?.result, file.name).toBe('imported');
      for (const file of bad) {
        const outcome = byName.get(file.name)!;
        if (file.expect === 'sanitized') expect(outcome.result, file.name).toBe('imported');
        else expect(outcome, file.name).toMatchObject({ result: 'refused', refusal: { code: file.expect } });
      }

      // No payload ran, and nothing tried the network.
      expect((globalThis as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
      expect((domWindow as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
      expect(fetchSpy).not.toHaveBeenCalled();

      // The library holds exactly the imported issues, each whole, with no trace of a payload.
      const imported = outcomes.filter((outcome) => outcome.result === 'imported');
      expect(await db.issues.count()).toBe(imported.length);
      const texts = await db.issueTexts.toArray();
      expect(texts).toHaveLength(imported.length);
      for (const text of texts) {
        const all = JSON.stringify(text);
        for (const trace of [
          '<script',
          'javascript:',
          'onerror',
          'onload',
          'onclick',
          PWNED_FLAG,
          '203.0.113.9',
          '<iframe',
          '<svg',
          'fetch(',
        ]) {
          expect(all, trace).not.toContain(trace);
        }
      }
      // A sanitized payload page keeps its article text.
      const payloadIssue = imported.find((outcome) => outcome.name === 'payload-script.html')!;
      const payloadText = texts.find((text) => 'issueId' in payloadIssue && text.issueId === payloadIssue.issueId)!;
      expect(payloadText.blocks.map((block) => block.text)).toContain(PAYLOAD_ARTICLE);
    });
  });
}
