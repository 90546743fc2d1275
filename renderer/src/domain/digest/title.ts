// Picks an issue's title among the lines at the top of a page (those before the body starts).
// A page often shows a banner, a site name or a shop advert above the headline; the headline is
// the first candidate that holds a title cue ("书记", "召开", "一周" …), else the first candidate.

import { TITLE_CUES } from './title-words';

export interface TitleCandidate {
  /** Index of the line in the line list. */
  index: number;
  norm: string;
}

/** The index of the title line among `candidates` (in reading order), or -1 when there is none. */
export function pickTitleIndex(candidates: readonly TitleCandidate[]): number {
  const cued = candidates.find((candidate) => TITLE_CUES.some((cue) => candidate.norm.includes(cue)));
  return (cued ?? candidates[0])?.index ?? -1;
}
