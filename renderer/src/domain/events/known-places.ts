// Places read with the gazetteer (China's administrative divisions): a name places.ts reads by its
// form ("X区", "X市委书记") counts only when it is a real division, and the gazetteer also sees
// what form alone cannot: a district written after its city ("烟台市蓬莱区"), a name without its
// suffix after a verb of going ("到武汉", "在花都汽车城"), and towns and streets ("赵家街道"),
// which stand for the county they lie in.
import { vocabulary } from './vocabulary';
import { countyLevelOf, type Division, type Gazetteer } from './gazetteer/gazetteer';
import type { FoundPlace, PlaceLevel } from './places';

/** Divisions above township level written `name` in full or without suffix; `suffix` (as written) narrows to names ending in it. */
function divisionsNamed(gazetteer: Gazetteer, name: string, suffix: string | null): Division[] {
  const written = suffix ? gazetteer.lookup(name + suffix) : [];
  const bare = gazetteer.lookup(name).filter((division) => suffix === null || division.name.endsWith(suffix));
  return [...new Set([...written, ...bare])].filter((division) => division.level !== 'township');
}

/** A municipality (北京市, 上海市) is a province in the data but a city where events happen. */
function levelOf(division: Division): PlaceLevel {
  return division.level === 'province' && !division.name.endsWith('市') ? 'province' : 'local';
}

function placeOf(division: Division, suffix: string | null, index: number, destination: boolean): FoundPlace {
  return { place: division.short, level: levelOf(division), suffix, index, destination, division };
}

/**
 * The most specific division a title starts with ("江阴市委书记" → 江阴市; "西藏亚东县委副书记" →
 * 亚东县, inside 西藏), followed by an office. Null when the title starts with no division.
 */
export function knownPlaceOfTitle(title: string, gazetteer: Gazetteer): FoundPlace | null {
  let best: FoundPlace | null = null;
  let from = 0;
  // A province or city may stand before the division the title is of: read on after it.
  for (let step = 0; step < 3 && from < title.length - 1; step++) {
    const found = longestDivisionAt(title, from, gazetteer);
    if (!found || found.end >= title.length) break;
    // An office follows the name ("江阴市|委书记", "江阴|副市长"); "中山|大学校长" is no division's office.
    if (officeStartChars.has(title[found.end]!)) best = placeOf(found.division, found.suffix, from, false);
    from = found.end;
  }
  return best;
}

/** Characters an office starts with after a place name: 委, 政府, 人大, 长, 副, 常务 … */
const officeStartChars = new Set([...'委党政人长副常纪组宣统工管区县市州旗省']);

/** The longest division name (2–9 characters, with or without its suffix) written at `start`. */
function longestDivisionAt(
  text: string,
  start: number,
  gazetteer: Gazetteer,
): { division: Division; suffix: string | null; end: number } | null {
  for (let length = Math.min(9, text.length - start); length >= 2; length--) {
    const name = text.slice(start, start + length);
    const divisions = gazetteer.lookup(name).filter((division) => division.level !== 'township');
    if (divisions.length === 0) continue;
    const division = divisions.find((candidate) => candidate.name === name) ?? divisions[0]!;
    const suffix = division.name === name ? name.slice(division.short.length) || null : null;
    return { division, suffix, end: start + length };
  }
  return null;
}

/**
 * The division whose name ends at `at` before `suffix`, longest first, where the text makes it a
 * place: a clause starts there, an organ follows, a verb of going or a list leads to it, or its
 * own city or province stands right before it ("烟台市蓬莱区").
 * The tests of context are places.ts's.
 */
export function knownStemBefore(
  text: string,
  end: number,
  suffix: string,
  gazetteer: Gazetteer,
  context: {
    atClauseStart: (index: number) => boolean;
    leadInBefore: (index: number) => boolean;
    organAfter: boolean;
  },
): FoundPlace | null {
  for (let length = Math.min(6, end); length >= 2; length--) {
    const start = end - length;
    const stem = text.slice(start, end);
    const divisions = divisionsNamed(gazetteer, stem, suffix);
    if (divisions.length === 0) continue;
    const parent = divisionEndingAt(text, start, gazetteer);
    const inParent = parent
      ? divisions.find((division) => parent.divisions.some((above) => division.parent === above || division.parent?.parent === above))
      : undefined;
    // "调研苏州吴江区": the verb leads to the city and its district together.
    const destination = context.leadInBefore(inParent ? parent!.start : start);
    const division = inParent ?? divisions[0]!;
    // Going to a city is a visit elsewhere ("赴杭州市考察"); going to a district or county is where the event is.
    const visitedCounty = destination && division.level === 'county';
    if (!inParent && !visitedCounty && !context.organAfter && !context.atClauseStart(start)) continue;
    return placeOf(division, suffix, start, destination);
  }
  return null;
}

/** The division above township level whose name (with or without its suffix) ends right at `index` ("烟台市|", "苏州|"). */
function divisionEndingAt(text: string, index: number, gazetteer: Gazetteer): { divisions: Division[]; start: number } | null {
  for (let length = Math.min(9, index); length >= 2; length--) {
    const divisions = gazetteer.lookup(text.slice(index - length, index)).filter((candidate) => candidate.level !== 'township');
    if (divisions.length > 0) return { divisions, start: index - length };
  }
  return null;
}

/** Words a bare county name is part of ("新华社", "中山装", "西城门"): the next character ends the match. */
const bareNameNotBefore = new Set([...'社网报装路街村镇乡门楼桥站园店']);

/**
 * A city or province without its suffix is read only after 在 and before what is done there ("在北京走访",
 * "在北京开展"): "到南京…考察" is a visit the visitors' own place keeps, and "在巴中国移民" is no place.
 */
const doneAtCity = [
  ...vocabulary.actionVerbs,
  ...vocabulary.passiveReport,
  '开展',
  '走访',
  '参加',
  '出席',
  '拜访',
  '参观',
  '举办',
  '洽谈',
  '推介',
];

/**
 * Names written without their suffix right after a verb of going or 在 ("到武汉", "在北京召开",
 * "在花都汽车城"): destinations. Longest first; a name followed by a suffix is places.ts's.
 */
export function bareDestinations(text: string, gazetteer: Gazetteer, taken: (index: number) => boolean): FoundPlace[] {
  const places: FoundPlace[] = [];
  for (const verb of vocabulary.placeLeadIns) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.length)) {
      const start = at + verb.length;
      if (taken(start)) continue;
      for (let length = 4; length >= 2; length--) {
        const name = text.slice(start, start + length);
        const next = text[start + length] ?? '';
        if (vocabulary.placeSuffixes.some((suffix) => text.startsWith(suffix, start + length)) || bareNameNotBefore.has(next)) continue;
        const division = gazetteer.lookup(name).find((candidate) => candidate.level !== 'township' && candidate.short === name);
        if (!division) continue;
        const rest = text.slice(start + length);
        if (
          division.level !== 'county' &&
          !(verb === '在' && (/^[\p{P}\s]/u.test(rest) || doneAtCity.some((word) => rest.startsWith(word))))
        )
          break;
        places.push(placeOf(division, null, start, true));
        break;
      }
    }
  }
  return places;
}

const townshipSuffixes = ['街道', '镇', '乡'];

/**
 * Towns and streets named in full ("赵家街道", "石哲镇"), each standing for its county: the county
 * when the name is unique in the country, else every county that has one (issue-places.ts chooses
 * by what else the issue names).
 */
export function townshipsIn(text: string, gazetteer: Gazetteer): FoundPlace[] {
  const places: FoundPlace[] = [];
  for (const suffix of townshipSuffixes) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + suffix.length)) {
      for (let length = 4; length >= 2; length--) {
        if (at < length) continue;
        const name = text.slice(at - length, at + suffix.length);
        const townships = gazetteer.lookup(name).filter((division) => division.level === 'township');
        if (townships.length === 0) continue;
        const counties = [...new Set(townships.map(countyLevelOf))];
        places.push({
          place: counties[0]!.short,
          level: 'township',
          suffix: null,
          index: at - length,
          destination: false,
          division: counties.length === 1 ? counties[0]! : null,
          counties,
        });
        break;
      }
    }
  }
  return places;
}
