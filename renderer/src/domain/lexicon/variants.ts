// The spellings one phrase is found under. An analyst writes "465"现代产业体系 once; digests write it
// with curly, straight or corner quotes, or none, and write the number as 465 or 四六五. Case,
// width and traditional forms are not handled here: folding (search/fold.ts) takes care of those.

const quotePairs: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
];
const quoteChars = /[“”"「」『』‘’]/g;
/** A quoted stretch in a phrase, whichever quote marks it uses. */
const quotedPart = /[“"「『‘]([^“”"「」『』‘’]+)[”"」』’]/g;

const chineseDigits = '〇一二三四五六七八九';
/**
 * A run of two or more Chinese digits read digit by digit (四六五); a lone 一 as in 一带一路 is a word,
 * and a run beside 十/百/千 is a number in words (十四五 is the 14th five-year plan, not 1 4 5).
 */
const chineseDigitRun = /(?<![十百千万亿])[〇零一二三四五六七八九]{2,}(?![十百千万亿])/g;
const asciiDigitRun = /[0-9]+/g;

function numberForms(phrase: string): string[] {
  const forms = [phrase];
  if (asciiDigitRun.test(phrase)) {
    forms.push(phrase.replace(asciiDigitRun, (run) => [...run].map((d) => chineseDigits[Number(d)]).join('')));
  }
  asciiDigitRun.lastIndex = 0;
  if (chineseDigitRun.test(phrase)) {
    forms.push(phrase.replace(chineseDigitRun, (run) => [...run].map((c) => String(c === '零' ? 0 : chineseDigits.indexOf(c))).join('')));
  }
  chineseDigitRun.lastIndex = 0;
  return forms;
}

function quoteForms(phrase: string): string[] {
  quotedPart.lastIndex = 0;
  if (!quotedPart.test(phrase)) return [phrase];
  const bare = phrase.replace(quotedPart, '$1').replace(quoteChars, '');
  const forms = [bare];
  for (const [open, close] of quotePairs) forms.push(phrase.replace(quotedPart, `${open}$1${close}`));
  return forms;
}

/**
 * Every spelling of an entry: the phrase and the analyst's variants, each with and without its
 * quotes and with its numbers as digits and as Chinese numerals. Empty and duplicate forms are dropped.
 */
export function spellingsOf(phrase: string, variants: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const written of [phrase, ...variants]) {
    const trimmed = written.trim();
    if (!trimmed) continue;
    for (const quoted of quoteForms(trimmed)) for (const form of numberForms(quoted)) if (form) seen.add(form);
  }
  return [...seen];
}
