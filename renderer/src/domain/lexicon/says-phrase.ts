// Whether a text says a lexicon phrase in any of its spellings, folded as search and marking fold
// (full/half width, case, traditional → simplified): for filters on highlights and notes, whose
// texts are short, so a plain includes() per spelling is enough (the automaton is for whole issues).
import { foldText } from '../search/fold';
import { spellingsOf } from './variants';

export function saysPhrase(phrase: string, variants: readonly string[] = []): (text: string) => boolean {
  const spellings = spellingsOf(phrase, variants).map(foldText);
  return (text) => {
    const folded = foldText(text);
    return spellings.some((spelling) => folded.includes(spelling));
  };
}
