// Finds the places named in an official's title ("江阴市委书记" → 江阴) and in a paragraph's text
// ("开福区召开…", "调研吴江区…", "在淮北分会场…"): districts, counties and cities without their
// 市/区/县 suffix, zones, provinces. Which words are suffixes, zones, lead-in verbs, venues and
// non-place stems is data (words/vocabulary.json); which of the places found is an event's own is
// event-place.ts's choice.
import { vocabulary } from './vocabulary';
import type { Division, Gazetteer } from './gazetteer/gazetteer';
import { bareDestinations, knownPlaceOfTitle, knownStemBefore, townshipsIn } from './known-places';

/**
 * local: a district, county or city; zone: a development zone named by its kind (高新区);
 * province: a province; owner: the place a zone is named after ("淮北高新区" → 淮北) — evidence of
 * what the whole issue is about, never an event's own place (the zone is that); township: a town
 * or street, read only with the gazetteer, standing for its county (`place` is the county's name).
 */
export type PlaceLevel = 'local' | 'zone' | 'province' | 'owner' | 'township';

export interface FoundPlace {
  place: string;
  level: PlaceLevel;
  /** The administrative suffix written after the name (市, 区, 县 …); null when none was. */
  suffix: string | null;
  /** Where the name starts in the text it was found in (0 in a title). */
  index: number;
  /** Named as where something happens: after a verb of going or 在 ("调研吴江区"), or a venue ("在淮北分会场"). */
  destination: boolean;
  /** The gazetteer's division, when the place was read with it (a township's county, when only one county has that town). */
  division?: Division | null;
  /** A township's: every county that has a town or street of that name. */
  counties?: readonly Division[];
}

const hanRun = /^\p{Script=Han}+$/u;
const officeWordSet = new Set(vocabulary.officeWords);
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Built once: every suffix, longest first, so "自治县" and "新区" win over "县" and "区". */
const suffixPattern = new RegExp(vocabulary.placeSuffixes.map(escape).join('|'), 'g');

/**
 * Verbs no place name starts with, by first and last character: "学习浦东", "召开吴江", "赴杭" are a
 * verb and a name. The verbs of going and of topics, and the two-character words that follow a name
 * or report an event; of single characters only 在, 到, 赴 (和, 同, 向 start names: 和平, 同安, 向阳).
 */
const verbsByFirstChar = new Map<string, string[]>();
const verbsByLastChar = new Map<string, string[]>();
for (const verb of [
  ...vocabulary.placeLeadIns,
  ...vocabulary.placeTopicVerbs,
  ...vocabulary.nameFollowers,
  ...vocabulary.actionVerbs,
  ...vocabulary.passiveReport,
]) {
  if (verb.length < 2 && !vocabulary.placeLeadIns.includes(verb)) continue;
  for (const [map, key] of [
    [verbsByFirstChar, verb[0]!],
    [verbsByLastChar, verb[verb.length - 1]!],
  ] as const) {
    const list = map.get(key) ?? [];
    list.push(verb);
    map.set(key, list);
  }
}

function startsWithVerb(stem: string): boolean {
  return verbsByFirstChar.get(stem[0]!)?.some((verb) => stem.startsWith(verb)) ?? false;
}

/** Whether one of those verbs ends right before `index`. */
function verbEndsAt(text: string, index: number): boolean {
  return (
    verbsByLastChar.get(text[index - 1] ?? '')?.some((verb) => index >= verb.length && text.startsWith(verb, index - verb.length)) ?? false
  );
}

/**
 * Whether `stem` can be a place name: Han characters only, no function word, no generic word, no
 * verb. `verbEnding` false skips the check of last characters that end verbs (召开, 推进), for a
 * two-character name an office makes certain ("福建省委", "武进区委").
 */
export function plausibleStem(stem: string, verbEnding = true): boolean {
  if (!hanRun.test(stem)) return false;
  if (vocabulary.notPlaceStems.some((bad) => stem.startsWith(bad))) return false;
  if (startsWithVerb(stem)) return false;
  if (verbEnding && vocabulary.placeStemLastCharsNot.has(stem[stem.length - 1]!)) return false;
  for (let index = 0; index < stem.length; index++) {
    const char = stem[index]!;
    if (vocabulary.placeStemCharsNot.has(char)) return false;
    // 上海, 中山, 和平 are names; 会上, 其中, 和青禾 are not.
    if (vocabulary.placeStemInitialOnly.has(char) && (index > 0 || stem.length > 2)) return false;
  }
  // 九江 and 十堰 are names; 三个, 十大 and the 三 of 深入三区 are counts.
  if (vocabulary.placeNumerals.has(stem[stem.length - 1]!)) return false;
  if (vocabulary.placeNumerals.has(stem[0]!) && (vocabulary.placeNumerals.has(stem[1]!) || vocabulary.placeCountWords.has(stem[1]!)))
    return false;
  return true;
}

/** Whether `stem` before `suffix` is a place name: plausible, and not a kind of area ("文明城" + 市). */
function nameBeforeSuffix(stem: string, suffix: string): boolean {
  if (!plausibleStem(stem)) return false;
  return stem.length < 3 || !vocabulary.areaWords.has(stem[stem.length - 1]! + suffix[0]!);
}

function suffixAt(text: string, index: number): string | null {
  for (const suffix of vocabulary.placeSuffixes) if (text.startsWith(suffix, index)) return suffix;
  return null;
}

function found(place: string, level: PlaceLevel, suffix: string | null, index: number, destination: boolean): FoundPlace {
  return { place, level, suffix, index, destination };
}

/** The place a title names at its start: "江阴市委书记" → 江阴, "高新区党工委书记" → 高新区 (a zone). */
export function placeOfTitle(title: string, gazetteer: Gazetteer | null = null): FoundPlace | null {
  // "常务副区长" is an office, not a place "常务副" with its 区长.
  if (officeWordSet.has(title)) return null;
  if (gazetteer) {
    const known = knownPlaceOfTitle(title, gazetteer);
    if (known) return known;
    // Not a division: a zone ("高新区党工委书记"), a new area by its own name ("西海岸新区工委书记"), or no place.
    const byForm = placeOfTitleByForm(title);
    if (byForm?.level === 'zone') return byForm;
    if (byForm?.suffix === '新区') return found(byForm.place + byForm.suffix, 'zone', null, 0, false);
    return null;
  }
  return placeOfTitleByForm(title);
}

/** The place a title names by its form alone: a plausible name before a suffix and an office. */
function placeOfTitleByForm(title: string): FoundPlace | null {
  const autonomous = autonomousName(title, 0);
  if (autonomous) return autonomous;
  const zone = vocabulary.zoneWords.find((word) => title.includes(word));
  for (let length = 2; length <= 5 && length < title.length; length++) {
    const stem = title.slice(0, length);
    if (!plausibleStem(stem, length > 2)) break;
    if (title.startsWith(vocabulary.provinceSuffix, length) && title.length > length + 1)
      return found(stem, 'province', vocabulary.provinceSuffix, 0, false);
    const suffix = suffixAt(title, length);
    if (suffix && title.length > length + suffix.length) {
      if (zone && title.indexOf(zone) <= length + suffix.length) break;
      return found(stem, 'local', suffix, 0, false);
    }
  }
  return zone ? found(zone, 'zone', null, 0, false) : null;
}

/**
 * Places the text names where a place is certain to be meant: at the start of a clause
 * ("开福区召开", "梁溪区征收拆迁工作会议召开"), before a government organ ("吴江区人民政府"),
 * after a verb of going or 在 ("调研吴江区"), or as a venue ("在淮北分会场"). A zone counts where
 * a clause starts with it; the name before a zone is its owner ("淮北高新区" → 淮北).
 * Scans suffix characters and venue words only, so it stays fast. In order of position.
 */
export function placesInText(text: string, gazetteer: Gazetteer | null = null): FoundPlace[] {
  const places: FoundPlace[] = [];
  let consumed = 0;
  for (const match of text.matchAll(suffixPattern)) {
    const at = match.index;
    const suffix = match[0];
    const after = at + suffix.length;
    if (at < consumed) continue;
    // 市场, 区域, 县级, 都市圈 … are words, not places.
    if (vocabulary.placeSuffixNotFollowedBy.has(text[after] ?? '')) continue;
    const zone = vocabulary.zoneWords.find((word) => word.endsWith(suffix) && text.startsWith(word, after - word.length));
    if (zone) {
      zonePlaces(text, after - zone.length, zone, places, gazetteer);
      consumed = after;
      continue;
    }
    const place = gazetteer ? knownBefore(text, at, suffix, gazetteer) : stemBefore(text, at, suffix);
    if (place) {
      places.push(place);
      consumed = after;
    }
  }
  let added = venuePlaces(text, places, gazetteer);
  if (gazetteer) {
    const taken = (index: number) => places.some((place) => place.index === index);
    const more = [...bareDestinations(text, gazetteer, taken), ...townshipsIn(text, gazetteer)];
    places.push(...more);
    added ||= more.length > 0;
  }
  if (added) places.sort((a, b) => a.index - b.index);
  return places;
}

/**
 * An autonomous area's name at `start`, where the peoples it is named with lie between the name and
 * its suffix ("长阳土家族自治县" → 长阳, "恩施土家族苗族自治州" → 恩施).
 */
function autonomousName(text: string, start: number): FoundPlace | null {
  const autonomy = text.indexOf('自治', start + 3);
  if (autonomy < 0 || autonomy > start + 16) return null;
  const suffix = suffixAt(text, autonomy);
  const end = beforePeoples(text, autonomy);
  if (!suffix || end === autonomy || text.length <= autonomy + suffix.length) return null;
  const stem = text.slice(start, end);
  return stem.length >= 2 && stem.length <= 4 && plausibleStem(stem) ? found(stem, 'local', suffix, start, false) : null;
}

/** Where an autonomous area's name ends, before the peoples written up to `end` ("长阳|土家族"). */
function beforePeoples(text: string, end: number): number {
  let at = end;
  while (text[at - 1] === '族') {
    const people = vocabulary.ethnicGroups.find((group) => at - 1 - group.length >= 0 && text.startsWith(group, at - 1 - group.length));
    if (!people) break;
    at -= people.length + 1;
  }
  return at;
}

/** With the gazetteer: the real division written before the suffix at `at`, where the context makes it a place. */
function knownBefore(text: string, at: number, suffix: string, gazetteer: Gazetteer): FoundPlace | null {
  const end = suffix.startsWith('自治') ? beforePeoples(text, at) : at;
  const organAfter = vocabulary.placeOrganWords.some((word) => text.startsWith(word, at + suffix.length));
  return knownStemBefore(text, end, suffix, gazetteer, {
    atClauseStart: (index) => atClauseStart(text, index),
    leadInBefore: (index) => leadInBefore(text, index),
    organAfter,
  });
}

/** The name written before the suffix at `at`, where the context makes it certain to be a place. */
function stemBefore(text: string, at: number, suffix: string): FoundPlace | null {
  const organ = vocabulary.placeOrganWords.some((word) => text.startsWith(word, at + suffix.length));
  // Going to a city is a visit elsewhere ("赴杭州市"); going to a district or county is where the event is.
  const city = vocabulary.cityLevelSuffixes.has(suffix);
  // An autonomous area's name stands before the peoples it is named with.
  const end = suffix.startsWith('自治') ? beforePeoples(text, at) : at;
  // Where a clause starts is where the name starts ("乌鲁木齐市委", not its last two characters)…
  for (let length = 2; length <= 4 && length <= end; length++) {
    const start = end - length;
    if (atClauseStart(text, start) && nameBeforeSuffix(text.slice(start, end), suffix))
      return found(text.slice(start, end), 'local', suffix, start, false);
  }
  // …elsewhere an organ or a verb of going makes the suffix certain. The name is taken to be two
  // characters long, or three where a verb ends right before them ("召开|张家港市人民政府").
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || (length === 3 && !verbEndsAt(text, start))) continue;
    const stem = text.slice(start, end);
    if (!nameBeforeSuffix(stem, suffix)) continue;
    if (organ) return found(stem, 'local', suffix, start, false);
    if (!city && leadInBefore(text, start)) return found(stem, 'local', suffix, start, true);
  }
  return null;
}

/**
 * The zone starting at `zoneStart` where a clause opens with it, and the place it is named after
 * ("淮北高新区" → 淮北) where a clause, a verb of going or a list ("三区和淮北高新区") leads to it.
 */
function zonePlaces(text: string, zoneStart: number, zone: string, places: FoundPlace[], gazetteer: Gazetteer | null): void {
  for (let length = 0; length <= 4 && length <= zoneStart; length++) {
    const start = zoneStart - length;
    if (length > 0 && !plausibleStem(text.slice(start, zoneStart))) return;
    const clause = atClauseStart(text, start);
    const leadIn = !clause && leadInBefore(text, start);
    // "三区和淮北高新区": a name in a list is the zone's owner, though the zone is no event's place.
    const listed = !clause && !leadIn && length >= 2 && /[和与及、]/.test(text[start - 1] ?? '');
    if (!clause && !leadIn && !listed) continue;
    // Only a zone that opens a clause is the event's own ("无锡经开区召开"); one visited ("调研吴江高新区")
    // is where the visitors' district went, and the event stays theirs.
    if (clause) places.push(found(zone, 'zone', null, start, false));
    const owner = text.slice(start, zoneStart);
    // With the gazetteer the owner must be a real division: "海尔(天津)产业园区" is a firm's.
    if (length >= 2 && length <= 3 && (!gazetteer || gazetteer.has(owner))) places.push(found(owner, 'owner', null, start, false));
    return;
  }
}

/** Venues named after their place ("在淮北分会场", "在鄂州市分会场"); whether any was found. */
function venuePlaces(text: string, places: FoundPlace[], gazetteer: Gazetteer | null): boolean {
  let added = false;
  for (const venue of vocabulary.venueWords) {
    for (let at = text.indexOf(venue); at >= 0; at = text.indexOf(venue, at + venue.length)) {
      const suffix = vocabulary.placeSuffixes.find((word) => text.endsWith(word, at)) ?? null;
      const end = at - (suffix?.length ?? 0);
      for (let length = 2; length <= 3 && length <= end; length++) {
        const start = end - length;
        if (!plausibleStem(text.slice(start, end)) || !(atClauseStart(text, start) || leadInBefore(text, start))) continue;
        if (gazetteer && gazetteer.lookup(text.slice(start, end)).length === 0) continue;
        if (!places.some((place) => place.index === start)) {
          places.push(found(text.slice(start, end), 'local', suffix, start, true));
          added = true;
        }
        break;
      }
    }
  }
  return added;
}

function atClauseStart(text: string, index: number): boolean {
  if (index <= 0) return index === 0;
  return /[,，。;；:：\s、日午晚]/.test(text[index - 1]!);
}

/** Whether a verb of going or 在 ends right before `index` ("调研|吴江区"). */
function leadInBefore(text: string, index: number): boolean {
  return vocabulary.placeLeadIns.some((verb) => index >= verb.length && text.startsWith(verb, index - verb.length));
}
