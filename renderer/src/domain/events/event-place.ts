// Chooses the one place an event belongs to from its clues, strongest first:
//   1. the first official whose title names a district, county or city ("江阴市委书记" → 江阴) —
//      unless that is a city and the event's first sentence takes the official to one of its
//      districts or counties ("苏州市委副书记…调研吴江区" → 吴江);
//   2. a district, county or city the event's own paragraphs name (places.ts says where a name is
//      certain to be a place), then a zone named in a title or the text;
//   3. the issue's context when the event names none (issue-places.ts): the section heading when it
//      is a place the issue names, the issue's home place, a province of a title, the publisher.
import { vocabulary } from './vocabulary';
import { placeOfTitle, type FoundPlace } from './places';
import type { IssuePlaces } from './issue-places';
import { liesIn, type Gazetteer } from './gazetteer/gazetteer';

export interface EventPlaceClues {
  /** The simplified titles of each official of the event, in order of appearance. */
  titles: readonly (readonly string[])[];
  /** The places found in each paragraph of the event, its opening paragraph first. */
  paragraphs: readonly (readonly FoundPlace[])[];
  /** Where the opening paragraph's first sentence ends. */
  firstSentenceEnd: number;
  /** The place name of the section heading the event stands under, if it is one. */
  sectionPlace: string | null;
}

export interface IssuePlaceContext {
  places: IssuePlaces;
  home: string | null;
  gazetteer: Gazetteer | null;
  /** The publisher's place (computed on first need: most events never ask). */
  documentPlace: () => string | null;
}

export interface PlaceChoice {
  place: string | null;
  /** Taken from the issue (its home, a section heading, the publisher) because the event names no place of its own. */
  fromIssue: boolean;
}

const own = (place: string | null): PlaceChoice => ({ place, fromIssue: false });
const fromIssue = (place: string | null): PlaceChoice => ({ place, fromIssue: place !== null });

export function eventPlace(clues: EventPlaceClues, issue: IssuePlaceContext): PlaceChoice {
  let zone: string | null = null;
  let province: string | null = null;
  for (const titles of clues.titles) {
    let local: FoundPlace | null = null;
    let countyOffice = false;
    for (const title of titles) {
      const found = placeOfTitle(title, issue.gazetteer);
      if (found?.level === 'local') local = found;
      else if (found?.level === 'zone') zone ??= found.place;
      else if (found?.level === 'province') province ??= found.place;
      else if (!found) countyOffice ||= namesCountyOfficeOnly(title);
    }
    if (local) {
      const visited = isCityLevel(local) ? districtVisited(clues, local) : null;
      return own(issue.places.resolve(visited?.place ?? local.place));
    }
    // "县长乔朝英", "区委书记施小琳": the office is the issue's county's, whoever else the event names.
    const county = countyOffice && !zone ? (sourceCounty(issue) ?? issue.places.homeCounty()) : null;
    if (county) return fromIssue(county);
  }
  for (const places of clues.paragraphs) {
    const local = places.find((place) => place.level === 'local');
    if (local) return own(issue.places.resolve(local.place));
    zone ??= places.find((place) => place.level === 'zone')?.place ?? null;
  }
  for (const places of clues.paragraphs) {
    const township = places.find((place) => place.level === 'township' && place.division);
    if (township) return own(township.place);
  }
  if (zone) return own(zone);
  if (clues.sectionPlace && issue.places.has(clues.sectionPlace)) return fromIssue(clues.sectionPlace);
  return fromIssue(issue.home ?? province ?? issue.documentPlace());
}

/** The publisher's place when it is a county ("普陀区地方志办公室" → 普陀): its offices are that county's. */
function sourceCounty(issue: IssuePlaceContext): string | null {
  const source = issue.gazetteer ? issue.documentPlace() : null;
  return source && issue.gazetteer?.lookup(source).some((division) => division.level === 'county') ? source : null;
}

function isCityLevel(place: FoundPlace): boolean {
  if (place.division) return place.division.level === 'prefecture' || place.division.level === 'province';
  return place.suffix !== null && vocabulary.cityLevelSuffixes.has(place.suffix);
}

/** An office of a county or district that names no place: "县长", "副县长", "区委书记", "县人大常委会副主任". */
function namesCountyOfficeOnly(title: string): boolean {
  return /^(?:常务)?副?[县区旗](?:委|长|政府|人大|政协|纪委|人民)/.test(title);
}

/**
 * A district or county the first sentence goes to or places the event in ("调研吴江区", "在吴江区"),
 * or, with the gazetteer, any of the city's own the first sentence names ("烟台市蓬莱区正式揭牌").
 */
function districtVisited(clues: EventPlaceClues, city: FoundPlace): FoundPlace | null {
  const opening = (clues.paragraphs[0] ?? []).filter((place) => place.level === 'local' && place.index < clues.firstSentenceEnd);
  const cityDivision = city.division;
  if (cityDivision) {
    const own = opening.find((place) => place.division?.level === 'county' && liesIn(place.division, cityDivision));
    if (own) return own;
  }
  return (
    opening.find((place) =>
      place.division
        ? place.destination && place.division.level === 'county'
        : place.destination && place.suffix !== null && vocabulary.countyLevelSuffixes.has(place.suffix),
    ) ?? null
  );
}
