// Folds text for search so that the forms an analyst may type match each other: full-width and
// half-width letters, digits and punctuation, upper and lower case, traditional and simplified
// characters. Folding maps one UTF-16 code unit to one code unit, so an offset in the folded text
// is the same offset in the original — snippets and marks need no position map.
import * as OpenCC from 'opencc-js/t2cn';

let foldTable: Uint16Array | null = null;

/** CJK ideograph ranges converted traditional → simplified (BMP: extension A, unified, compatibility). */
const ideographRanges: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20;
  for (let code = 0xc0; code < 0x530; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) table[code] = lower.charCodeAt(0);
  }
  // Full-width ASCII (！ … ～) to its half-width form, then lower case; the ideographic space to a space.
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = table[code - 0xfee0]!;
  table[0x3000] = 0x20;
  // Traditional → simplified one character at a time (never phrase by phrase), so lengths stay
  // equal; the text and the query are folded alike, so the one-character reading is consistent.
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const codes: number[] = [];
  for (const [from, to] of ideographRanges) for (let code = from; code <= to; code++) codes.push(code);
  const converted = convert(codes.map((code) => String.fromCharCode(code)).join('\n')).split('\n');
  if (converted.length === codes.length) {
    codes.forEach((code, index) => {
      const simplified = converted[index]!;
      if (simplified.length === 1) table[code] = simplified.charCodeAt(0);
    });
  }
  return table;
}

/** The fold table, built on first use (about 30 ms), so a cold start that never searches pays nothing. */
export function getFoldTable(): Uint16Array {
  foldTable ??= buildFoldTable();
  return foldTable;
}

const utf16 = new TextDecoder('utf-16le');

/** The folded form of a text: same length, same offsets. */
export function foldText(text: string): string {
  const table = getFoldTable();
  const length = text.length;
  const buffer = new Uint16Array(length);
  for (let i = 0; i < length; i++) buffer[i] = table[text.charCodeAt(i)]!;
  // One decode of all code units; a lone surrogate would come back as U+FFFD, so a text with one
  // (or with a real U+FFFD) takes the slow, exact path.
  const folded = utf16.decode(buffer);
  return folded.length === length && !folded.includes('\ufffd') ? folded : foldSlowly(buffer);
}

function foldSlowly(buffer: Uint16Array): string {
  let out = '';
  for (let start = 0; start < buffer.length; start += 8192) {
    out += String.fromCharCode(...buffer.subarray(start, start + 8192));
  }
  return out;
}

/** Whether a code unit separates tokens: white space and line breaks (after folding). */
export function isSeparator(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}
