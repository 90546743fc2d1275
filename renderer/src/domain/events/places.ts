// Finds the place an event belongs to — the district, county or city, without its 市/区/县
// suffix — from the officials' titles ("江阴市委书记" → 江阴) and from the text ("开福区召开…").
// Which words are suffixes, zones and non-place stems is data (words/lexicon.json).
import { lexicon } from './lexicon';

export type PlaceLevel = 'local' | 'zone' | 'province';

export interface FoundPlace {
  place: string;
  level: PlaceLevel;
}

function isHanRun(text: string): boolean {
  return /^\p{Script=Han}+$/u.test(text);
}

function plausibleStem(stem: string): boolean {
  if (!isHanRun(stem)) return false;
  if (lexicon.notPlaceStems.some((bad) => stem.startsWith(bad))) return false;
  if (lexicon.placeStemLastCharsNot.has(stem[stem.length - 1]!)) return false;
  return !/[全我本各该此其这那的了在和与及是为对把向从到于将已等上下中内外之]/.test(stem);
}

function suffixAt(text: string, index: number): string | null {
  for (const suffix of lexicon.placeSuffixes) if (text.startsWith(suffix, index)) return suffix;
  return null;
}

/** The place a title names at its start: "江阴市委书记" → 江阴, "高新区党工委书记" → 高新区 (a zone). */
export function placeOfTitle(title: string): FoundPlace | null {
  const zone = lexicon.zoneWords.find((word) => title.includes(word));
  for (let length = 2; length <= 5 && length < title.length; length++) {
    const stem = title.slice(0, length);
    if (!plausibleStem(stem)) break;
    if (title.startsWith(lexicon.provinceSuffix, length) && title.length > length + 1) return { place: stem, level: 'province' };
    const suffix = suffixAt(title, length);
    if (suffix && title.length > length + suffix.length) {
      if (zone && title.indexOf(zone) <= length + suffix.length) break;
      return { place: stem, level: 'local' };
    }
  }
  return zone ? { place: zone, level: 'zone' } : null;
}

const strongAfterSuffix = ['人民政府', '政府', '委', '人大', '政协', '第', '融媒'];
const leadInVerbs = ['调研', '深入', '前往', '来到', '走进', '考察', '赴', '到', '在'];

/**
 * Places the text names where a place is certain to be meant: at the start of a clause
 * ("开福区召开", "梁溪区征收拆迁工作会议召开"), before a government organ ("吴江区人民政府"),
 * or after a verb of going ("调研吴江区"). Scans suffix characters only, so it stays fast.
 */
export function placesInText(text: string): FoundPlace[] {
  const places: FoundPlace[] = [];
  let consumed = 0;
  for (const match of text.matchAll(suffixPattern)) {
    const at = match.index;
    const suffix = match[0];
    const after = at + suffix.length;
    if (at < consumed) continue;
    // 市场, 区域, 县级 … are words, not places.
    if (/[场民级域间内外]/.test(text[after] ?? '')) continue;
    const zone = lexicon.zoneWords.find((word) => word.endsWith(suffix) && text.startsWith(word, after - word.length));
    if (zone) {
      const zoneStart = after - zone.length;
      for (let offset = 0; offset <= 4 && offset <= zoneStart; offset++) {
        if (offset > 0 && !plausibleStem(text.slice(zoneStart - offset, zoneStart))) break;
        if (atClauseStart(text, zoneStart - offset)) {
          places.push({ place: zone, level: 'zone' });
          consumed = after;
          break;
        }
      }
      if (consumed === after) continue;
    }
    const strong = strongAfterSuffix.some((word) => text.startsWith(word, after));
    for (let length = 2; length <= 4 && length <= at; length++) {
      const stemStart = at - length;
      const stem = text.slice(stemStart, at);
      if (!plausibleStem(stem)) continue;
      const clauseStart = atClauseStart(text, stemStart);
      const afterVerb = length === 2 && leadInVerbs.some((verb) => text.startsWith(verb, stemStart - verb.length));
      if (clauseStart || (length === 2 && (strong || (afterVerb && suffix !== '市')))) {
        places.push({ place: stem, level: 'local' });
        consumed = after;
        break;
      }
    }
  }
  return places;
}

const suffixPattern = /自治县|自治州|自治区|[市区县州]/g;

function atClauseStart(text: string, index: number): boolean {
  if (index <= 0) return index === 0;
  return /[,，。;；:：\s、日午晚]/.test(text[index - 1]!);
}

/** The most frequent local place of a whole issue: the one an event with no other clue belongs to. */
export function homePlace(candidates: readonly FoundPlace[]): string | null {
  const counts = new Map<string, number>();
  for (const { place, level } of candidates) if (level === 'local') counts.set(place, (counts.get(place) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [place, count] of counts) {
    if (count > bestCount) {
      best = place;
      bestCount = count;
    }
  }
  return best;
}
