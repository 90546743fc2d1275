// Saved web pages come in as the article alone: the two corpus pages read exactly like their
// .txt twins (title, time, source, paragraphs), with none of the site's menus, footers or scripts.
import './dom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedIssue } from '../../../renderer/src/domain/digest/types';
import { readImportFile } from '../../../renderer/src/import-formats/read-import-file';
import { corpusDir, corpusText, digestFrom } from '../factories';

async function importPage(name: string) {
  const read = await readImportFile(name, new Uint8Array(readFileSync(corpusDir + name)));
  if (!read.ok) throw new Error(`${name} refused: ${read.refusal.code}`);
  return read.digest;
}

/** What a reader sees of an issue: its title and its text blocks (credits aside). */
function titleAndParagraphs(parsed: ParsedIssue) {
  return {
    title: parsed.title,
    paragraphs: parsed.blocks.filter((block) => block.kind !== 'credit').map((block) => [block.kind, block.text]),
  };
}

describe('saved web pages', () => {
  for (const stem of ['daliang-inspection-2019-02-27', 'shanxi-silk-road-launch-2019-09-16']) {
    it(`${stem}.html reads like its .txt twin`, async () => {
      const page = await importPage(`${stem}.html`);
      const twin = digestFrom(corpusText(`${stem}.txt`), `${stem}.txt`).parsed;
      expect(titleAndParagraphs(page.parsed)).toEqual(titleAndParagraphs(twin));
      expect(page.parsed.published).toBe(twin.published);
      expect(page.parsed.source).toBe(twin.source);
      expect(page.format).toBe('html');
    });
  }

  it('leaves out the chrome of the Zhongshan page: location bar, print and close links, the extension script', async () => {
    const { text, parsed } = await importPage('daliang-inspection-2019-02-27.html');
    for (const chrome of ['现在位置', '首页', '东区新闻', '打印本页', '关闭窗口', 'chrome-extension', '中山网'])
      expect(text).not.toContain(chrome);
    // Read from the page: the headline, 来源于 东区办事处, and three body paragraphs.
    expect(parsed.title).toBe('顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作');
    expect(parsed.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(3);
  });

  it('leaves out the chrome of the Shanxi portal: menus, font buttons, share links, page scripts', async () => {
    const { text, parsed } = await importPage('shanxi-silk-road-launch-2019-09-16.html');
    for (const chrome of ['山西省人民政府门户网站', '字体', '放大', '分享', '打印', 'function', '网站地图', '首页'])
      expect(text).not.toContain(chrome);
    expect(parsed.blocks[0]?.text).toBe('成功举办中国（山西）－巴西双向经贸投资推介会');
    expect(parsed.blocks.at(-1)?.text).toBe(
      '山西品牌丝路行主题为“走丝绸之路，促合作共赢”。南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）',
    );
  });

  it('imports the unrelated story on the real cjddsb template cleanly', async () => {
    const { text, parsed } = await importPage('cjddsb-article-template.html');
    expect(parsed.title).toBe('常德市金融系统积极开展“金融知识普及月 金融知识进万家”活动');
    expect(parsed.published).toBe('2019-09-23T14:34:05');
    expect(parsed.source).toBe('当代商报');
    expect(parsed.blocks[0]?.text.startsWith('为持续推动金融消费者教育和金融知识普及工作')).toBe(true);
    // The sidebar's other stories, the copyright box and the share widget are not the article.
    for (const chrome of ['安康最大洪峰', '版权声明', '复制链接', '转载请注明', '阅读']) expect(text).not.toContain(chrome);
  });
});
