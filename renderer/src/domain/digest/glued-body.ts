// A page copied without its line breaks may run the meta line into the first sentence:
// "发布时间:2023-12-27 14:27:11 | 来源:中国网 | 作者:筠连县委统战部 | 责任编辑:赵茜12月22日,筠连县…".
// Read as one line it is neither meta (too long, and the source would swallow the sentence) nor a
// paragraph opening with its date. Where the last field's short value is followed directly by a
// dated opening, the line is cut in two there: the meta line, and the paragraph as written.

import { opensWithMetaLabel } from './meta-line';
import { normalizeForMatch, type SourceLine } from './text-lines';

// The last "label:" of the line, a value of up to 12 characters without spaces, then a date
// opening a sentence: "12月22日,", "2023年12月22日上午,".
const GLUED_OPENING = /[:：]\s?[^\s:：|]{1,12}?(?=((?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上|中午)?[,，]))/g;
/** Only the head of a page is searched: a meta line comes first. */
const HEAD_LINES = 12;
const MIN_LENGTH = 40;

export function splitGluedBody(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  lines.forEach((line, index) => {
    const cut = index < HEAD_LINES && line.norm.length >= MIN_LENGTH && opensWithMetaLabel(line.norm) ? cutAt(line.norm) : -1;
    if (cut <= 0) {
      result.push(line);
      return;
    }
    const head = line.text.slice(0, cut);
    const body = line.text.slice(cut);
    result.push({ ...line, text: head, norm: normalizeForMatch(head) });
    result.push({ no: line.no, text: body, norm: normalizeForMatch(body), indent: 0 });
  });
  return result;
}

/** Where the sentence starts: after the last field's value, at the date. */
function cutAt(norm: string): number {
  let cut = -1;
  for (const match of norm.matchAll(GLUED_OPENING)) cut = match.index + match[0].length;
  return cut;
}
