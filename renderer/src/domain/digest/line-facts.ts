// What can be said about one line on its own, computed once per line: blank, chrome, image
// placeholder, meta (publish time / source), a period or issue-number line, credit, caption,
// prose, heading- or title-shaped, whether it ends a sentence. Which of these counts depends on
// where the line sits (head, body or foot); see line-roles.ts.

import { headingMarkOf, type HeadingMarkStyle } from './heading-marks';
import { isCaptionLine, isChromeLine, isCreditLine, isHeadingShaped, isImagePlaceholder, isProseLine, isTitleShaped } from './line-kinds';
import { readMetaLine, type MetaLine } from './meta-line';
import { isIssueNumberLine, isPeriodLine } from './period';
import type { SourceLine } from './text-lines';

export interface LineFacts {
  blank: boolean;
  chrome: boolean;
  image: boolean;
  meta: MetaLine | null;
  /** A line that only names the issue's period ("（2024年3月4日—3月10日）") or number ("第12期"). */
  issueLabel: 'period' | 'number' | null;
  credit: boolean;
  caption: boolean;
  prose: boolean;
  headingShaped: boolean;
  /** The heading mark that opens the line ("一、", "【…】"), whatever its shape; null without one. */
  headingMark: HeadingMarkStyle | null;
  titleShaped: boolean;
  /** The line ends a sentence ("。", "！", "”" …, or "。(张巨峰)"). */
  endsSentence: boolean;
}

const BLANK: LineFacts = {
  blank: true,
  chrome: false,
  image: false,
  meta: null,
  issueLabel: null,
  credit: false,
  caption: false,
  prose: false,
  headingShaped: false,
  headingMark: null,
  titleShaped: false,
  endsSentence: false,
};

// A sentence ends with a full stop, "!", "?", an ellipsis or a closing quote; or with a bracket
// closing a byline after the full stop: "…举行。(张巨峰)".
const SENTENCE_ENDS = '。!?…”’」』';
const FULL_STOPS = '。!?';
/** How far back a closing bracket's opening one is looked for. */
const BYLINE_MAX_LENGTH = 20;

export function describeLine(line: SourceLine): LineFacts {
  const norm = line.norm;
  if (norm.length === 0) return BLANK;
  const image = isImagePlaceholder(norm);
  const meta = image ? null : readMetaLine(line);
  const labelled = !image && meta === null;
  const issueLabel = labelled && isPeriodLine(norm) ? 'period' : labelled && isIssueNumberLine(norm) ? 'number' : null;
  const chrome = !image && isChromeLine(norm);
  const caption = !image && isCaptionLine(norm);
  const credit = !image && !caption && isCreditLine(norm, caption);
  // Only plain text can be prose, a heading or a title; the other kinds are decided first. (A
  // period line is plain too: "2024年3月" heads a month of a chronicle; in the head it is meta.)
  const plain = !image && !chrome && !credit && meta === null;
  const mark = plain ? headingMarkOf(norm) : null;
  return {
    blank: false,
    chrome,
    image,
    meta,
    issueLabel,
    credit,
    caption,
    prose: plain && isProseLine(norm),
    headingShaped: plain && !caption && isHeadingShaped(norm, mark),
    headingMark: mark?.style ?? null,
    titleShaped: plain && issueLabel === null && isTitleShaped(norm),
    endsSentence: endsSentence(norm),
  };
}

function endsSentence(norm: string): boolean {
  const last = norm.charAt(norm.length - 1);
  if (SENTENCE_ENDS.includes(last)) return true;
  if (last !== ')' && last !== '】') return false;
  const opening = Math.max(norm.lastIndexOf('('), norm.lastIndexOf('【'));
  return opening > 0 && norm.length - opening <= BYLINE_MAX_LENGTH + 2 && FULL_STOPS.includes(norm.charAt(opening - 1));
}
