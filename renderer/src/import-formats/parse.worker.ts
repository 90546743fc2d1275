// The parsing Worker: reads one file (or text) per message and answers with its DigestReadResult.
// Off the main thread, a file that takes long or runs out of memory here cannot freeze or crash
// the window; the main thread's client (parse-in-worker.ts) stops it after a time budget.
import type { WorkerAnswer } from './parse-in-worker';
import { handleParseRequest, type ParseRequest } from './parse-request';

// The renderer is typed against the DOM library; this is a dedicated worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: WorkerAnswer) => void;
};

scope.onmessage = (event) => {
  void handleParseRequest(event.data).then((result) => scope.postMessage({ type: 'result', result }));
};
// Tells the client this Worker's code loaded: an error before this means Workers cannot run here.
scope.postMessage({ type: 'ready' });
