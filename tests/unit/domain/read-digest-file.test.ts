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
  });

  it('refuses what it cannot import, each with its reason', () => {
    expect(readDigestBytes('x.pdf', utf8('hello'))).toMatchObject({ ok: false, name: 'x.pdf', refusal: { code: 'unsupportedType' } });
    expect(readDigestBytes('empty.txt', new Uint8Array())).toMatchObject({ ok: false, refusal: { code: 'empty' } });
    expect(readDigestBytes('blank.txt', utf8(' \n\u3000\n'))).toMatchObject({ ok: false, refusal: { code: 'empty' } });
    expect(readDigestBytes('gbk.txt', new Uint8Array([0xca, 0xd0, 0xce, 0xaf]))).toMatchObject({ ok: false, refusal: { code: 'notUtf8' } });
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
});

describe('content hash', () => {
  it('ignores line endings, BOM and trailing spaces but not the words', () => {
    const text = '标题\n\n第一段。\n';
    expect(contentHash('\uFEFF标题\r\n\r\n第一段。  \r\n')).toBe(contentHash(text));
    expect(contentHash('标题\n\n第二段。\n')).not.toBe(contentHash(text));
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/);
  });
});
