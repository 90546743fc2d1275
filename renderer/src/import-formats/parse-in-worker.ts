// Runs the parsing of imported files in a Web Worker, one file at a time, with a time budget: a
// file the Worker has not finished within the budget is refused by name and the Worker is
// stopped; a Worker that fails (a crash, running out of memory) refuses that one file. Either way
// the next file gets a fresh Worker, so the rest of the batch imports. Where there is no Worker
// (unit tests, Node scripts) the same code runs in-process.
import type { DigestReadResult, ImportRefusal } from '../domain/import/read-digest-file';
import { checkFileEnvelope, importFormatOf } from '../domain/import/read-digest-file';
import { handleParseRequest, type ParseRequest } from './parse-request';
import { extractHtmlText } from './read-import-file';

/** Longer than any real digest takes (a 5 MB text parses in about a second), short enough to notice. */
export const PARSE_BUDGET_MS = 60_000;

/** What the Worker posts: once that its code has loaded, then one result per request. */
export type WorkerAnswer = { type: 'ready' } | { type: 'result'; result: DigestReadResult };

/** The part of a Worker this client uses, so tests can stand in for one. */
export interface ParseWorker {
  postMessage(message: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export type ParseReader = (request: ParseRequest) => Promise<DigestReadResult>;

/**
 * A reader that sends each request to a Worker from `spawn`, one at a time, within `budgetMs`.
 * Where a Worker cannot start at all (it fails before saying it loaded, or cannot be made), the
 * requests are read with `fallback` in-process instead of every file being refused.
 */
export function workerParseReader(
  spawn: () => ParseWorker,
  budgetMs = PARSE_BUDGET_MS,
  fallback: ParseReader = handleParseRequest,
): ParseReader {
  let worker: { port: ParseWorker; ready: boolean } | null = null;
  let workersUnavailable = false;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = () => {
    worker?.port.terminate();
    worker = null;
  };

  const start = () => {
    try {
      worker ??= { port: spawn(), ready: false };
      return worker;
    } catch {
      workersUnavailable = true;
      return null;
    }
  };

  const run = (request: ParseRequest) =>
    new Promise<DigestReadResult>((resolve) => {
      const current = workersUnavailable ? null : start();
      if (!current) {
        resolve(fallback(request));
        return;
      }
      const { port } = current;
      const settle = (result: DigestReadResult | Promise<DigestReadResult>, keepWorker: boolean) => {
        clearTimeout(timer);
        port.onmessage = port.onerror = port.onmessageerror = null;
        if (!keepWorker) stop();
        resolve(result);
      };
      const refuse = (refusal: ImportRefusal) => settle({ ok: false, name: request.name, refusal }, false);
      const timer = setTimeout(() => refuse({ code: 'tookTooLong', seconds: Math.round(budgetMs / 1000) }), budgetMs);
      port.onmessage = ({ data }) => {
        if (data.type === 'ready') current.ready = true;
        else settle(data.result, true);
      };
      port.onerror = (event) => {
        // The file's failure, not the page's: keep it from the window's error handlers.
        event.preventDefault();
        if (current.ready) return refuse({ code: 'readerFailed' });
        workersUnavailable = true;
        settle(fallback(request), false);
      };
      port.onmessageerror = () => refuse({ code: 'readerFailed' });
      port.postMessage(request);
    });

  return (request) => {
    const result = queue.then(() => run(request));
    queue = result;
    return result;
  };
}

function spawnParseWorker(): ParseWorker {
  // Vite bundles the worker from this URL; the CSP allows workers from the app itself.
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'readout-parse' });
}

let defaultReader: ParseReader | null = null;

/** The app's reader: a Worker where the platform has Worker, in-process otherwise. */
export function parseReader(): ParseReader {
  defaultReader ??= typeof Worker === 'undefined' ? handleParseRequest : workerParseReader(spawnParseWorker);
  return defaultReader;
}

/**
 * Reads an imported file off the main thread. A web page's article is extracted here first,
 * because that needs a DOM (a Worker has none; a page's depth is capped before Readability runs);
 * its text is then parsed in the Worker like every other file.
 */
export async function readImportFileInWorker(
  name: string,
  bytes: Uint8Array,
  read: ParseReader = parseReader(),
): Promise<DigestReadResult> {
  const refused = checkFileEnvelope(name, bytes);
  if (refused) return refused;
  if (importFormatOf(name) !== 'html') return read({ kind: 'file', name, bytes });
  const extracted = extractHtmlText(name, bytes);
  if (!extracted.ok) return extracted;
  return read({ kind: 'text', name, text: extracted.text, format: 'html', encoding: extracted.encoding });
}
