// Turns one chosen file (name + bytes) into a parsed issue, or into a refusal that says why.
// Refusals are data, so a batch goes on with the other files and the UI can name each reason.
import { parseDigest } from '../digest/parse-digest';
import type { ParsedIssue } from '../digest/types';
import { contentHash } from '../text/content-hash';

export const MAX_DIGEST_BYTES = 20 * 1024 * 1024;

export type ImportRefusal =
  | { code: 'unsupportedType' }
  | { code: 'empty' }
  | { code: 'notUtf8' }
  | { code: 'binary' }
  | { code: 'tooLarge'; size: number; cap: number }
  | { code: 'unreadable'; detail: string };

export interface ReadableDigest {
  name: string;
  text: string;
  parsed: ParsedIssue;
  contentHash: string;
}

export type DigestReadResult = { ok: true; digest: ReadableDigest } | { ok: false; name: string; refusal: ImportRefusal };

const importableExtensions = ['.txt'];

export function isImportableName(name: string): boolean {
  const lower = name.toLowerCase();
  return importableExtensions.some((extension) => lower.endsWith(extension));
}

export function readDigestBytes(name: string, bytes: Uint8Array): DigestReadResult {
  if (!isImportableName(name)) return { ok: false, name, refusal: { code: 'unsupportedType' } };
  if (bytes.byteLength > MAX_DIGEST_BYTES) {
    return { ok: false, name, refusal: { code: 'tooLarge', size: bytes.byteLength, cap: MAX_DIGEST_BYTES } };
  }
  // A NUL byte never occurs in UTF-8 text: the file is binary (an image, an archive, a PDF…).
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, name, refusal: { code: 'binary' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, name, refusal: { code: 'notUtf8' } };
  }
  return readDigestText(name, text);
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
