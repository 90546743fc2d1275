// Tells an official who is only cited from one who takes part: a meeting that "传达学习省委书记王五在
// 全省大会上的讲话精神" studies a speech, its author is not there. Cited: a relaying verb (传达,
// 学习, 贯彻 …) earlier in the sentence, and the official's own clause going on to "的(重要)讲话",
// "的指示", "的批示" … (words/vocabulary.json: citedRelayWords, citedWorks); or the work right after
// the mention, which makes it the subject talked about ("赵革书记的讲话站位高"). One who sends
// another in his or her place ("受商会会长郑立委托,常务副会长曾立杰出席") is not there either.
import { vocabulary } from './vocabulary';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const relay = new RegExp(vocabulary.citedRelayWords.map(escape).join('|'));
/** Built once: the rest of the clause after the name reaches a cited work. */
const work = new RegExp(`^[^,，;；。!！?？]{0,60}?的(?:重要)?(?:${vocabulary.citedWorks.map(escape).join('|')})`);
/** Built once: the mention is followed at once by its work ("赵革书记的讲话站位高"). */
const ownWork = new RegExp(`^(?:同志)?的(?:重要)?(?:${vocabulary.citedWorks.map(escape).join('|')})`);
const sentenceEnd = /[。!！?？;；]/;
/** How far back a relaying verb is looked for: a long sentence, not the whole text. */
const longestSentence = 200;

/** Whether the official whose mention spans [phraseStart, nameEnd) in `text` is only cited. */
export function isCited(text: string, phraseStart: number, nameEnd: number): boolean {
  const [delegating, delegation] = vocabulary.citedDelegation;
  if (text.startsWith(delegation!, nameEnd) && text.startsWith(delegating!, phraseStart - delegating!.length)) return true;
  if (text[nameEnd] === '的' || text.startsWith('同志的', nameEnd)) {
    if (ownWork.test(text.slice(nameEnd, nameEnd + 12))) return true;
  }
  if (!work.test(text.slice(nameEnd, nameEnd + 80))) return false;
  let sentenceStart = phraseStart;
  const limit = Math.max(0, phraseStart - longestSentence);
  while (sentenceStart > limit && !sentenceEnd.test(text[sentenceStart - 1]!)) sentenceStart--;
  return relay.test(text.slice(sentenceStart, phraseStart));
}
