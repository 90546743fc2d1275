// The CSV reader of lexicon files: RFC 4180 quoting, any line end, a BOM, and the line each record
// starts on (so a refusal names the row a spreadsheet shows).
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../renderer/src/domain/lexicon/csv';

const cellsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`refused at line ${result.line}`);
  return result.records.map((record) => [record.line, ...record.cells]);
};

describe('parseCsv', () => {
  it('reads plain, quoted and empty fields with CRLF, LF or CR line ends and drops a BOM', () => {
    expect(cellsOf('\uFEFFphrase,note\r\n城市更新,"旧城,改造"\n招商引资,\r稳增长,"说""稳"""')).toEqual([
      [1, 'phrase', 'note'],
      [2, '城市更新', '旧城,改造'],
      [3, '招商引资', ''],
      [4, '稳增长', '说"稳"'],
    ]);
  });

  it('keeps line breaks inside quotes and counts lines through them', () => {
    expect(cellsOf('a,b\n"第一行\n第二行",x\nc,d\n')).toEqual([
      [1, 'a', 'b'],
      [2, '第一行\n第二行', 'x'],
      [4, 'c', 'd'],
    ]);
  });

  it('skips blank lines and keeps their numbers', () => {
    expect(cellsOf('a\n\n\nb\n')).toEqual([
      [1, 'a'],
      [4, 'b'],
    ]);
  });

  it('refuses a quote that is never closed, naming the line it opens on', () => {
    expect(parseCsv('phrase\n城市更新\n"招商引资,\n稳增长\n')).toEqual({ ok: false, line: 3, code: 'badQuote' });
  });
});
