// Days named relative to the publish time: 昨日/昨天/昨夜, 前天, 今天/今日 — "昨日(14日)上午" in a
// paper published on the 15th is the 14th. A parenthesised day that contradicts the count wins,
// as the text states it. Without a publish time a relative day cannot be known and reads as none.
import type { EventDate, IssueDating } from './types';

const offsets: [string, number][] = [
  ['昨日', -1],
  ['昨天', -1],
  ['昨夜', -1],
  ['昨晚', -1],
  ['前天', -2],
  ['今天', 0],
  ['今日', 0],
];

const pad = (n: number) => String(n).padStart(2, '0');

function shifted(iso: string, days: number): Date {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000);
}

const isoOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export function readRelativeDay(text: string, dating: IssueDating): { date: EventDate; length: number } | null {
  const published = dating.published;
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  for (const [word, offset] of offsets) {
    if (!text.startsWith(word)) continue;
    let date = shifted(published, offset);
    let length = word.length;
    const stated = /^\((\d{1,2})[日号]\)/.exec(text.slice(length));
    if (stated) {
      length += stated[0].length;
      const dayOfMonth = Number(stated[1]);
      if (dayOfMonth !== date.getUTCDate() && dayOfMonth >= 1 && dayOfMonth <= 31) {
        date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), dayOfMonth));
      }
    }
    // 昨夜/昨晚 carry their own time of day; leave it to the caller's time reading by not consuming 晚.
    if (word === '昨晚') length -= 1;
    return { date: isoOf(date), length };
  }
  return null;
}
