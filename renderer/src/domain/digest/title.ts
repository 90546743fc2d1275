// Picks an issue's title among the lines at the top of a page (those before the body starts).
// A page often shows a banner, a site name or a shop advert above the headline; the headline is
// the first candidate that holds a title cue ("书记", "召开", "一周" …), else the first candidate.

import { anyOf } from './regex-words';
import { SITE_NAME_ENDINGS, TITLE_CUES } from './title-words';

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

// A site name after a dash, bar or underscore ends the line: " – 多维新闻网", "_凤凰网青岛频道".
// The name is short and has no sentence punctuation; a dash inside the headline is kept.
const SITE_SUFFIX = new RegExp(`(?:\\s+[-–—|]\\s*|\\s*_)[^\\s,，。:：;；、]{0,14}${anyOf(SITE_NAME_ENDINGS)}$`, 'u');

/** The headline as written, without the site name a saved page appends to it. */
export function withoutSiteSuffix(title: string): string {
  const suffix = SITE_SUFFIX.exec(title);
  return suffix && suffix.index > 0 ? title.slice(0, suffix.index).trimEnd() : title;
}
