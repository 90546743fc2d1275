// Context-free tests on a single line: is it page chrome, an image placeholder, a credit, a
// caption, prose, or shaped like a heading or a title? The parser combines these with the line's
// neighbours.

import {
  CHROME_LEADING_SYMBOLS,
  CHROME_LINES,
  CHROME_MAX_LENGTH,
  CHROME_PREFIXES,
  CHROME_SHAPES,
  DEBRIS_MIN_LATIN_WORD,
  IMAGE_PLACEHOLDER,
  IMAGE_PLACEHOLDER_MAX_LENGTH,
} from './chrome-patterns';
import { isDayLed } from './dates';
import { headingMarkOf, type HeadingMark } from './heading-marks';
import {
  CREDIT_LABELS,
  CREDIT_MAX_LENGTH,
  CREDIT_OPENING_BRACKETS,
  CREDIT_SEPARATORS,
  PICTURE_CREDIT_LABELS,
  PICTURE_CREDIT_MAX_CHARS,
} from './labels';
import { anyOf, anyOfSpaced, escapeRegExp } from './regex-words';
import { charLength, countHan, hasHan } from './text-lines';

/** A heading is a short line: at most this many characters (after any "一、" numbering). */
export const HEADING_MAX_CHARS = 16;
/** A marked heading ("一、…", "【…】") may be longer: government reports number long headings. */
export const MARKED_HEADING_MAX_CHARS = 30;
/** A title is a line of at most this many characters. */
const TITLE_MAX_CHARS = 80;
/** A line with this many Chinese characters reads as prose even without a full stop. */
const PROSE_MIN_HAN = 40;
/** A headline that opens with its date ("2024年3月4日区长办公会议纪要") is at most this long. */
const DATED_HEADLINE_MAX_LENGTH = 40;

const CREDIT_LINE = new RegExp(
  `^[${escapeRegExp(CREDIT_OPENING_BRACKETS)}]? ?${anyOfSpaced(CREDIT_LABELS)} ?[${escapeRegExp(CREDIT_SEPARATORS)}]`,
);
// "图:…", "图片:…": a picture credit, or a caption when what follows reads as a sentence.
const PICTURE_LABEL = new RegExp(`^[${escapeRegExp(CREDIT_OPENING_BRACKETS)}]? ?${anyOf(PICTURE_CREDIT_LABELS)} ?[:丨|] ?`);
// A caption under a picture: "图为…", "▲区委书记…".
const CAPTION_LEAD = /^(?:图为|圖為|[▲△↑])/;
// The characters a caption or a picture credit can open with (CAPTION_LEAD, PICTURE_LABEL).
const CAPTION_FIRST_CHARS = `图圖▲△↑${CREDIT_OPENING_BRACKETS}`;
const DEBRIS_LATIN_WORD = new RegExp(`[A-Za-z]{${DEBRIS_MIN_LATIN_WORD}}`);
// Punctuation that a heading does not carry: sentence ends, commas, colons and brackets
// (a list line such as "泰州市市长万闻华(11月6日)" is short, but it is not a heading).
const NOT_IN_HEADING = /[。!?;,:()！？；，：（）]/;
// Punctuation inside a sentence: a picture credit's value with it is a caption.
const IN_SENTENCE = /[。,;!?，；！？]/;
const DAY_OF_MONTH = /\d ?日/;
const SENTENCE_END = /[。！？!?]/;
/** A line of this many space-separated items is a menu or a banner ("首页 新闻 政务 服务"), not a title. */
const MENU_MIN_ITEMS = 4;
// A subtitle under a headline opens with a dash: "——滨江区领导调研重点项目侧记".
const SUBTITLE_DASH = /^(?:[—–]|--)/;
// A full date glued to the words of a headline, not followed by a time of day or a comma.
const DATED_HEADLINE = /^\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日(?!上午|下午|晚|早|中午|凌晨|夜|起|至|到|前|后)\p{Script=Han}/u;
const NOT_IN_DATED_HEADLINE = /[。,;:!?，；：！？]/;

// The chrome prefixes grouped by their first character, so a line is checked against a few only.
const CHROME_PREFIXES_BY_FIRST_CHAR = new Map<string, string[]>();
for (const prefix of CHROME_PREFIXES) {
  const group = CHROME_PREFIXES_BY_FIRST_CHAR.get(prefix.charAt(0)) ?? [];
  group.push(prefix);
  CHROME_PREFIXES_BY_FIRST_CHAR.set(prefix.charAt(0), group);
}

/** Page chrome: navigation, counters, buttons, forum furniture, debris. */
export function isChromeLine(norm: string): boolean {
  if (norm.length === 0 || norm.length > CHROME_MAX_LENGTH) return false;
  const bare = norm.replace(CHROME_LEADING_SYMBOLS, '');
  // a line of only bullets or dashes ("-")
  if (bare.length === 0) return true;
  if (CHROME_LINES.has(bare)) return true;
  if (CHROME_PREFIXES_BY_FIRST_CHAR.get(bare.charAt(0))?.some((prefix) => bare.startsWith(prefix))) return true;
  // none of the chrome shapes holds a full stop: a sentence is not tested against them
  if (!bare.includes('。') && CHROME_SHAPES.some((shape) => shape.test(bare))) return true;
  return !hasHan(bare) && !DEBRIS_LATIN_WORD.test(bare);
}

/** A line standing for a picture: "图片", "[图片]", "【图】", "图片1". */
export function isImagePlaceholder(norm: string): boolean {
  return norm.length <= IMAGE_PLACEHOLDER_MAX_LENGTH && IMAGE_PLACEHOLDER.test(norm);
}

/**
 * A caption: "图为…", "▲…", or "图:" / "图片:" followed by a sentence or a long description
 * ("图:区委书记张伟(左二)在项目现场了解施工进度"). Captions stay paragraphs, as in the corpus.
 */
export function isCaptionLine(norm: string): boolean {
  if (!CAPTION_FIRST_CHARS.includes(norm.charAt(0)) || norm.length < 2) return false;
  if (CAPTION_LEAD.test(norm)) return true;
  const label = PICTURE_LABEL.exec(norm);
  if (!label) return false;
  const value = norm.slice(label[0].length);
  return IN_SENTENCE.test(value) || charLength(value, PICTURE_CREDIT_MAX_CHARS) > PICTURE_CREDIT_MAX_CHARS;
}

/**
 * A credit or footer line: "来源:…", "责任编辑:…", "撰文丨…", "(来源:无锡新传媒 wxrb.com)".
 * `caption` says whether the line is a caption, when the caller knows already.
 */
export function isCreditLine(norm: string, caption = isCaptionLine(norm)): boolean {
  return norm.length <= CREDIT_MAX_LENGTH && hasSeparatorNearStart(norm) && CREDIT_LINE.test(norm) && !caption;
}

/** A label is short: a credit's separator comes within this many characters of the start. */
const LABEL_REACH = 12;

/**
 * A cheap test before a long alternation of labels: a field label ("来源:", "撰文丨") is followed by
 * one of CREDIT_SEPARATORS within a few characters of the start, and most lines have none there.
 */
export function hasSeparatorNearStart(norm: string): boolean {
  const end = Math.min(norm.length, LABEL_REACH);
  for (let index = 0; index < end; index += 1) {
    const code = norm.charCodeAt(index);
    // ":" "|" "/" "丨" (CREDIT_SEPARATORS), written out: this runs on every line
    if (code === 0x3a || code === 0x7c || code === 0x2f || code === 0x4e28) return true;
  }
  return false;
}

/**
 * Prose: a sentence (has a full stop), an entry led by a day of the month, or a long run of Chinese.
 * The first prose line is where the body of a page starts.
 */
export function isProseLine(norm: string): boolean {
  if (!hasHan(norm)) return false;
  if (norm.includes('。') || (isDayLed(norm) && !isDatedHeadline(norm))) return true;
  if (countHan(norm, PROSE_MIN_HAN) >= PROSE_MIN_HAN) return true;
  // "！？" end sentences too, but they also end headlines ("奋力冲刺！"): only a longer line counts.
  return SENTENCE_END.test(norm) && charLength(norm, 30) > 30;
}

/**
 * Shaped like a section heading: short, Chinese, no sentence punctuation, not a dated entry, not a
 * caption. `mark` is the line's heading mark, if any: a marked heading may be longer.
 */
export function isHeadingShaped(norm: string, mark: HeadingMark | null = headingMarkOf(norm)): boolean {
  const maxChars = mark ? MARKED_HEADING_MAX_CHARS : HEADING_MAX_CHARS;
  if (norm.length === 0 || norm.length > maxChars * 2 + 4) return false;
  const words = (mark ? mark.words : norm).trim();
  if (words.length === 0 || charLength(words, maxChars) > maxChars) return false;
  if (!hasHan(words) || NOT_IN_HEADING.test(words) || CAPTION_LEAD.test(norm)) return false;
  // A month alone ("7月") heads a chronicle; a day ("7月1日") opens an entry.
  return !isDayLed(words) && !DAY_OF_MONTH.test(words);
}

/** Could be an issue's title: a Chinese line of moderate length that is not a sentence, a caption or a subtitle. */
export function isTitleShaped(norm: string): boolean {
  if (norm.length === 0 || norm.length > TITLE_MAX_CHARS * 2) return false;
  if (!hasHan(norm) || norm.includes('。') || isMenuLike(norm)) return false;
  if ((isDayLed(norm) && !isDatedHeadline(norm)) || CAPTION_LEAD.test(norm) || SUBTITLE_DASH.test(norm)) return false;
  const length = charLength(norm, TITLE_MAX_CHARS);
  return length >= 4 && length <= TITLE_MAX_CHARS;
}

/** "2024年3月4日区长办公会议纪要": a headline that opens with its date, not a dated entry. */
function isDatedHeadline(norm: string): boolean {
  return norm.length <= DATED_HEADLINE_MAX_LENGTH && DATED_HEADLINE.test(norm) && !NOT_IN_DATED_HEADLINE.test(norm);
}

// Four runs of non-space characters separated by spaces: "首页 新闻 政务 服务". A hand-written scan:
// the equivalent regular expression backtracks quadratically on a long line without spaces.
function isMenuLike(norm: string): boolean {
  let items = 0;
  let inItem = false;
  for (let index = 0; index < norm.length; index += 1) {
    const code = norm.charCodeAt(index);
    if (code === 0x20) {
      inItem = false;
    } else if (code <= 0x20) {
      // other whitespace (a tab) breaks the row of items
      items = 0;
      inItem = false;
    } else if (!inItem) {
      inItem = true;
      items += 1;
      if (items >= MENU_MIN_ITEMS) return true;
    }
  }
  return false;
}
