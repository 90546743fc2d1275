// Reads the meta lines at the top (and foot) of a page: the publish time and the source, e.g.
// "2022-09-19 14:38:35", "发布时间:2021-10-11 来源:开福区人民政府办公室 字体大小:",
// "来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06 | …", "2024-08-03 14:29 来源: 长江日报-长江网",
// "作者：张三  来源：滨江发布  发布时间：2024-03-04 10:00", and the stamp a WeChat post carries
// under its headline: "原创 滨江融媒 滨江发布 2024-03-04 18:30 浙江".

import { DATE_TIME_SOURCE, dateTimeFromGroups } from './dates';
import {
  CREDIT_LABELS,
  CREDIT_SEPARATORS,
  META_BUTTON_WORDS,
  PUBLISHED_LABELS,
  PUBLISHED_WORDS,
  SOURCE_LABELS,
  VIEW_COUNTER_WORDS,
} from './labels';
import { hasSeparatorNearStart } from './line-kinds';
import { anyOf, anyOfSpaced, escapeRegExp } from './regex-words';
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
/** A post's stamp line (account names, date, place) is shorter still. */
const STAMP_MAX_LENGTH = 60;

const PUBLISHED_LABEL = anyOfSpaced(PUBLISHED_LABELS);
const SOURCE_LABEL_WORDS = anyOfSpaced(SOURCE_LABELS);
// A publish-time label is followed by a colon, or by spaces and the date itself ("发布时间 2024-03-04").
const PUBLISHED_LABEL_THEN = `${PUBLISHED_LABEL}(?: ?: ?| +(?=\\d{4}))`;
// Labels count only at the start of the line or of a field (after a space or "|"), so that
// "注册时间" is not read as the label "时间". A bracket may open the line: "(来源:无锡新传媒 wxrb.com)".
const FIELD_START = '(?:^[([【]? ?|[ |])';
// A bracket may open the line: "【信息时间:2022-12-01 10:13   阅读次数:【字号 我要打印关闭".
const LEADING_LABEL = new RegExp(`^(?:[([【] ?)?(?:${PUBLISHED_LABEL_THEN}|${SOURCE_LABEL_WORDS} ?:|${anyOf(PUBLISHED_WORDS)})`);
// A line may open with another field ("作者：张三 来源：…", "浏览次数：12 发布时间：…"): it is a
// meta line when a publish time or a source label follows.
const LEADING_FIELD = new RegExp(
  `^[([【]? ?${anyOfSpaced([...CREDIT_LABELS, '浏览次数', '阅读次数', '点击数', '访问次数'])} ?[${escapeRegExp(CREDIT_SEPARATORS)}]`,
);
const LABELLED_TIME = new RegExp(`${FIELD_START}(?:${PUBLISHED_LABEL_THEN}|${anyOf(PUBLISHED_WORDS)} ?)${DATE_TIME_SOURCE}`);
const BARE_TIME = new RegExp(`^${DATE_TIME_SOURCE}`);
// A time standing as a field of its own on a labelled line: "来源：滨江区融媒体中心    2024-03-04 10:00".
const FIELD_TIME = new RegExp(`(?:\\||\\s)${DATE_TIME_SOURCE}`);
const SOURCE_LABEL = new RegExp(`${FIELD_START}${SOURCE_LABEL_WORDS} ?: ?`);
// After a bare time, the rest of a meta line is empty or another field: "| …" or "来源: …", maybe
// after a view counter ("2025/8/25 10:22:34 次浏览 分类:政府动态    来源:本站").
const NEXT_FIELD = new RegExp(`^(?:\\d* ?${anyOf(VIEW_COUNTER_WORDS)}(?:$| )|\\||\\p{Script=Han}{1,8} ?:)`, 'u');
// A value ends at a field separator ("|", a run of spaces), where the next "label:" begins, at a
// date, or at a page button ("来源:鲁网 大字体 小字体 扫码带走").
const VALUE_END = new RegExp(`\\||\\s{2,}| \\p{Script=Han}{1,8} ?:| (?=\\d{4} ?[-/.年])| (?=${anyOf(META_BUTTON_WORDS)})`, 'u');
const CLOSING_BRACKETS = /[)\]】）]+$/;
// A stamp: a date with a clock time anywhere ("… 2024年03月04日 18:30 浙江"), or a numeric date
// ending the line ("原创 滨江发布 2024-03-04"), on a line that holds no sentence.
const STAMP_DATE_TIME = /(?:^|[^\d])(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日? {1,2}(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)/;
// …or any date standing as the last field of the line, after a space: "滨江区人民政府办公室    2024年3月11日".
const STAMP_DATE_AT_END = /(?:^|[^\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$| (\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日$/;
const SENTENCE_PUNCTUATION = /[。,;!?，；！？、]/;
// A stamp has no "label:" field: "注册时间: 2010-11-24" is a forum profile field, not a publish time.
const LABEL_FIELD = /\p{Script=Han} ?:/u;

/** Reads a meta line; returns null when the line is not one. */
/** True when the line opens with a publish-time or source label, or another field before one. */
export function opensWithMetaLabel(norm: string): boolean {
  return LEADING_LABEL.test(norm) || LEADING_FIELD.test(norm);
}

export function readMetaLine(line: SourceLine): MetaLine | null {
  const norm = line.norm;
  if (norm.length === 0 || norm.length > META_MAX_LENGTH) return null;
  const bare = BARE_TIME.exec(norm);
  const isBareMeta = bare !== null && (norm.length === bare[0].length || NEXT_FIELD.test(norm.slice(bare[0].length).trimStart()));
  if (!isBareMeta && !LEADING_LABEL.test(norm)) return readFieldsLine(line) ?? readStampLine(norm);

  const labelled = LABELLED_TIME.exec(norm);
  const labelledTime = labelled ? dateTimeFromGroups(labelled.slice(1)) : null;
  const bareTime = isBareMeta && bare ? dateTimeFromGroups(bare.slice(1)) : null;
  return {
    published: labelledTime ?? bareTime ?? fieldTime(norm),
    labelled: labelledTime !== null,
    source: readSourceValue(line),
  };
}

// "作者：张三  来源：滨江发布  发布时间：2024-03-04 10:00": another field first, then a time or a source.
function readFieldsLine(line: SourceLine): MetaLine | null {
  if (!hasSeparatorNearStart(line.norm) || !LEADING_FIELD.test(line.norm)) return null;
  const labelled = LABELLED_TIME.exec(line.norm);
  const source = readSourceValue(line);
  if (!labelled && source === null) return null;
  const labelledTime = labelled ? dateTimeFromGroups(labelled.slice(1)) : null;
  return { published: labelledTime ?? fieldTime(line.norm), labelled: labelledTime !== null, source };
}

function fieldTime(norm: string): string | null {
  const field = FIELD_TIME.exec(norm);
  return field ? dateTimeFromGroups(field.slice(1)) : null;
}

// "原创 滨江融媒 滨江发布 2024-03-04 18:30 浙江": a date with its time, and no sentence around it.
function readStampLine(norm: string): MetaLine | null {
  if (norm.length > STAMP_MAX_LENGTH || SENTENCE_PUNCTUATION.test(norm) || LABEL_FIELD.test(norm)) return null;
  const withTime = STAMP_DATE_TIME.exec(norm);
  const atEnd = withTime ? null : STAMP_DATE_AT_END.exec(norm);
  // the date-at-end shape has two alternatives: numeric (groups 1-3) and 年月日 (groups 4-6)
  const groups = withTime?.slice(1) ?? (atEnd?.[1] !== undefined ? atEnd.slice(1, 4) : atEnd?.slice(4, 7));
  const published = groups ? dateTimeFromGroups(groups) : null;
  return published ? { published, labelled: false, source: null } : null;
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
