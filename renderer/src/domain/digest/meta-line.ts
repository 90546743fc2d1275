// Reads the meta lines at the top (and foot) of a page: the publish time and the source, e.g.
// "2022-09-19 14:38:35", "发布时间:2021-10-11 来源:开福区人民政府办公室 字体大小:",
// "来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06 | …", "2024-08-03 14:29 来源: 长江日报-长江网".

import { DATE_TIME_SOURCE, dateTimeFromGroups } from './dates';
import { PUBLISHED_LABELS, PUBLISHED_WORDS, SOURCE_LABELS } from './labels';
import { anyOf } from './regex-words';
import type { SourceLine } from './text-lines';

export interface MetaLine {
  /** The publish time on the line, as ISO ("2022-09-19T14:38:35" or "2021-01-06"), if any. */
  published: string | null;
  /** True when that time carries a label ("发布时间:"), false when it stands bare at the start. */
  labelled: boolean;
  /** The source's value as written; '' when the label is there but empty; null without a label. */
  source: string | null;
}

/** Meta lines are short; longer lines are not inspected, which also keeps matching cheap. */
const META_MAX_LENGTH = 200;

// Labels count only at the start of the line or of a field (after a space or "|"), so that
// "注册时间" is not read as the label "时间". A bracket may open the line: "(来源:无锡新传媒 wxrb.com)".
const FIELD_START = '(?:^[([【]? ?|[ |])';
const LEADING_LABEL = new RegExp(`^(?:${anyOf([...PUBLISHED_LABELS, ...SOURCE_LABELS])} ?:|${anyOf(PUBLISHED_WORDS)})`);
const LABELLED_TIME = new RegExp(`${FIELD_START}(?:${anyOf(PUBLISHED_LABELS)} ?: ?|${anyOf(PUBLISHED_WORDS)} ?)${DATE_TIME_SOURCE}`);
const BARE_TIME = new RegExp(`^${DATE_TIME_SOURCE}`);
const SOURCE_LABEL = new RegExp(`${FIELD_START}${anyOf(SOURCE_LABELS)} ?: ?`);
// After a bare time, the rest of a meta line is empty or another field: "| …" or "来源: …".
const NEXT_FIELD = /^(?:\||\p{Script=Han}{1,8} ?:)/u;
// A value ends at a field separator ("|", a run of spaces) or where the next "label:" begins.
const VALUE_END = /\||\s{2,}| \p{Script=Han}{1,8} ?:/u;
const CLOSING_BRACKETS = /[)\]】）]+$/;

/** Reads a meta line; returns null when the line is not one. */
export function readMetaLine(line: SourceLine): MetaLine | null {
  const norm = line.norm;
  if (norm.length === 0 || norm.length > META_MAX_LENGTH) return null;
  const bare = BARE_TIME.exec(norm);
  const isBareMeta = bare !== null && (norm.length === bare[0].length || NEXT_FIELD.test(norm.slice(bare[0].length).trimStart()));
  if (!isBareMeta && !LEADING_LABEL.test(norm)) return null;

  const labelled = LABELLED_TIME.exec(norm);
  const labelledTime = labelled ? dateTimeFromGroups(labelled.slice(1)) : null;
  const bareTime = isBareMeta && bare ? dateTimeFromGroups(bare.slice(1)) : null;
  return {
    published: labelledTime ?? bareTime,
    labelled: labelledTime !== null,
    source: readSourceValue(line),
  };
}

/**
 * The value after a source label on a short line, as written: "阜城宣传" from
 * "来源:阜城宣传 | 作者:ance", "无锡新传媒 wxrb.com" from "(来源:无锡新传媒 wxrb.com)".
 * '' when the label is followed by nothing; null when there is no source label.
 */
export function readSourceValue(line: SourceLine): string | null {
  if (line.norm.length > META_MAX_LENGTH) return null;
  const label = SOURCE_LABEL.exec(line.norm);
  if (!label) return null;
  const start = label.index + label[0].length;
  const rest = line.norm.slice(start);
  const end = VALUE_END.exec(rest);
  // norm and text have the same length and indices (see SourceLine), so the value is cut from the text as written.
  const value = line.text.slice(start, start + (end ? end.index : rest.length)).trim();
  const opensWithBracket = /^[([【（]/.test(line.norm);
  return opensWithBracket ? value.replace(CLOSING_BRACKETS, '').trim() : value;
}
