// Decides an event's type from the words of its text (words/vocabulary.json: types.order and
// types.words). A stronger type named anywhere in the sentence wins over a weaker one: a signing
// held at a meeting is a signing, an inspection that ends with a meeting is an inspection.
import { vocabulary } from './vocabulary';
import type { EventType } from './types';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const typePatterns = vocabulary.typeOrder.map((type) => ({ type, pattern: new RegExp(vocabulary.typeWords[type].map(escape).join('|')) }));

/**
 * A meeting held or chaired in the text's first clause ("主持召开…会议", "召开区委常委会会议") is a
 * meeting whatever it then does: the signing or unveiling words that follow are its agenda.
 */
const heldMeeting = /(?:主持召开|召开)[^,，。;；]{0,40}?会(?![见同展场])/;

/** What an official asks of others, to the end of its sentence: "要求各地加强巡查" reports no inspection. */
const demand = /(?:要求|强调|指出)[^。！？!?]*/g;

export function typeOf(written: string): EventType | null {
  const text = written.replace(demand, '');
  // The first clause that says what is done (a title before the name is a clause of its own: "市政协副主席,…主持召开").
  const acting = text.split(/[,，。;；]/).find((clause) => typePatterns.some(({ pattern }) => pattern.test(clause)));
  const held = acting ? heldMeeting.exec(acting) : null;
  // …unless something else is done first in that clause ("调研…,召开座谈会" stays an inspection).
  if (
    held &&
    !typePatterns.some(({ type, pattern }) => type !== 'meeting' && (pattern.exec(acting!.slice(0, held.index))?.index ?? -1) >= 0)
  )
    return 'meeting';
  for (const { type, pattern } of typePatterns) if (pattern.test(text)) return type;
  return null;
}

/** The first sentence of a text (up to 。！？ or the end). */
export function firstSentence(text: string): string {
  const end = text.search(/[。！？!?]/);
  return end < 0 ? text : text.slice(0, end + 1);
}
