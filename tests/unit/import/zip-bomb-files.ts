// Zip-bomb Word documents, built at test time (no committed blobs): a real .docx whose
// word/document.xml is one paragraph of `unpacked` bytes of text. The paragraph is deflated one
// megabyte at a time with a full flush, so each compressed chunk is byte-aligned and independent
// and the same chunk can be repeated: a 1 GB paragraph costs about a megabyte and no 1 GB buffer.
// The zip's declared sizes and CRC are the true ones; only the deflate work is shortcut.
import { crc32, constants, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { goodDocx } from './bad-input-files';

const CHUNK = 1024 * 1024;

interface Entry {
  name: Uint8Array;
  method: 0 | 8;
  crc: number;
  packed: Uint8Array[];
  unpackedSize: number;
}

export async function zipBombDocx(unpacked: number): Promise<Uint8Array> {
  const good = await JSZip.loadAsync(await goodDocx());
  const entries: Entry[] = [];
  for (const [name, file] of Object.entries(good.files)) {
    if (file.dir || name === 'word/document.xml') continue;
    const content = await file.async('uint8array');
    entries.push({ name: utf8(name), method: 0, crc: crc32(content), packed: [content], unpackedSize: content.length });
  }
  entries.push(hugeParagraphDocument(unpacked));
  return writeZip(entries);
}

function hugeParagraphDocument(unpacked: number): Entry {
  const head = utf8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
  );
  const tail = utf8('</w:t></w:r></w:p></w:body></w:document>');
  const fill = new Uint8Array(CHUNK).fill(0x61); // "a"
  const fullChunks = Math.floor(unpacked / CHUNK);
  const rest = unpacked - fullChunks * CHUNK;
  const flushed = (bytes: Uint8Array) => new Uint8Array(deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH }));
  const packedFill = flushed(fill);
  const packed = [
    flushed(head),
    ...Array.from({ length: fullChunks }, () => packedFill),
    flushed(fill.subarray(0, rest)),
    new Uint8Array(deflateRawSync(tail)),
  ];
  let crc = crc32(head);
  for (let index = 0; index < fullChunks; index++) crc = crc32(fill, crc);
  crc = crc32(tail, crc32(fill.subarray(0, rest), crc));
  return { name: utf8('word/document.xml'), method: 8, crc, packed, unpackedSize: head.length + unpacked + tail.length };
}

function writeZip(entries: readonly Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const packedSize = entry.packed.reduce((sum, part) => sum + part.length, 0);
    const local = header(30 + entry.name.length, (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(8, entry.method, true);
      view.setUint32(14, entry.crc >>> 0, true);
      view.setUint32(18, packedSize, true);
      view.setUint32(22, entry.unpackedSize, true);
      view.setUint16(26, entry.name.length, true);
    });
    local.set(entry.name, 30);
    central.push(
      (() => {
        const record = header(46 + entry.name.length, (view) => {
          view.setUint32(0, 0x02014b50, true);
          view.setUint16(4, 20, true);
          view.setUint16(6, 20, true);
          view.setUint16(10, entry.method, true);
          view.setUint32(16, entry.crc >>> 0, true);
          view.setUint32(20, packedSize, true);
          view.setUint32(24, entry.unpackedSize, true);
          view.setUint16(28, entry.name.length, true);
          view.setUint32(42, offset, true);
        });
        record.set(entry.name, 46);
        return record;
      })(),
    );
    parts.push(local, ...entry.packed);
    offset += local.length + packedSize;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = header(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, entries.length, true);
    view.setUint16(10, entries.length, true);
    view.setUint32(12, centralSize, true);
    view.setUint32(16, offset, true);
  });
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function header(length: number, write: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(length);
  write(new DataView(bytes.buffer));
  return bytes;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
