// Mining the library for lexicon suggestions without blocking the UI: issue texts are read 100
// at a time and streamed to a Worker (suggestions.worker.ts) that mines them; where there is no
// Worker (unit tests), the same miner runs here, yielding to the event loop between chunks.
// Rising phrases are mined over the latest 200 dated issues only (recent against their
// baseline), which bounds that work however large the library grows.
import { issueTextOf } from '../../domain/anchoring';
import { SuggestionMiner, type Suggestion } from '../../domain/lexicon/suggestions/suggest';
import type { DatedText } from '../../domain/lexicon/suggestions/rising-phrases';
import { issueDay } from '../../domain/trends/periods';
import type { ReadoutDatabase } from '../schema/db';

const CHUNK = 100;
const RISING_WINDOW = 200;

export type MinerMessage = { type: 'start'; risingIds: string[] } | { type: 'texts'; texts: DatedText[] } | { type: 'finish' };
export type MinerAnswer = { type: 'candidates'; candidates: Suggestion[] };

interface Miner {
  post(message: MinerMessage): void;
  result(): Promise<Suggestion[]>;
  stop(): void;
}

function workerMiner(): Miner {
  // Vite bundles the worker from this URL; the CSP allows workers from the app itself.
  const worker = new Worker(new URL('./suggestions.worker.ts', import.meta.url), { type: 'module', name: 'readout-suggestions' });
  const answer = new Promise<Suggestion[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<MinerAnswer>) => resolve(event.data.candidates);
    worker.onerror = () => reject(new Error('the suggestions worker failed'));
  });
  return {
    post: (message) => worker.postMessage(message),
    result: () => answer.finally(() => worker.terminate()),
    stop: () => worker.terminate(),
  };
}

function inThreadMiner(): Miner {
  let miner: SuggestionMiner | null = null;
  let candidates: Suggestion[] = [];
  return {
    post(message) {
      if (message.type === 'start') miner = new SuggestionMiner(new Set(message.risingIds));
      else if (message.type === 'texts') for (const entry of message.texts) miner?.add(entry);
      else candidates = miner?.finish() ?? [];
    },
    result: () => Promise.resolve(candidates),
    stop: () => undefined,
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function mineLibrarySuggestions(db: ReadoutDatabase, signal?: AbortSignal): Promise<Suggestion[]> {
  const issues = await db.issues.toArray();
  const days = new Map<string, string>();
  for (const issue of issues) days.set(issue.id, issueDay(issue, 'period') ?? '');
  const risingIds = [...days.entries()]
    .filter(([, day]) => day !== '')
    .sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, RISING_WINDOW)
    .map(([id]) => id);
  const miner = typeof Worker === 'undefined' ? inThreadMiner() : workerMiner();
  signal?.addEventListener('abort', () => miner.stop());
  miner.post({ type: 'start', risingIds });
  const ids = issues.map((issue) => issue.id);
  for (let offset = 0; offset < ids.length; offset += CHUNK) {
    if (signal?.aborted) throw new DOMException('mining cancelled', 'AbortError');
    const texts = await db.issueTexts.bulkGet(ids.slice(offset, offset + CHUNK));
    miner.post({
      type: 'texts',
      texts: texts.flatMap((text) =>
        text ? [{ issueId: text.issueId, day: days.get(text.issueId) ?? '', text: issueTextOf(text.blocks) }] : [],
      ),
    });
    await yieldToEventLoop();
  }
  miner.post({ type: 'finish' });
  return miner.result();
}
