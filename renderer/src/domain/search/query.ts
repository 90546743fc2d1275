// The query language an analyst types: several terms (all must match), "quoted phrases",
// -exclusions, and filters tag:, kind:, place:, official:, phrase:, from:, to: (values may be quoted).
// Parsing only: folding and matching happen elsewhere. phrase: names a lexicon phrase: it must
// occur in any of the spellings the lexicon knows for it (the search engine looks them up).
//
// kind: is the kind of result (issue, highlight, note, event, person). It was once called type:,
// which the Timeline uses for an event's type (meeting, inspection…): one word, one meaning, so
// type: is kept only as an old spelling of kind: for queries typed or saved before.

export const filterNames = ['tag', 'kind', 'place', 'official', 'phrase', 'from', 'to'] as const;
export type FilterName = (typeof filterNames)[number];

/** Earlier names of filters, still understood. */
const filterAliases: Readonly<Record<string, FilterName>> = { type: 'kind' };

function filterNamed(name: string | undefined): FilterName | null {
  if (!name) return null;
  if ((filterNames as readonly string[]).includes(name)) return name as FilterName;
  return filterAliases[name] ?? null;
}

export interface ParsedQuery {
  /** Terms every result must contain (a quoted phrase is one term, spaces and all). */
  terms: string[];
  /** Terms no result may contain. */
  excluded: string[];
  tag: string[];
  /** Kinds of result: issue, highlight, note, event, person (or their Chinese names). */
  kind: string[];
  place: string[];
  official: string[];
  /** Lexicon phrases every result must contain, in one of their spellings. */
  phrase: string[];
  /** ISO day (inclusive) or null. */
  from: string | null;
  to: string | null;
}

export function emptyQuery(): ParsedQuery {
  return { terms: [], excluded: [], tag: [], kind: [], place: [], official: [], phrase: [], from: null, to: null };
}

// One part: optional "-", optional "name:", then a quoted value or a run of non-space characters.
// Full-width quotes and colon are accepted as typed on a Chinese keyboard.
const partPattern = /(-?)(?:([a-zA-Z]+)[:：])?(?:"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|(\S+))/g;

export function parseQuery(input: string): ParsedQuery {
  const query = emptyQuery();
  for (const match of input.matchAll(partPattern)) {
    const negated = match[1] === '-';
    const name = match[2]?.toLowerCase();
    const quoted = match[3] ?? match[4] ?? match[5];
    const value = (quoted ?? match[6] ?? '').trim();
    const filter = filterNamed(name);
    if (filter) {
      if (!value) continue;
      if (filter === 'from' || filter === 'to') query[filter] = normaliseDay(value, filter);
      else query[filter].push(value);
      continue;
    }
    // An unknown "name:" is ordinary text (e.g. "http:" or a Chinese colon in a phrase).
    const text = name ? `${match[0].slice(negated ? 1 : 0)}` : value;
    const term = name && quoted !== undefined ? `${name}:${quoted}` : text;
    if (!term || term === '-') continue;
    (negated ? query.excluded : query.terms).push(term);
  }
  return query;
}

/** "2022", "2022-9", "2022.09.12", "2022/9/1" → an ISO day; a year or month means its first or last day. */
export function normaliseDay(value: string, edge: 'from' | 'to'): string | null {
  const match = /^(\d{4})(?:[-./年](\d{1,2})(?:[-./月](\d{1,2})日?)?月?)?$/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : edge === 'from' ? 1 : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = match[3] ? Number(match[3]) : edge === 'from' ? 1 : lastDay;
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Whether the query asks for anything at all. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return (
    query.terms.length === 0 &&
    query.excluded.length === 0 &&
    query.tag.length === 0 &&
    query.kind.length === 0 &&
    query.place.length === 0 &&
    query.official.length === 0 &&
    query.phrase.length === 0 &&
    query.from === null &&
    query.to === null
  );
}
