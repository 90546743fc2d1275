// Sums the unpacked sizes a zip archive declares in its central directory, without inflating
// anything, so a .docx "zip bomb" (a small file that unpacks to gigabytes) is refused before
// mammoth/jszip allocate the text. A size of 0xFFFFFFFF means "see the ZIP64 record": no Word
// document needs ZIP64, so it counts as too large rather than being followed.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_LENGTH = 22;
const ENTRY_HEADER_LENGTH = 46;
const MAX_COMMENT_LENGTH = 0xffff;
export const ZIP64_MARKER = 0xffffffff;

/** The declared unpacked size of all entries, or null when the central directory cannot be found or read. */
export function zipDeclaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  const entryCount = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entryCount; index++) {
    if (offset + ENTRY_HEADER_LENGTH > view.byteLength) return null;
    if (view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const unpacked = view.getUint32(offset + 24, true);
    total += unpacked === ZIP64_MARKER ? Number.POSITIVE_INFINITY : unpacked;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    offset += ENTRY_HEADER_LENGTH + nameLength + extraLength + commentLength;
  }
  return total;
}

/** The end record sits in the last 22 bytes plus at most a 64 KB archive comment. */
function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - END_RECORD_LENGTH - MAX_COMMENT_LENGTH);
  for (let offset = view.byteLength - END_RECORD_LENGTH; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return null;
}
