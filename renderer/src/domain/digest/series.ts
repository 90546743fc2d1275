// Names the recurring column an issue belongs to, from its title. A one-off report has none.
//   "市(县)区委书记、市(县)区长一周|9.12-9.18"        → the text before "|" (the title has a period after it)
//   "【区政府工作大事记】2021年7-9月区政府大事记"     → a bracketed prefix that names a column
//   "2022年5月大事記"                                → what is left once the period is taken out, when
//                                                      it ends with a column word ("一周", "大事记" …)

import type { PeriodMatch } from './period';
import { COLUMN_WORDS } from './title-words';
import type { SourceLine } from './text-lines';

const BAR = /[|｜]/;
const BRACKETED_PREFIX = /^[【[]([^【】[\]]{1,30})[】\]]/;
// What may be left around a title once its period is cut out: spaces, bars, brackets, dashes.
const LOOSE_EDGES = /^[\s|｜:：,，\-—()（）【】[\]]+|[\s|｜:：,，\-—()（）【】[\]]+$/g;

/** The series named by `title`, or null. `period` is where the title's period was found, if anywhere. */
export function findSeries(title: SourceLine, period: PeriodMatch | null): string | null {
  return seriesBeforeBar(title, period) ?? seriesInBrackets(title) ?? seriesAroundPeriod(title, period);
}

function seriesBeforeBar(title: SourceLine, period: PeriodMatch | null): string | null {
  const bar = BAR.exec(title.norm);
  if (!bar || !period || period.start < bar.index) return null;
  const before = title.text.slice(0, bar.index).trim();
  return before.length > 0 ? before : null;
}

function seriesInBrackets(title: SourceLine): string | null {
  const bracketed = BRACKETED_PREFIX.exec(title.text);
  const name = bracketed?.[1]?.trim();
  return name && namesColumn(name) ? name : null;
}

function seriesAroundPeriod(title: SourceLine, period: PeriodMatch | null): string | null {
  const rest = period ? title.text.slice(0, period.start) + title.text.slice(period.end) : title.text;
  const name = rest.replace(LOOSE_EDGES, '');
  return name.length > 0 && COLUMN_WORDS.some((word) => name.endsWith(word)) ? name : null;
}

function namesColumn(name: string): boolean {
  return COLUMN_WORDS.some((word) => name.includes(word));
}
