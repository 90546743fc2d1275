// What can be said about one line on its own, computed once per line: blank, chrome, image
// placeholder, meta (publish time / source), credit, prose, heading- or title-shaped. Which of
// these counts depends on where the line sits (head, body or foot); see line-roles.ts.

import { isChromeLine, isCreditLine, isHeadingShaped, isImagePlaceholder, isProseLine, isTitleShaped } from './line-kinds';
import { readMetaLine, type MetaLine } from './meta-line';
import type { SourceLine } from './text-lines';

export interface LineFacts {
  blank: boolean;
  chrome: boolean;
  image: boolean;
  meta: MetaLine | null;
  credit: boolean;
  prose: boolean;
  headingShaped: boolean;
  titleShaped: boolean;
}

const BLANK: LineFacts = {
  blank: true,
  chrome: false,
  image: false,
  meta: null,
  credit: false,
  prose: false,
  headingShaped: false,
  titleShaped: false,
};

export function describeLine(line: SourceLine): LineFacts {
  const norm = line.norm;
  if (norm.length === 0) return BLANK;
  const image = isImagePlaceholder(norm);
  const meta = image ? null : readMetaLine(line);
  const chrome = !image && isChromeLine(norm);
  const credit = !image && isCreditLine(norm);
  // Only plain text can be prose, a heading or a title; the other kinds are decided first.
  const plain = !image && !chrome && !credit && meta === null;
  return {
    blank: false,
    chrome,
    image,
    meta,
    credit,
    prose: plain && isProseLine(norm),
    headingShaped: plain && isHeadingShaped(norm),
    titleShaped: plain && isTitleShaped(norm),
  };
}
