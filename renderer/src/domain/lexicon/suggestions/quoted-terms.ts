// Quoted terms in a digest's text: what officials put in quotation marks is how a new slogan or
// brand enters the language (“南征北战、东西互搏”, “科创江阴”). Curly, straight and corner quotes
// are read; a quoted stretch is a term when it is short and holds no sentence punctuation — a
// quoted event name with a comma (“金秋品茗话发展,政企同心破浪行”) or a quoted sentence is not.
// A quote holding only a number (“465”) is a number slogan's head, left to number-slogans.ts.

export interface FoundTerm {
  /** The term as the lexicon would store it (number slogans keep their quotes, "465"…). */
  phrase: string;
  start: number;
  end: number;
}

const quoted = /[“"「『]([^“”"「」『』\n]{2,24})[”"」』]/g;
const sentencePunctuation = /[。！？；，,;!?：:（）()《》]/;
const hanCharacter = /\p{Script=Han}/gu;
export const numberOnly = /^(?:[0-9０-９]+|[〇零一二三四五六七八九十百千两]+)$/;

export function findQuotedTerms(text: string): FoundTerm[] {
  const found: FoundTerm[] = [];
  for (const match of text.matchAll(quoted)) {
    const term = match[1]!.trim();
    if (term.length < 2 || sentencePunctuation.test(term) || numberOnly.test(term)) continue;
    // Mostly Chinese: a quoted English word or a code is not a policy term.
    const han = term.match(hanCharacter)?.length ?? 0;
    if (han < 2 || han < term.length * 0.6) continue;
    found.push({ phrase: term, start: match.index, end: match.index + match[0].length });
  }
  return found;
}
