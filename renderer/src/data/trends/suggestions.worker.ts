// The suggestions Worker: the library's texts arrive in chunks, are mined off the main thread
// (the rising-phrase count over a few hundred issues takes a second or more), and the candidates
// go back in one message. library-suggestions.ts is its client.
import { SuggestionMiner } from '../../domain/lexicon/suggestions/suggest';
import type { MinerAnswer, MinerMessage } from './library-suggestions';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MinerMessage>) => void) | null;
  postMessage: (message: MinerAnswer) => void;
};

let miner: SuggestionMiner | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'start') miner = new SuggestionMiner(new Set(message.risingIds));
  else if (message.type === 'texts') for (const entry of message.texts) miner?.add(entry);
  else if (message.type === 'finish') {
    scope.postMessage({ type: 'candidates', candidates: miner?.finish() ?? [] });
    miner = null;
  }
};
