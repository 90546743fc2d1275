// The pure reader of .txt and .md files: envelope checks (type, size, empty), encodings, refusals.
import { describe, expect, it } from 'vitest';
import { MAX_DIGEST_BYTES, readDigestBytes } from '../../../renderer/src/domain/import/read-digest-file';
import { contentHash } from '../../../renderer/src/domain/text/content-hash';
import { corpusText } from '../factories';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a chosen file', () => {
  it('parses a UTF-8 digest, with or without a BOM, to the same issue', () => {
    const text = corpusText('laocheng-secretary-meeting-2025-03-13.txt');
    const plain = readDigestBytes('a.txt', utf8(text));
    const withBom = readDigestBytes('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(plain.ok && withBom.ok).toBe(true);
    if (!plain.ok || !withBom.ok) return;
    expect(withBom.digest.parsed.blocks).toEqual(plain.digest.parsed.blocks);
    expect(withBom.digest.contentHash).toBe(plain.digest.contentHash);
    expect(plain.digest).toMatchObject({ format: 'text', encoding: 'utf-8' });
  });

  it('reads two GBK characters as GB18030 text', () => {
    // CA D0 = 市, CE AF = 委 in GBK.
    const read = readDigestBytes('gbk.txt', new Uint8Array([0xca, 0xd0, 0xce, 0xaf]));
    expect(read).toMatchObject({ ok: true, digest: { text: '市委', encoding: 'gb18030' } });
  });

  it('refuses what it cannot import, each with its reason', () => {
    expect(readDigestBytes('x.pdf', utf8('hello'))).toMatchObject({ ok: false, name: 'x.pdf', refusal: { code: 'unsupportedType' } });
    expect(readDigestBytes('empty.txt', new Uint8Array())).toMatchObject({ ok: false, refusal: { code: 'empty' } });
    expect(readDigestBytes('blank.txt', utf8(' \n\u3000\n'))).toMatchObject({ ok: false, refusal: { code: 'empty' } });
    expect(readDigestBytes('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatchObject({
      ok: false,
      refusal: { code: 'binary' },
    });
    const big = new Uint8Array(MAX_DIGEST_BYTES + 1).fill(0x41);
    expect(readDigestBytes('big.txt', big)).toMatchObject({
      ok: false,
      refusal: { code: 'tooLarge', size: MAX_DIGEST_BYTES + 1, cap: MAX_DIGEST_BYTES },
    });
  });

  it('keeps the headings and paragraphs of Markdown', () => {
    const markdown = [
      '# 区委常委会召开会议',
      '',
      '发布日期：2024-03-04',
      '',
      '3月4日，区委书记**王五**主持召开区委常委会会议，',
      '传达学习[全国两会](https://example.com/x)精神。',
      '',
      '![现场](photo.jpg)',
      '',
      '## 稳经济促增长',
      '',
      '会议强调，要抓好经济运行。',
      '',
      '- 抓项目',
      '- 抓招商',
    ].join('\n');
    const read = readDigestBytes('meeting.md', utf8(markdown));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { parsed } = read.digest;
    expect(parsed.title).toBe('区委常委会召开会议');
    expect(parsed.published).toBe('2024-03-04');
    expect(parsed.sections).toEqual([['稳经济促增长']]);
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['intro', '3月4日，区委书记王五主持召开区委常委会会议，传达学习全国两会精神。'],
      ['heading', '稳经济促增长'],
      ['paragraph', '会议强调，要抓好经济运行。'],
      ['paragraph', '抓项目'],
      ['paragraph', '抓招商'],
    ]);
    // Link targets and images are gone, not kept anywhere.
    expect(read.digest.text).not.toContain('example.com');
    expect(read.digest.text).not.toContain('photo.jpg');
  });
});

describe('content hash', () => {
  it('ignores line endings, BOM and trailing spaces but not the words', () => {
    const text = '标题\n\n第一段。\n';
    expect(contentHash('\uFEFF标题\r\n\r\n第一段。  \r\n')).toBe(contentHash(text));
    expect(contentHash('标题\n\n第二段。\n')).not.toBe(contentHash(text));
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/);
  });
});
