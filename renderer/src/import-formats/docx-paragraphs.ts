// Reads a Word document (.docx) into paragraphs with mammoth (its browser build in the renderer,
// reading an ArrayBuffer), keeping headings and paragraphs. Images are not extracted: mammoth is
// told to drop them. Its HTML is read without a DOM (converter-html.ts), so this runs in the
// parsing Worker.
import type { ImportRefusal } from '../domain/import/read-digest-file';
import { MAX_DOCX_PACK_RATIO, MAX_DOCX_UNPACKED_BYTES, MIN_RATIO_CHECKED_BYTES } from '../domain/import/read-digest-file';
import { paragraphsOfConverterHtml } from './converter-html';
import { zipDeclaredUnpackedSize } from './zip-declared-size';

/** Every zip archive (and so every .docx) starts with a local file header "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function docxParagraphs(
  bytes: Uint8Array,
): Promise<{ ok: true; paragraphs: string[] } | { ok: false; refusal: ImportRefusal }> {
  if (!isZip(bytes)) return { ok: false, refusal: { code: 'notDocx' } };
  // Checked before anything is inflated: the converter unpacks whole entries into memory.
  const declared = zipDeclaredUnpackedSize(bytes);
  if (declared === null) return { ok: false, refusal: { code: 'damagedDocx', detail: 'no zip directory' } };
  const packedTooFar = declared > MIN_RATIO_CHECKED_BYTES && declared > bytes.length * MAX_DOCX_PACK_RATIO;
  if (declared > MAX_DOCX_UNPACKED_BYTES || packedTooFar) {
    return {
      ok: false,
      refusal: { code: 'unpacksTooLarge', size: declared, packed: bytes.length, cap: MAX_DOCX_UNPACKED_BYTES, ratio: MAX_DOCX_PACK_RATIO },
    };
  }
  // mammoth wants an ArrayBuffer of exactly the file.
  const arrayBuffer = bytes.slice().buffer;
  try {
    // Loaded on first use: most sessions import no Word file, and mammoth is large.
    const { default: mammoth } = await import('mammoth');
    // The renderer gets mammoth's browser build (package.json "browser" field), which reads
    // `arrayBuffer`; under Node (unit tests, the benchmark's generator) mammoth reads `buffer`.
    // Both get the same bytes, so tests exercise the same converter.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    return { ok: true, paragraphs: paragraphsOfConverterHtml(result.value) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, refusal: { code: 'damagedDocx', detail: detail.slice(0, 200) } };
  }
}
