// Reads any importable file into a parsed issue or a named refusal: .txt and .md in the pure
// domain reader, saved web pages and Word documents here (they need a DOM and an unzipper).
// Whatever a file holds, the outcome is data: this never throws and never runs the file's code.
import { composeArticleText } from '../domain/import/article-text';
import { decodeHtml } from '../domain/import/decode-text';
import {
  checkFileEnvelope,
  importFormatOf,
  readDigestBytes,
  readDigestText,
  withFormat,
  type DigestReadResult,
} from '../domain/import/read-digest-file';
import { docxParagraphs } from './docx-paragraphs';
import { MAX_HTML_DEPTH, TooDeepError, extractHtmlArticle } from './html-article';

function detailOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

function readHtml(name: string, bytes: Uint8Array): DigestReadResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return { ok: false, name, refusal: { code: decoded.code } };
  let text: string;
  try {
    const parts = extractHtmlArticle(decoded.text);
    if (parts.paragraphs.length === 0) return { ok: false, name, refusal: { code: 'noArticle' } };
    text = composeArticleText(parts);
  } catch (error) {
    if (error instanceof TooDeepError) return { ok: false, name, refusal: { code: 'nestedTooDeep', limit: MAX_HTML_DEPTH } };
    return { ok: false, name, refusal: { code: 'unreadable', detail: detailOf(error) } };
  }
  return withFormat(readDigestText(name, text), 'html', decoded.encoding);
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
