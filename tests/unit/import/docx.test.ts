// Word documents: headings and paragraphs come through mammoth; a cut-off or non-zip .docx is
// refused by name.
import './dom';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../renderer/src/import-formats/read-import-file';
import { goodDocx } from './bad-input-files';

describe('.docx', () => {
  it('keeps the title, headings and paragraphs', async () => {
    const read = await readImportFile('meeting.docx', await goodDocx());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { parsed, format } = read.digest;
    expect(format).toBe('docx');
    expect(parsed.title).toBe('区委常委会召开会议');
    expect(parsed.published).toBe('2024-03-04');
    expect(parsed.sections).toEqual([['稳经济促增长']]);
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['intro', '3月4日，区委书记王五主持召开区委常委会会议，传达学习全国两会精神。'],
      ['heading', '稳经济促增长'],
      ['paragraph', '会议强调，要抓好经济运行，确保完成全年目标任务。'],
    ]);
  });

  it('refuses a .docx that is not a zip, and one cut off', async () => {
    expect(await readImportFile('letter.docx', new TextEncoder().encode('Dear colleague'))).toMatchObject({
      ok: false,
      name: 'letter.docx',
      refusal: { code: 'notDocx' },
    });
    const whole = await goodDocx();
    const cut = await readImportFile('cut.docx', whole.slice(0, Math.floor(whole.length / 2)));
    expect(cut).toMatchObject({ ok: false, refusal: { code: 'damagedDocx' } });
  });
});
