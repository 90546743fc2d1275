// The same text saved in every encoding the import reads comes in as the same issue, and text in
// an encoding it cannot tell is refused by name instead of being shown as mojibake.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../renderer/src/domain/import/decode-text';
import { readDigestBytes } from '../../../renderer/src/domain/import/read-digest-file';
import { corpusText } from '../factories';
import { canEncode, encodeLegacy, encodeUtf16 } from './legacy-encoders';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The traditional-character chronicle without its inline pinyin glosses (Big5 has no tone marks). */
function traditionalSample(): string {
  return corpusText('huaibei-chronicle-2022-05-traditional-excerpt.txt').replace(/\([a-zāáǎàōóǒòēéěèīíǐìūúǔùüǖǘǚǜ ]+\)/g, '');
}

function blocksOf(name: string, bytes: Uint8Array) {
  const read = readDigestBytes(name, bytes);
  if (!read.ok) throw new Error(`${name} refused: ${read.refusal.code}`);
  return { encoding: read.digest.encoding, title: read.digest.parsed.title, blocks: read.digest.parsed.blocks };
}

describe('encodings', () => {
  it('reads one traditional text saved as UTF-8, UTF-8 BOM, UTF-16LE, UTF-16BE, GB18030 and Big5 to identical blocks', () => {
    const text = traditionalSample();
    expect(canEncode('big5', text)).toBe(true);
    const saved = {
      'utf-8': utf8(text),
      'utf-8 BOM': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
      'utf-16le': encodeUtf16(text, 'le'),
      'utf-16be': encodeUtf16(text, 'be'),
      gb18030: encodeLegacy('gb18030', text),
      big5: encodeLegacy('big5', text),
    };
    const reference = blocksOf('utf8.txt', saved['utf-8']);
    // Read by eye: the chronicle's title line, and its entries as paragraphs.
    expect(reference.title).toBe('2022年5月大事記');
    expect(reference.blocks[0]?.text.startsWith('5月5日上午,全省加強“雙招雙引”擴大有效投資')).toBe(true);
    for (const [label, bytes] of Object.entries(saved)) {
      const read = blocksOf(`${label}.txt`, bytes);
      expect(read.blocks, label).toEqual(reference.blocks);
      expect(read.title, label).toBe(reference.title);
    }
    expect(blocksOf('a.txt', saved.big5).encoding).toBe('big5');
    expect(blocksOf('a.txt', saved.gb18030).encoding).toBe('gb18030');
    expect(blocksOf('a.txt', saved['utf-16be']).encoding).toBe('utf-16be');
  });

  it('reads a simplified text saved as GBK-range GB18030 like its UTF-8 original', () => {
    const text = corpusText('laocheng-secretary-meeting-2025-03-13.txt');
    const fromGb = blocksOf('gb.txt', encodeLegacy('gb18030', text));
    expect(fromGb.encoding).toBe('gb18030');
    expect(fromGb.blocks).toEqual(blocksOf('u.txt', utf8(text)).blocks);
    expect(fromGb.title).toBe('赵书政主持召开书记专题会');
  });

  it('tells even a short GB text from Big5', () => {
    expect(decodeText(encodeLegacy('gb18030', '会议强调'))).toMatchObject({ ok: true, text: '会议强调', encoding: 'gb18030' });
    expect(decodeText(encodeLegacy('big5', '會議強調'))).toMatchObject({ ok: true, text: '會議強調', encoding: 'big5' });
  });

  it('reads UTF-16 without a BOM when the text is mostly ASCII', () => {
    const decoded = decodeText(encodeUtf16('Weekly brief 2024-03-04\n\nThe mayor met the board.\n', 'le', false));
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });

  it('refuses Shift_JIS, EUC-KR and Latin-1 text as an encoding it cannot tell', () => {
    // "これには、世界" in Shift_JIS; "한국어 테스트" in EUC-KR; "café résumé" in Latin-1.
    const shiftJis = new Uint8Array([0x82, 0xb1, 0x82, 0xea, 0x82, 0xc9, 0x82, 0xcd, 0x81, 0x41, 0x90, 0xa2, 0x8a, 0x45]);
    const eucKr = new Uint8Array([0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee, 0x20, 0xc5, 0xd7, 0xbd, 0xba, 0xc6, 0xae]);
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9]);
    for (const bytes of [shiftJis, eucKr, latin1]) expect(decodeText(bytes)).toEqual({ ok: false, code: 'unknownEncoding' });
  });

  it('names damaged UTF-8 as such, and a UTF-16 BOM over odd bytes as invalid UTF-16', () => {
    const bytes = utf8(corpusText('fucheng-standing-committee-2021-01-05.txt'));
    const damaged = bytes.slice();
    damaged[40] = 0xff;
    expect(decodeText(damaged)).toEqual({ ok: false, code: 'invalidUtf8' });
    // With a BOM, and cut off in the middle of a three-byte character.
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes.slice(0, 200), 0xe4, 0xb8]))).toEqual({ ok: false, code: 'invalidUtf8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]))).toEqual({ ok: false, code: 'invalidUtf16' });
  });
});
