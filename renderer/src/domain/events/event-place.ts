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
  /** The publisher's place (computed on first need: most events never ask). */
  documentPlace: () => string | null;
}

export function eventPlace(clues: EventPlaceClues, issue: IssuePlaceContext): string | null {
  let zone: string | null = null;
  let province: string | null = null;
  for (const titles of clues.titles) {
    let local: FoundPlace | null = null;
    for (const title of titles) {
      const found = placeOfTitle(title);
      if (found?.level === 'local') local = found;
      else if (found?.level === 'zone') zone ??= found.place;
      else if (found?.level === 'province') province ??= found.place;
    }
    if (local) {
      const visited = isCityLevel(local) ? districtVisited(clues) : null;
      return issue.places.resolve(visited?.place ?? local.place);
    }
  }
  for (const places of clues.paragraphs) {
    const local = places.find((place) => place.level === 'local');
    if (local) return issue.places.resolve(local.place);
    zone ??= places.find((place) => place.level === 'zone')?.place ?? null;
  }
  if (zone) return zone;
  if (clues.sectionPlace && issue.places.has(clues.sectionPlace)) return clues.sectionPlace;
  return issue.home ?? province ?? issue.documentPlace();
}

function isCityLevel(place: FoundPlace): boolean {
  return place.suffix !== null && vocabulary.cityLevelSuffixes.has(place.suffix);
}

/** A district or county the first sentence goes to or places the event in ("调研吴江区", "在吴江区"). */
function districtVisited(clues: EventPlaceClues): FoundPlace | null {
  const opening = clues.paragraphs[0] ?? [];
  return (
    opening.find(
      (place) =>
        place.level === 'local' &&
        place.destination &&
        place.index < clues.firstSentenceEnd &&
        place.suffix !== null &&
        vocabulary.countyLevelSuffixes.has(place.suffix),
    ) ?? null
  );
}
