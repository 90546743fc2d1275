// Test-only encoders for GB18030 and Big5. Node's TextDecoder decodes both but has no encoder, so
// the tables are built by decoding every two-byte sequence once and inverting the result; GB18030's
// four-byte forms (characters outside GBK) are not needed by the samples and are refused loudly.

type Table = Map<number, number>;

function buildTable(label: string, leads: [number, number], trails: [number, number]): Table {
  const decoder = new TextDecoder(label, { fatal: true });
  const table: Table = new Map();
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (let trail = trails[0]; trail <= trails[1]; trail++) {
      let text: string;
      try {
        text = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      // Keep the first (canonical) byte pair for a character; skip pairs decoding to two characters.
      if ([...text].length !== 1) continue;
      const code = text.codePointAt(0)!;
      if (code < 0x80 || table.has(code)) continue;
      table.set(code, (lead << 8) | trail);
    }
  }
  return table;
}

const tables = new Map<string, Table>();
function tableFor(label: 'gb18030' | 'big5'): Table {
  let table = tables.get(label);
  if (!table) {
    table = label === 'gb18030' ? buildTable('gb18030', [0x81, 0xfe], [0x40, 0xfe]) : buildTable('big5', [0x81, 0xfe], [0x40, 0xfe]);
    tables.set(label, table);
  }
  return table;
}

/** Encodes text in GB18030 (two-byte range) or Big5; throws on a character the encoding cannot hold. */
export function encodeLegacy(label: 'gb18030' | 'big5', text: string): Uint8Array {
  const table = tableFor(label);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(code);
    if (pair === undefined) throw new Error(`${label} cannot encode ${char} (U+${code.toString(16)})`);
    bytes.push(pair >> 8, pair & 0xff);
  }
  return new Uint8Array(bytes);
}

/** Whether every character of the text can be encoded in the encoding. */
export function canEncode(label: 'gb18030' | 'big5', text: string): boolean {
  const table = tableFor(label);
  return [...text].every((char) => char.codePointAt(0)! < 0x80 || table.has(char.codePointAt(0)!));
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[i * 2] = first;
    bytes[i * 2 + 1] = second;
  }
  return bytes;
}
