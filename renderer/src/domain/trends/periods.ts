// The periods a trend is drawn over: which day an issue stands for (its period's start or its
// publish date), and the week (ISO, starting Monday) or month that day falls in. Days are ISO
// strings ("2022-09-12", or a longer ISO instant whose first ten characters are the day); the
// calendar is UTC so that a period never moves with the machine's time zone.

export type TrendGranularity = 'week' | 'month';
/** period: the issue's period start, falling back to its publish date; published: the reverse. */
export type TrendBasis = 'period' | 'published';

export interface DatedIssue {
  periodStart: string | null;
  published: string | null;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day an issue is placed on, or null when it has neither date. */
export function issueDay(issue: DatedIssue, basis: TrendBasis): string | null {
  const [first, second] = basis === 'period' ? [issue.periodStart, issue.published] : [issue.published, issue.periodStart];
  for (const value of [first, second]) {
    const match = value ? dayPattern.exec(value) : null;
    if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  }
  return null;
}

export interface TrendPeriod {
  /** "2022-09" for a month; the Monday "2022-09-12" for a week. Sorts in time order. */
  key: string;
  /** First and last day, inclusive. */
  start: string;
  end: string;
}

// Civil-date arithmetic on day numbers (days since 1970-01-01), without Date objects: a trend over
// 10,000 issues places each one, and Date construction and toISOString dominated that time.
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilDay(number: number): string {
  const z = number + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const daysInMonth = (year: number, month: number) =>
  dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);

const cache = { week: new Map<string, TrendPeriod>(), month: new Map<string, TrendPeriod>() };

/** The week or month a day falls in. */
export function periodOf(day: string, granularity: TrendGranularity): TrendPeriod {
  const known = cache[granularity].get(day);
  if (known) return known;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  let period: TrendPeriod;
  if (granularity === 'month') {
    const key = day.slice(0, 7);
    period = { key, start: `${key}-01`, end: `${key}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
  } else {
    const number = dayNumber(year, month, Number(day.slice(8, 10)));
    // 1970-01-01 was a Thursday: (number + 3) mod 7 is 0 on a Monday, when an ISO week starts.
    const monday = number - ((((number + 3) % 7) + 7) % 7);
    const start = civilDay(monday);
    period = { key: start, start, end: civilDay(monday + 6) };
  }
  if (cache[granularity].size > 100_000) cache[granularity].clear();
  cache[granularity].set(day, period);
  return period;
}
