// What the parsing Worker is asked to do, and the code that does it (in the Worker, or in-process
// where there is no Worker: unit tests, Node scripts). A file's bytes are read whole here (text,
// Markdown, Word); a web page arrives as the article text the main thread extracted with its DOM
// (a Worker has none), and pasted text as it was pasted. The answer is always a DigestReadResult.
import type { TextEncodingName } from '../domain/import/decode-text';
import { readDigestText, withFormat, type DigestReadResult, type ImportFormat } from '../domain/import/read-digest-file';
import { readImportFile } from './read-import-file';

export type ParseRequest =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'text'; name: string; text: string; format?: ImportFormat; encoding?: TextEncodingName };

export async function handleParseRequest(request: ParseRequest): Promise<DigestReadResult> {
  try {
    if (request.kind === 'file') return await readImportFile(request.name, request.bytes);
    const read = readDigestText(request.name, request.text);
    return request.format ? withFormat(read, request.format, request.encoding) : read;
  } catch (error) {
    // The parser failing on a text is that file's refusal, never the batch's end.
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { ok: false, name: request.name, refusal: { code: 'unreadable', detail } };
  }
}
