// Reads any importable file into a parsed issue or a named refusal: .txt and .md in the pure
// domain reader, saved web pages and Word documents here (they need a DOM and an unzipper).
// Whatever a file holds, the outcome is data: this never throws and never runs the file's code.
import { composeArticleText } from '../domain/import/article-text';
import { decodeHtml, type TextEncodingName } from '../domain/import/decode-text';
import {
  checkFileEnvelope,
  importFormatOf,
  readDigestBytes,
  readDigestText,
  withFormat,
  type DigestReadResult,
  type ImportRefusal,
} from '../domain/import/read-digest-file';
import { docxParagraphs } from './docx-paragraphs';
import { MAX_HTML_DEPTH, TooDeepError, extractHtmlArticle } from './html-article';

function detailOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/** A saved web page's article as digest text (this step needs a DOM), or the refusal saying why not. */
export function extractHtmlText(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string; encoding: TextEncodingName } | { ok: false; name: string; refusal: ImportRefusal } {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return { ok: false, name, refusal: { code: decoded.code } };
  try {
    const parts = extractHtmlArticle(decoded.text);
    if (parts.paragraphs.length === 0) return { ok: false, name, refusal: { code: 'noArticle' } };
    return { ok: true, text: composeArticleText(parts), encoding: decoded.encoding };
  } catch (error) {
    if (error instanceof TooDeepError) return { ok: false, name, refusal: { code: 'nestedTooDeep', limit: MAX_HTML_DEPTH } };
    return { ok: false, name, refusal: { code: 'unreadable', detail: detailOf(error) } };
  }
}

function readHtml(name: string, bytes: Uint8Array): DigestReadResult {
  const extracted = extractHtmlText(name, bytes);
  if (!extracted.ok) return extracted;
  return withFormat(readDigestText(name, extracted.text), 'html', extracted.encoding);
}

async function readDocx(name: string, bytes: Uint8Array): Promise<DigestReadResult> {
  const read = await docxParagraphs(bytes);
  if (!read.ok) return { ok: false, name, refusal: read.refusal };
  if (read.paragraphs.length === 0) return { ok: false, name, refusal: { code: 'empty' } };
  return withFormat(readDigestText(name, `${read.paragraphs.join('\n\n')}\n`), 'docx');
}

export async function readImportFile(name: string, bytes: Uint8Array): Promise<DigestReadResult> {
  const refused = checkFileEnvelope(name, bytes);
  if (refused) return refused;
  try {
    switch (importFormatOf(name)) {
      case 'html':
        return readHtml(name, bytes);
      case 'docx':
        return await readDocx(name, bytes);
      default:
        return readDigestBytes(name, bytes);
    }
  } catch (error) {
    return { ok: false, name, refusal: { code: 'unreadable', detail: detailOf(error) } };
  }
}
