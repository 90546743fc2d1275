// Splits a digest into numbered lines and gives each line the two forms the parser needs:
// the text as written (trimmed, for blocks) and a normalised form (for matching only).

export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  /** The line as written, trimmed of ASCII, full-width (U+3000) and no-break spaces at both ends. */
  text: string;
  /**
   * `text` with full-width ASCII forms (，：（）！｜ and full-width digits/letters) and odd spaces mapped to
   * their half-width equivalents. The mapping is one UTF-16 unit for one, so an index into `norm`
   * is also an index into `text`: matches found on `norm` can be cut out of `text` as written.
   */
  norm: string;
  /**
   * How far the line was indented, in display columns (a Chinese character or a full-width space
   * is 2, an ASCII space 1, a tab 4). Hard-wrapped text marks where a paragraph starts this way.
   */
  indent: number;
}

const BYTE_ORDER_MARK = '\uFEFF';
// \r\n, a lone \r (old Mac files) and \n all end a line.
const LINE_BREAK = /\r\n|\r|\n/;
// U+FF01..U+FF5E are the full-width twins of ASCII ! .. ~; U+3000 and U+00A0 are spaces.
const WIDE_OR_ODD_SPACE = /[\uFF01-\uFF5E\u3000\u00A0]/g;
const HAN = /\p{Script=Han}/u;

/** Splits `input` into lines, dropping a leading byte-order mark. Never throws. */
export function splitLines(input: string): SourceLine[] {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  return text.split(LINE_BREAK).map((raw, index) => {
    // String.prototype.trim removes ASCII whitespace, U+3000, U+00A0 and U+FEFF, in linear time
    // (a hand-written /\s+$/ can go quadratic on long runs of spaces).
    const trimmed = withoutLetterSpacing(raw.trim());
    return { no: index + 1, text: trimmed, norm: normalizeForMatch(trimmed), indent: trimmed === '' ? 0 : indentWidth(raw) };
  });
}

// A heading set with a space between its characters ("2006 年 通 州 区 大 事 记"): at least four
// single Chinese characters, each standing alone between spaces, with at most a number among them.
const LETTER_SPACED = /^(?:\d{1,4}[ \u3000]+)?\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){3,}$/u;

/**
 * A letter-spaced heading read as the words it spells: the spaces only space out the type, and a
 * title matched word by word ("大事记") must see the word. Other lines are returned as they are.
 */
export function withoutLetterSpacing(line: string): string {
  return LETTER_SPACED.test(line) ? line.replace(/[ \u3000]+/g, '') : line;
}

/** The display width of the whitespace that opens `raw` (0 when it opens with text). */
function indentWidth(raw: string): number {
  let width = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if (code === 0x20 || code === 0xa0) width += 1;
    else if (code === 0x3000) width += 2;
    else if (code === 0x09) width += 4;
    else break;
  }
  return width;
}

/**
 * The display width of a line, in columns: 1 for ASCII and Latin text, 2 for Chinese characters
 * and full-width forms, as a PDF or a fixed-width editor lays them out. Stops counting past `limit`.
 */
export function displayWidth(text: string, limit: number): number {
  let width = 0;
  for (let index = 0; index < text.length && width <= limit; index += 1) {
    const code = text.charCodeAt(index);
    // the second half of a surrogate pair adds nothing: the pair was counted as one wide character
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    width += code < 0x2000 ? 1 : 2;
  }
  return width;
}

/** Maps full-width punctuation, digits and letters to ASCII and odd spaces to ' ', one unit for one. */
export function normalizeForMatch(text: string): string {
  return text.replace(WIDE_OR_ODD_SPACE, (char) => {
    const code = char.charCodeAt(0);
    return code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : ' ';
  });
}

/** True when the text holds at least one Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Counts Chinese characters, stopping early at `enough` so long lines stay cheap. */
export function countHan(text: string, enough: number): number {
  let count = 0;
  for (const char of text) {
    if (HAN.test(char)) {
      count += 1;
      if (count >= enough) return count;
    }
  }
  return count;
}

/** Length in Unicode code points (what a reader calls characters); stops counting past `limit`. */
export function charLength(text: string, limit: number): number {
  let count = 0;
  for (const _ of text) {
    count += 1;
    if (count > limit) break;
  }
  return count;
}
