// Word's converted HTML read without a DOM: paragraphs, headings, table cells and line breaks end
// lines; mammoth's escapes are undone; inline tags join their text.
import { describe, expect, it } from 'vitest';
import { paragraphsOfConverterHtml } from '../../../renderer/src/import-formats/converter-html';

describe('paragraphsOfConverterHtml', () => {
  it('splits at block tags and breaks, and decodes escapes', () => {
    const html =
      '<h1>区委常委会召开会议</h1><p>王五<strong>主持</strong>会议。</p><p>第一行<br />第二行</p>' +
      '<table><tr><td><p>甲 &amp; 乙</p></td><td><p>&lt;3&gt; &quot;引&quot;</p></td></tr></table>';
    expect(paragraphsOfConverterHtml(html)).toEqual(['区委常委会召开会议', '王五主持会议。', '第一行', '第二行', '甲 & 乙', '<3> "引"']);
  });
});
