// Turns one chosen file (name + bytes) into a parsed issue, or into a refusal that says why.
// Refusals are data, so a batch goes on with the other files and the UI can name each reason.
// Plain text and Markdown are read here; HTML and .docx need a DOM or an unzipper and are turned
// into digest text by renderer/src/import-formats/, which then calls readDigestText.
import { parseDigest } from '../digest/parse-digest';
import type { ParsedIssue } from '../digest/types';
import { contentHash } from '../text/content-hash';
import { decodeText, type DecodeFailure, type TextEncodingName } from './decode-text';
import { markdownToDigestText } from './markdown-text';

export const MAX_DIGEST_BYTES = 20 * 1024 * 1024;
/** What a Word document may unpack to. Real digests unpack to a few MB; a zip bomb to gigabytes. */
export const MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024;
/**
 * Word's XML packs about 5–20 to 1 and pictures hardly at all; a zip bomb packs 1000 to 1. Over
 * this ratio a document is refused once it would unpack to more than MIN_RATIO_CHECKED_BYTES.
 */
export const MAX_DOCX_PACK_RATIO = 100;
export const MIN_RATIO_CHECKED_BYTES = 4 * 1024 * 1024;

export type ImportRefusal =
  | { code: 'unsupportedType' }
  | { code: 'empty' }
  | { code: DecodeFailure }
  | { code: 'tooLarge'; size: number; cap: number }
  /** A .docx that is not a zip archive at all (renamed file, another format). */
  | { code: 'notDocx' }
  /** A zip that is not a readable Word document (cut off, damaged, not Word). */
  | { code: 'damagedDocx'; detail: string }
  /** A Word document whose zip declares more unpacked content than any real document (a zip bomb). */
  | { code: 'unpacksTooLarge'; size: number; packed: number; cap: number; ratio: number }
  /** A web page in which no article text was found. */
  | { code: 'noArticle' }
  /** A web page nested deeper than any real page (a crafted one, made to stall the reader). */
  | { code: 'nestedTooDeep'; limit: number }
  /** Reading it took longer than the time budget; the parsing Worker was stopped. */
  | { code: 'tookTooLong'; seconds: number }
  /** The parsing Worker failed on it (crashed or ran out of memory). */
  | { code: 'readerFailed' }
  | { code: 'unreadable'; detail: string };

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface ReadableDigest {
  name: string;
  text: string;
  parsed: ParsedIssue;
  contentHash: string;
  /** How the file was read, for the import report (absent for pasted text). */
  format?: ImportFormat;
  encoding?: TextEncodingName;
}

export type DigestReadResult = { ok: true; digest: ReadableDigest } | { ok: false; name: string; refusal: ImportRefusal };

const formatByExtension: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/** The file extensions the import accepts, without dots (the file chooser's filter). */
export const importableExtensions = Object.keys(formatByExtension);

export function importFormatOf(name: string): ImportFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(name);
  return (match && formatByExtension[match[1]!.toLowerCase()]) ?? null;
}

export function isImportableName(name: string): boolean {
  return importFormatOf(name) !== null;
}

/** The checks every file passes before its format is looked at: known type and size cap. */
export function checkFileEnvelope(name: string, bytes: Uint8Array): DigestReadResult | null {
  if (!isImportableName(name)) return { ok: false, name, refusal: { code: 'unsupportedType' } };
  if (bytes.byteLength > MAX_DIGEST_BYTES) {
    return { ok: false, name, refusal: { code: 'tooLarge', size: bytes.byteLength, cap: MAX_DIGEST_BYTES } };
  }
  if (bytes.byteLength === 0) return { ok: false, name, refusal: { code: 'empty' } };
  return null;
}

/** Decodes a text-like file (.txt, .md, and the bytes of an .html page) to a string. */
export function decodeFileText(name: string, bytes: Uint8Array): { ok: true; text: string; encoding: TextEncodingName } | DigestReadResult {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded : { ok: false, name, refusal: { code: decoded.code } };
}

/** Reads a .txt or .md file; other formats are refused here (the async reader handles them). */
export function readDigestBytes(name: string, bytes: Uint8Array): DigestReadResult {
  const refused = checkFileEnvelope(name, bytes);
  if (refused) return refused;
  const format = importFormatOf(name);
  if (format !== 'text' && format !== 'markdown') return { ok: false, name, refusal: { code: 'unsupportedType' } };
  const decoded = decodeFileText(name, bytes);
  if (!('text' in decoded)) return decoded;
  const text = format === 'markdown' ? markdownToDigestText(decoded.text) : decoded.text;
  return withFormat(readDigestText(name, text), format, decoded.encoding);
}

export function withFormat(read: DigestReadResult, format: ImportFormat, encoding?: TextEncodingName): DigestReadResult {
  if (!read.ok) return read;
  return { ok: true, digest: { ...read.digest, format, ...(encoding ? { encoding } : {}) } };
}

export function readDigestText(name: string, text: string): DigestReadResult {
  // NUL and other C0 controls do not occur in text files; their presence means a binary file.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 8192))) {
    return { ok: false, name, refusal: { code: 'binary' } };
  }
  if (text.trim() === '') return { ok: false, name, refusal: { code: 'empty' } };
  const parsed = parseDigest(text);
  if (parsed.blocks.length === 0 && parsed.title === '') return { ok: false, name, refusal: { code: 'empty' } };
  return { ok: true, digest: { name, text, parsed, contentHash: contentHash(text) } };
}
