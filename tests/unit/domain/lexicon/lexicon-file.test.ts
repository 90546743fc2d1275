// Lexicon files: what is written reads back the same, in CSV and JSON; a hand-made CSV with
// columns in another order, no colour or no enabled column reads; a bad file is refused with the
// row and the reason.
import { describe, expect, it } from 'vitest';
import { lexiconToCsv, lexiconToJson, readLexiconFile } from '../../../../renderer/src/domain/lexicon/lexicon-file';
import { starterLexicon } from '../../../../renderer/src/domain/lexicon/starter';

const bytes = (text: string) => new TextEncoder().encode(text);
const entries = [
  {
    phrase: '"465"现代产业体系',
    variants: ['465产业体系', '四六五'],
    category: { name: '发展', colour: '#2563eb' },
    note: '无锡提法,见 2022-09 周报; "引号", 逗号',
    enabled: true,
  },
  { phrase: '-负面清单', variants: [], category: { name: '改革', colour: '#abc' }, note: '=SUM(A1)', enabled: false },
];

function read(name: string, text: string) {
  return readLexiconFile(name, bytes(text), [{ name: '发展', colour: '#2563eb' }]);
}

describe('lexicon files', () => {
  it('read back what they wrote, as CSV (BOM, CRLF) and as JSON', () => {
    const csv = lexiconToCsv(entries);
    expect(csv.startsWith('\uFEFFphrase,variants,category,colour,note,enabled\r\n')).toBe(true);
    expect(csv).toContain(`"'-负面清单"`);
    for (const [name, text] of [
      ['lexicon.csv', csv],
      ['lexicon.json', lexiconToJson(entries)],
    ] as const) {
      const result = read(name, text);
      expect(result.ok && result.entries.map((entry) => entry.entry)).toEqual(entries);
    }
  });

  it('read the whole starter lexicon back from CSV', () => {
    const starter = starterLexicon();
    const result = read('starter.csv', lexiconToCsv(starter));
    expect(result.ok && result.entries.map((entry) => entry.entry.phrase)).toEqual(starter.map((entry) => entry.phrase));
  });

  it('read a hand-made CSV: columns in any order, a known category takes its colour', () => {
    const result = read('mine.csv', 'Category,Phrase\n发展,新质生产力\n,稳就业\n');
    expect(result.ok && result.entries).toEqual([
      { row: 2, entry: { phrase: '新质生产力', variants: [], category: { name: '发展', colour: '#2563eb' }, note: '', enabled: true } },
      {
        row: 3,
        entry: { phrase: '稳就业', variants: [], category: { name: 'Policy phrase', colour: '#7c3aed' }, note: '', enabled: true },
      },
    ]);
  });

  it('refuse a bad file with the row and the reason', () => {
    const problem = (name: string, text: string) => {
      const result = read(name, text);
      return result.ok ? null : result.problem;
    };
    expect(problem('a.csv', 'phrase,enabled\n城市更新,maybe\n')).toEqual({ code: 'badEnabled', value: 'maybe', row: 2 });
    expect(problem('a.csv', 'phrase\n城市更新\n\n  \n')).toBeNull();
    expect(problem('a.csv', 'phrase,category\n城市更新,城建\n,城建\n')).toEqual({ code: 'entry', problem: { code: 'empty' }, row: 3 });
    expect(problem('a.csv', 'word\n城市更新\n')).toEqual({ code: 'missingColumn', column: 'phrase', row: 1 });
    expect(problem('a.csv', 'phrase,colour\n城市更新,red\n')).toEqual({
      code: 'entry',
      problem: { code: 'badColour', colour: 'red' },
      row: 2,
    });
    expect(problem('a.csv', 'phrase,variants\n城市更新,\n旧城改造,城市更新\n')).toEqual({
      code: 'duplicateInFile',
      phrase: '城市更新',
      other: 2,
      row: 3,
    });
    expect(problem('a.csv', 'phrase\n"城市更新\n')).toEqual({ code: 'badQuote', row: 2 });
    expect(problem('a.csv', 'phrase\n')).toEqual({ code: 'empty' });
    expect(
      problem(
        'a.json',
        '{"version":1,"entries":[{"phrase":"城市更新","category":{"name":"城建","colour":"#123"}},{"phrase":"x","category":{"name":"城建","colour":"#123"},"variants":"y"}]}',
      ),
    ).toEqual({
      code: 'badField',
      detail: expect.stringContaining('variants'),
      row: 2,
    });
    expect(problem('a.json', '{"version":2,"entries":[]}')).toMatchObject({ code: 'notLexicon' });
    expect(problem('a.json', '{"version":1,')).toEqual({ code: 'notJson' });
    expect(problem('a.pdf', '%PDF')).toEqual({ code: 'unknownType' });
    expect(readLexiconFile('a.csv', new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ ok: false, problem: { code: 'notUtf8' } });
  });
});
