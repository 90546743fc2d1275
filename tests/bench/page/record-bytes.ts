// The size of a stored record for the scale run's storage table: strings as their UTF-8 bytes,
// binary (typed arrays, ArrayBuffers) as its length, numbers 8 bytes, and each property's name.
// IndexedDB's own encoding differs by a constant factor; what the table compares (the index with
// the text it indexes, one size with another) is measured the same way on both sides.

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export function recordBytes(value: unknown): number {
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + recordBytes(item), 0);
  if (typeof value === 'object') {
    let bytes = 0;
    for (const [key, item] of Object.entries(value)) bytes += key.length + recordBytes(item);
    return bytes;
  }
  return 0;
}
