// The extractor's word lists, loaded once from words/vocabulary.json (data the analyst can extend)
// into the lookup structures the matchers use.
import raw from './words/vocabulary.json';
import type { EventType } from './types';

export interface Vocabulary {
  officeWords: readonly string[];
  nameFollowers: readonly string[];
  nameStopChars: ReadonlySet<string>;
  nameSoftChars: ReadonlySet<string>;
  nameOrganChars: ReadonlySet<string>;
  notNameWords: readonly string[];
  postposedTitles: readonly string[];
  organEndingChars: ReadonlySet<string>;
  titleCutWords: readonly string[];
  titleLeadIns: readonly string[];
  titleWordsNotLeadIns: readonly string[];
  titleSharingConjunctions: readonly string[];
  appositionLeadChars: ReadonlySet<string>;
  groupTitles: readonly string[];
  attendanceActs: readonly string[];
  groupTitleNotWords: readonly string[];
  addressTitles: readonly string[];
  addressLeadChars: ReadonlySet<string>;
  citedRelayWords: readonly string[];
  citedWorks: readonly string[];
  citedDelegation: readonly string[];
  surnames: ReadonlySet<string>;
  compoundSurnames: readonly string[];
  placeSuffixes: readonly string[];
  provinceSuffix: string;
  zoneWords: readonly string[];
  cityLevelSuffixes: ReadonlySet<string>;
  countyLevelSuffixes: ReadonlySet<string>;
  placeLeadIns: readonly string[];
  placeTopicVerbs: readonly string[];
  placeOrganWords: readonly string[];
  placeSuffixNotFollowedBy: ReadonlySet<string>;
  placeStemCharsNot: ReadonlySet<string>;
  placeStemInitialOnly: ReadonlySet<string>;
  placeNumerals: ReadonlySet<string>;
  placeCountWords: ReadonlySet<string>;
  areaWords: ReadonlySet<string>;
  ethnicGroups: readonly string[];
  venueWords: readonly string[];
  publisherWords: readonly string[];
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

export const vocabulary: Vocabulary = {
  officeWords: longestFirst(raw.officeWords),
  nameFollowers: longestFirst(raw.nameFollowers),
  nameStopChars: new Set(raw.nameStopChars),
  nameSoftChars: new Set(raw.nameSoftChars),
  nameOrganChars: new Set(raw.nameOrganChars),
  notNameWords: raw.notNameWords,
  postposedTitles: raw.postposedTitles,
  organEndingChars: new Set(raw.organEndingChars),
  titleCutWords: longestFirst(raw.titleCutWords),
  titleLeadIns: longestFirst(raw.titleLeadIns),
  titleWordsNotLeadIns: raw.titleWordsNotLeadIns,
  titleSharingConjunctions: longestFirst(raw.titleSharingConjunctions),
  appositionLeadChars: new Set(raw.appositionLeadChars),
  groupTitles: raw.groupTitles,
  attendanceActs: raw.attendanceActs,
  groupTitleNotWords: raw.groupTitleNotWords,
  addressTitles: raw.addressTitles,
  addressLeadChars: new Set(raw.addressLeadChars),
  citedRelayWords: raw.citedRelayWords,
  citedWorks: raw.citedWorks,
  citedDelegation: raw.citedDelegation,
  surnames: new Set(raw.surnames),
  compoundSurnames: raw.compoundSurnames,
  placeSuffixes: longestFirst(raw.placeSuffixes),
  provinceSuffix: raw.provinceSuffix,
  zoneWords: longestFirst(raw.zoneWords),
  cityLevelSuffixes: new Set(raw.cityLevelSuffixes),
  countyLevelSuffixes: new Set(raw.countyLevelSuffixes),
  placeLeadIns: longestFirst(raw.placeLeadIns),
  placeTopicVerbs: raw.placeTopicVerbs,
  placeOrganWords: longestFirst(raw.placeOrganWords),
  placeSuffixNotFollowedBy: new Set(raw.placeSuffixNotFollowedBy),
  placeStemCharsNot: new Set(raw.placeStemCharsNot),
  placeStemInitialOnly: new Set(raw.placeStemInitialOnly),
  placeNumerals: new Set(raw.placeNumerals),
  placeCountWords: new Set(raw.placeCountWords),
  areaWords: new Set(raw.areaWords),
  ethnicGroups: longestFirst(raw.ethnicGroups.split(' ')),
  venueWords: longestFirst(raw.venueWords),
  publisherWords: longestFirst(raw.publisherWords),
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
