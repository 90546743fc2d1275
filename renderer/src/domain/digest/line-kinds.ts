// Context-free tests on a single line: is it page chrome, an image placeholder, a credit, prose,
// or shaped like a heading or a title? The parser combines these with the line's neighbours.

import {
  CHROME_LEADING_SYMBOLS,
  CHROME_LINES,
  CHROME_MAX_LENGTH,
  CHROME_PREFIXES,
  CHROME_SHAPES,
  DEBRIS_MIN_LATIN_WORD,
  IMAGE_PLACEHOLDER_LINES,
} from './chrome-patterns';
import { isDayLed } from './dates';
import { CREDIT_LABELS, CREDIT_MAX_LENGTH, CREDIT_OPENING_BRACKETS, CREDIT_SEPARATORS } from './labels';
import { anyOf, escapeRegExp } from './regex-words';
import { charLength, countHan, hasHan } from './text-lines';

/** A heading is a short line: at most this many characters (after any "一、" numbering). */
export const HEADING_MAX_CHARS = 16;
/** A title is a line of at most this many characters. */
const TITLE_MAX_CHARS = 80;
/** A line with this many Chinese characters reads as prose even without a full stop. */
const PROSE_MIN_HAN = 40;

const CREDIT_LINE = new RegExp(
  `^[${escapeRegExp(CREDIT_OPENING_BRACKETS)}]? ?${anyOf(CREDIT_LABELS)} ?[${escapeRegExp(CREDIT_SEPARATORS)}]`,
);
const DEBRIS_LATIN_WORD = new RegExp(`[A-Za-z]{${DEBRIS_MIN_LATIN_WORD}}`);
// Punctuation that a heading does not carry: sentence ends, commas, colons and brackets
// (a list line such as "泰州市市长万闻华(11月6日)" is short, but it is not a heading).
const NOT_IN_HEADING = /[。!?;,:()！？；，：（）]/;
// Numbering in front of a heading: "一、", "(一)", "1.", "第一部分 " is kept, only plain enumerators go.
const HEADING_NUMBER = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])/;
const DAY_OF_MONTH = /\d ?日/;
const SENTENCE_END = /[。！？!?]/;
// A line of four or more space-separated items is a menu or a banner ("首页 新闻 政务 服务"), not a title.
const MENU_LIKE = /\S+(?: +\S+){3}/;

/** Page chrome: navigation, counters, buttons, forum furniture, debris. */
export function isChromeLine(norm: string): boolean {
  if (norm.length === 0 || norm.length > CHROME_MAX_LENGTH) return false;
  const bare = norm.replace(CHROME_LEADING_SYMBOLS, '');
  // a line of only bullets or dashes ("-")
  if (bare.length === 0) return true;
  if (CHROME_LINES.has(bare)) return true;
  if (CHROME_PREFIXES.some((prefix) => bare.startsWith(prefix))) return true;
  if (CHROME_SHAPES.some((shape) => shape.test(bare))) return true;
  return !hasHan(bare) && !DEBRIS_LATIN_WORD.test(bare);
}

/** A line standing for a picture ("图片"). */
export function isImagePlaceholder(norm: string): boolean {
  return norm.length <= 8 && IMAGE_PLACEHOLDER_LINES.has(norm);
}

/** A credit or footer line: "来源:…", "责任编辑:…", "撰文丨…", "(来源:无锡新传媒 wxrb.com)". */
export function isCreditLine(norm: string): boolean {
  return norm.length <= CREDIT_MAX_LENGTH && CREDIT_LINE.test(norm);
}

/**
 * Prose: a sentence (has a full stop), an entry led by a day of the month, or a long run of Chinese.
 * The first prose line is where the body of a page starts.
 */
export function isProseLine(norm: string): boolean {
  if (!hasHan(norm)) return false;
  if (norm.includes('。') || isDayLed(norm)) return true;
  if (countHan(norm, PROSE_MIN_HAN) >= PROSE_MIN_HAN) return true;
  // "！？" end sentences too, but they also end headlines ("奋力冲刺！"): only a longer line counts.
  return SENTENCE_END.test(norm) && charLength(norm, 30) > 30;
}

/** Shaped like a section heading: short, Chinese, no sentence punctuation, not a dated entry. */
export function isHeadingShaped(norm: string): boolean {
  if (norm.length === 0 || norm.length > HEADING_MAX_CHARS * 2) return false;
  const unnumbered = norm.replace(HEADING_NUMBER, '').trim();
  if (unnumbered.length === 0 || charLength(unnumbered, HEADING_MAX_CHARS) > HEADING_MAX_CHARS) return false;
  if (!hasHan(unnumbered) || NOT_IN_HEADING.test(unnumbered)) return false;
  // A month alone ("7月") heads a chronicle; a day ("7月1日") opens an entry.
  return !isDayLed(unnumbered) && !DAY_OF_MONTH.test(unnumbered);
}

/** Could be an issue's title: a Chinese line of moderate length that is not a sentence. */
export function isTitleShaped(norm: string): boolean {
  if (norm.length === 0 || norm.length > TITLE_MAX_CHARS * 2) return false;
  if (!hasHan(norm) || norm.includes('。') || isDayLed(norm) || MENU_LIKE.test(norm)) return false;
  const length = charLength(norm, TITLE_MAX_CHARS);
  return length >= 4 && length <= TITLE_MAX_CHARS;
}
