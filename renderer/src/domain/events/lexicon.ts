// The extractor's word lists, loaded once from words/lexicon.json (data the analyst can extend)
// into the lookup structures the matchers use.
import raw from './words/lexicon.json';
import type { EventType } from './types';

export interface Lexicon {
  officeWords: readonly string[];
  nameFollowers: readonly string[];
  nameStopChars: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  compoundSurnames: readonly string[];
  placeSuffixes: readonly string[];
  provinceSuffix: string;
  zoneWords: readonly string[];
  notPlaceStems: readonly string[];
  timesOfDay: Readonly<Record<string, string>>;
  eventOpeners: readonly string[];
  undatedOpeners: readonly string[];
  sameDayWords: readonly string[];
  passiveReport: readonly string[];
  actionVerbs: readonly string[];
  typeOrder: readonly EventType[];
  typeWords: Readonly<Record<EventType, readonly string[]>>;
  traditionalMarkers: ReadonlySet<string>;
  placeStemLastCharsNot: ReadonlySet<string>;
}

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

export const lexicon: Lexicon = {
  officeWords: longestFirst(raw.officeWords),
  nameFollowers: longestFirst(raw.nameFollowers),
  nameStopChars: new Set(raw.nameStopChars),
  surnames: new Set(raw.surnames),
  compoundSurnames: raw.compoundSurnames,
  placeSuffixes: longestFirst(raw.placeSuffixes),
  provinceSuffix: raw.provinceSuffix,
  zoneWords: longestFirst(raw.zoneWords),
  notPlaceStems: raw.notPlaceStems,
  timesOfDay: raw.timesOfDay,
  eventOpeners: raw.eventOpeners,
  undatedOpeners: raw.undatedOpeners,
  sameDayWords: raw.sameDayWords,
  passiveReport: raw.passiveReport,
  actionVerbs: longestFirst(raw.actionVerbs),
  typeOrder: raw.types.order as EventType[],
  typeWords: raw.types.words as Record<EventType, string[]>,
  traditionalMarkers: new Set(raw.traditionalMarkers),
  placeStemLastCharsNot: new Set(raw.placeStemLastCharsNot),
};
