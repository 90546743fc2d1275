// The marks that set a line apart as a section heading, read from the normalised line: numbering
// ("一、", "(一)", "1.", "(1)", "第一部分"), a line wholly in brackets ("【要闻】") or a leading
// ornament ("◆", "▌"). A marked line is a heading on less evidence than a bare short line (it need
// not stand between blank lines), and two lines with the same mark in a row are a list, not a
// heading and its subheading.

export type HeadingMarkStyle = 'paren-han' | 'paren-digit' | 'han' | 'digit' | 'part' | 'bracket' | 'ornament';

export interface HeadingMark {
  style: HeadingMarkStyle;
  /** The heading's words, without the mark (for the shape check: length, punctuation). */
  words: string;
}

const HAN_NUMERAL = '[一二三四五六七八九十]';
const HAN_NUMERALS = '一二三四五六七八九十';
const PAREN_HAN = new RegExp(`^\\(${HAN_NUMERAL}{1,3}\\)`);
const PAREN_DIGIT = /^\(\d{1,2}\)/;
const HAN = new RegExp(`^${HAN_NUMERAL}{1,3}[、.]`);
// "1." but not "1.5": a decimal number opens many sentences
const DIGIT = /^\d{1,2}(?:、|\.(?!\d)|\)(?!\d))/;
const PART = new RegExp(`^第(?:${HAN_NUMERAL}|\\d){1,3}(?:部分|章|节|篇|单元)`);
const ORNAMENTS = '◆◇■□●○▌▍▎█▶►★☆';
// A whole line in brackets: "【要闻】", "[一周动态]".
const BRACKETED = /^(?:【([^【】]{1,30})】|\[([^[\]]{1,30})\])$/;
// What may stand between a mark and the words: spaces, a colon ("第一部分：经济运行").
const AFTER_MARK = /^[ :]+/;

/** The heading mark opening `norm`, or null. Dispatches on the first character: this runs on every line. */
export function headingMarkOf(norm: string): HeadingMark | null {
  const first = norm.charAt(0);
  if (first === '【' || first === '[') {
    const bracketed = BRACKETED.exec(norm);
    return bracketed ? { style: 'bracket', words: (bracketed[1] ?? bracketed[2] ?? '').trim() } : null;
  }
  if (first === '(') return marked(norm, 'paren-han', PAREN_HAN) ?? marked(norm, 'paren-digit', PAREN_DIGIT);
  if (first >= '0' && first <= '9') return marked(norm, 'digit', DIGIT);
  if (HAN_NUMERALS.includes(first)) return marked(norm, 'han', HAN);
  if (first === '第') return marked(norm, 'part', PART);
  if (first !== '' && ORNAMENTS.includes(first)) return { style: 'ornament', words: norm.slice(1).replace(AFTER_MARK, '') };
  return null;
}

function marked(norm: string, style: HeadingMarkStyle, mark: RegExp): HeadingMark | null {
  const match = mark.exec(norm);
  return match ? { style, words: norm.slice(match[0].length).replace(AFTER_MARK, '') } : null;
}
