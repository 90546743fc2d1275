// How events read in the UI and in the edit form: dates in the UI language, officials as
// "titles name" lines, and the parsing of what the analyst types back.
import type { TFunction } from 'i18next';
import type { EventDate } from '../../../domain/events/types';
import type { EventOfficial } from '../../../data/records';

export interface DateLabels {
  undated: string;
  yearUnknown: (date: string) => string;
}

export function dateLabels(t: TFunction<'events'>): DateLabels {
  return { undated: t('undated'), yearUnknown: (date) => t('yearUnknown', { date }) };
}

// One formatter per language: building an Intl.DateTimeFormat costs far more than using one, and
// a timeline or an events table formats hundreds of dates in one render.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(language: string): Intl.DateTimeFormat {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dayFormats.set(language, format);
  }
  return format;
}

function formatDay(day: string, language: string, labels: DateLabels): string {
  if (day.startsWith('--')) {
    const [month, dayOfMonth] = day.slice(2).split('-').map(Number);
    const text = language.startsWith('zh') ? `${month}月${dayOfMonth}日` : `${month}/${dayOfMonth}`;
    return labels.yearUnknown(text);
  }
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dayFormat(language).format(date);
}

export function formatEventDate(date: EventDate, timeOfDay: string | null, language: string, labels: DateLabels): string {
  if (date === null) return labels.undated;
  const text =
    typeof date === 'string'
      ? formatDay(date, language, labels)
      : `${formatDay(date.start, language, labels)} – ${formatDay(date.end, language, labels)}`;
  return timeOfDay ? `${text} ${timeOfDay}` : text;
}

export function dateToInput(date: EventDate): string {
  if (date === null) return '';
  return typeof date === 'string' ? date : `${date.start}/${date.end}`;
}

const day = /^(\d{4}|-)-\d{2}-\d{2}$/;

/** The date typed in the form, or 'invalid'. */
export function dateFromInput(text: string): EventDate | 'invalid' {
  const value = text.trim();
  if (value === '') return null;
  const [start, end, extra] = value.split('/').map((part) => part.trim());
  if (extra !== undefined || !start || !day.test(start)) return 'invalid';
  if (end === undefined) return start;
  return day.test(end) ? { start, end } : 'invalid';
}

export function officialsToInput(officials: readonly EventOfficial[]): string {
  return officials.map((official) => [official.titles.join('、'), official.name].filter(Boolean).join(' ')).join('\n');
}

export function officialsFromInput(text: string): { name: string; titles: string[] }[] {
  return text
    .split(/[\n;；]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const parts = line.split(/\s+/);
      const name = parts.pop()!;
      const titles = parts
        .join(' ')
        .split('、')
        .map((title) => title.trim())
        .filter(Boolean);
      return { name, titles };
    });
}

export function officialLabel(official: EventOfficial): string {
  return official.titles.length > 0 ? `${official.titles.join('、')}${official.name}` : official.name;
}
