// Names the recurring column an issue belongs to, from its title. A one-off report has none.
//   "市(县)区委书记、市(县)区长一周|9.12-9.18"        → the text before "|" (the title has a period after it)
//   "【区政府工作大事记】2021年7-9月区政府大事记"     → a bracketed prefix that names a column
//   "2022年5月大事記"                                → what is left once the period is taken out, when
//                                                      it ends with a column word ("一周", "大事记" …)
//   "滨江区领导一周工作动态" + a period line under it → the title, when the issue has a period and the
//                                                      title holds a column word anywhere
// An issue number ("第12期", "(总第345期)") is never part of the series.

import { ISSUE_NUMBER, type PeriodMatch } from './period';
import { COLUMN_WORDS } from './title-words';
import type { SourceLine } from './text-lines';

// "|" and the "丨" WeChat titles use the same way: "一周要闻丨区领导一周工作动态（3.4-3.10）".
const BAR = /[|｜丨]/;
const BRACKETED_PREFIX = /^[【[]([^【】[\]]{1,30})[】\]]/;
// A part number after a chronicle's title is not part of the column: "2011年4月大事概要(2)".
const PART_NUMBER = /[(（]\d{1,2}[)）]$/;
// What may be left around a title once its period is cut out: spaces, bars, brackets, dashes.
const LOOSE_EDGES = /^[\s|｜:：,，\-—()（）【】[\]]+|[\s|｜:：,，\-—()（）【】[\]]+$/g;

/**
 * The series named by `title`, or null. `period` is where the title's period was found, if
 * anywhere; `hasPeriod` says whether the issue has a period at all (maybe on a line of its own).
 */
export function findSeries(title: SourceLine, period: PeriodMatch | null, hasPeriod = period !== null): string | null {
  return seriesBeforeBar(title, period) ?? seriesInBrackets(title) ?? seriesAroundPeriod(title, period, hasPeriod);
}

function seriesBeforeBar(title: SourceLine, period: PeriodMatch | null): string | null {
  const bar = BAR.exec(title.norm);
  if (!bar || !period || period.start < bar.index) return null;
  const before = withoutIssueNumbers(title.text.slice(0, bar.index), title.norm.slice(0, bar.index)).trim();
  return before.length > 0 ? before : null;
}

function seriesInBrackets(title: SourceLine): string | null {
  const bracketed = BRACKETED_PREFIX.exec(title.text);
  const name = bracketed?.[1]?.trim();
  return name && namesColumn(name) ? name : null;
}

function seriesAroundPeriod(title: SourceLine, period: PeriodMatch | null, hasPeriod: boolean): string | null {
  const cut = (text: string) => (period ? text.slice(0, period.start) + text.slice(period.end) : text);
  const name = withoutIssueNumbers(cut(title.text), cut(title.norm)).trim().replace(PART_NUMBER, '').replace(LOOSE_EDGES, '');
  if (name.length === 0) return null;
  // With a period to go by, "一周工作动态" names a column as well as "一周" does.
  return COLUMN_WORDS.some((word) => (hasPeriod ? name.includes(word) : name.endsWith(word))) ? name : null;
}

/**
 * A masthead above the headline that names a column: "滨江区政务简报" over "第12期" and the
 * headline of the issue. `line` is a head line above the title.
 */
export function seriesOfMasthead(line: SourceLine): string | null {
  const name = withoutIssueNumbers(line.text, line.norm).replace(LOOSE_EDGES, '');
  return name.length > 0 && COLUMN_WORDS.some((word) => name.endsWith(word)) ? name : null;
}

function namesColumn(name: string): boolean {
  return COLUMN_WORDS.some((word) => name.includes(word));
}

/** Cuts the issue numbers found in `norm` out of `text` (the same string as written, index for index). */
function withoutIssueNumbers(text: string, norm: string): string {
  if (!norm.includes('期')) return text;
  let kept = '';
  let from = 0;
  for (const match of norm.matchAll(ISSUE_NUMBER)) {
    kept += `${text.slice(from, match.index)} `;
    from = match.index + match[0].length;
  }
  return (kept + text.slice(from)).replace(/ {2,}/g, ' ').trim();
}
