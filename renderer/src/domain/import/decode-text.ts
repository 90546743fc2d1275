// Turns the bytes of a text file into text, finding its encoding: UTF-8 (with or without BOM),
// UTF-16 LE/BE (with BOM, or plain ASCII-range text without one), GB18030/GBK, Big5. A file that
// is none of them is refused with a named reason instead of being shown as mojibake.
//
// Legacy encodings cannot be told apart by validity alone (most byte pairs are valid in both
// GB18030 and Big5), so each candidate that decodes without error is scored by the share of its
// characters that are frequent Chinese characters: the right decoding reads as ordinary Chinese,
// a wrong one as a scatter of rare characters.
import { isCommonChineseChar } from './common-hanzi';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeFailure = 'binary' | 'invalidUtf8' | 'invalidUtf16' | 'unknownEncoding';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; code: DecodeFailure };

/** How much of the text is scored; a long file does not need more to be told apart. */
const SCORE_SAMPLE_CHARS = 64 * 1024;
/** Below this share of frequent characters a decoding is taken to be the wrong one. */
const MIN_COMMON_SHARE = 0.5;

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM false: the decoder drops the BOM of its own encoding.
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Share of non-ASCII characters that are frequent Chinese characters or punctuation. */
export function commonChineseShare(text: string): { share: number; nonAscii: number } {
  let nonAscii = 0;
  let common = 0;
  for (const char of text.slice(0, SCORE_SAMPLE_CHARS)) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (isCommonChineseChar(code)) common++;
  }
  return { share: nonAscii === 0 ? 1 : common / nonAscii, nonAscii };
}

/**
 * UTF-16 without a BOM is recognisable only when most characters are in the ASCII range (one byte
 * of each pair is zero); Chinese UTF-16 without a BOM is too rare to guess at.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const pairs = Math.min(bytes.length, 8192) / 2;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Text that is UTF-8 apart from a few broken sequences (a damaged or cut file), not another encoding. */
function looksLikeBrokenUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 256 * 1024));
  let replaced = 0;
  let multibyte = 0;
  for (const char of text) {
    if (char === '\uFFFD') replaced++;
    else if (char.codePointAt(0)! >= 0x80) multibyte++;
  }
  return multibyte >= 4 && multibyte >= replaced * 4;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes);
    return text === null ? { ok: false, code: 'invalidUtf8' } : { ok: true, text, encoding: 'utf-8' };
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : bomlessUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(utf16, bytes);
    return text === null ? { ok: false, code: 'invalidUtf16' } : { ok: true, text, encoding: utf16 };
  }
  // A NUL byte never occurs in text in any of the byte-oriented encodings: an image, an archive, a PDF…
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, code: 'binary' };

  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };

  let best: { text: string; encoding: TextEncodingName; share: number } | null = null;
  // GB text is decoded with the gb18030 label only: it is a superset of GBK and GB2312.
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = decodeStrict(encoding, bytes);
    if (text === null) continue;
    const { share, nonAscii } = commonChineseShare(text);
    if (nonAscii === 0) continue;
    if (!best || share > best.share) best = { text, encoding, share };
  }
  if (best && best.share >= MIN_COMMON_SHARE) return { ok: true, text: best.text, encoding: best.encoding };
  return { ok: false, code: looksLikeBrokenUtf8(bytes) ? 'invalidUtf8' : 'unknownEncoding' };
}

/** The charset a web page declares in its first bytes (<meta charset>, http-equiv), as one of ours. */
export function declaredHtmlCharset(bytes: Uint8Array): TextEncodingName | null {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  if (label === 'utf-8' || label === 'utf8') return 'utf-8';
  if (['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'euc-cn'].includes(label)) return 'gb18030';
  if (label === 'big5' || label === 'big5-hkscs') return 'big5';
  return null;
}

/** Decodes a web page: its declared charset when the bytes agree with it, otherwise as any text file. */
export function decodeHtml(bytes: Uint8Array): DecodeResult {
  const declared = declaredHtmlCharset(bytes);
  if (declared && !bytes.subarray(0, 3).every((byte, index) => byte === [0xef, 0xbb, 0xbf][index])) {
    const text = decodeStrict(declared, bytes);
    if (text !== null) return { ok: true, text, encoding: declared };
  }
  return decodeText(bytes);
}
