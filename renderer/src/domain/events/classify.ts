// Decides an event's type from the words of its text (words/vocabulary.json: types.order and
// types.words). A stronger type named anywhere in the sentence wins over a weaker one: a signing
// held at a meeting is a signing, an inspection that ends with a meeting is an inspection.
import { vocabulary } from './vocabulary';
import type { EventType } from './types';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const typePatterns = vocabulary.typeOrder.map((type) => ({ type, pattern: new RegExp(vocabulary.typeWords[type].map(escape).join('|')) }));

export function typeOf(text: string): EventType | null {
  for (const { type, pattern } of typePatterns) if (pattern.test(text)) return type;
  return null;
}

/** The first sentence of a text (up to 。！？ or the end). */
export function firstSentence(text: string): string {
  const end = text.search(/[。！？!?]/);
  return end < 0 ? text : text.slice(0, end + 1);
}
