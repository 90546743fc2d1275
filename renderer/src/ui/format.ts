// Dates as the UI language writes them. Stored dates are ISO strings; only the display changes.
export function formatDay(iso: string | null, language: string): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string | null, language: string): string | null {
  if (!iso) return null;
  const day = formatDay(iso, language);
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return time ? `${day} ${time}` : day;
}

export function formatPeriod(start: string | null, end: string | null, language: string): string | null {
  if (!start) return null;
  const from = formatDay(start, language);
  return end && end !== start ? `${from} – ${formatDay(end, language)}` : from;
}
