// Gives every line its role in the issue, from its facts and its place on the page:
//   head  (before the first prose line): site header, title, meta lines, bylines, clutter
//   body  (from the first prose line):   paragraphs, headings, image placeholders, stray chrome
//   foot  (credit lines at the very end): 来源, 图文资料, 责任编辑 …, with chrome in between;
//         below them a post may list older posts ("往期推荐" and headlines): dropped

import { navigationLines } from './breadcrumbs';
import { RELATED_LIST_MARKERS } from './chrome-patterns';
import type { LineFacts } from './line-facts';
import { pickTitleIndex } from './title';
import type { SourceLine } from './text-lines';

export type LineRole = 'blank' | 'drop' | 'title' | 'meta' | 'content' | 'image' | 'credit';

export interface PageLayout {
  roles: LineRole[];
  /** Index of the title line, or -1. */
  titleIndex: number;
  /** Index of the first body line: everything before it is the head. */
  bodyStart: number;
  /**
   * Index of the first line that may be a section heading: after the title and the head's meta
   * lines. Short lines above it, between headline and meta, are page clutter, not headings.
   */
  headingFloor: number;
}

/** Without any prose line, the head is looked for in this many first lines only. */
const HEAD_WINDOW = 30;

export function layOutPage(lines: readonly SourceLine[], facts: readonly LineFacts[]): PageLayout {
  const firstProse = facts.findIndex((fact) => fact.prose);
  const headLimit = firstProse >= 0 ? firstProse : Math.min(lines.length, HEAD_WINDOW);
  const titleIndex = pickTitleIndex(titleCandidates(lines, facts, headLimit));
  const bodyStart = firstProse >= 0 ? firstProse : headEndWithoutProse(facts, titleIndex, headLimit);
  const roles = facts.map((fact, index) => (index < bodyStart ? headRole(fact, index, titleIndex) : bodyRole(fact)));
  dropRelatedList(lines, facts, roles, bodyStart);
  markFootCredits(facts, roles, bodyStart);
  return {
    roles,
    titleIndex,
    bodyStart,
    headingFloor: headingFloor(roles, titleIndex, bodyStart),
  };
}

// Breadcrumbs and the column banners above them are passed over, unless nothing else is left.
function titleCandidates(lines: readonly SourceLine[], facts: readonly LineFacts[], headLimit: number) {
  const candidates = [];
  for (let index = 0; index < headLimit; index += 1) {
    const line = lines[index];
    if (line && facts[index]?.titleShaped && !isMasthead(facts, index)) candidates.push({ index, norm: line.norm });
  }
  const navigation = navigationLines(lines.slice(0, headLimit).map((line) => line.norm));
  const articleLines = candidates.filter((candidate) => !navigation.has(candidate.index));
  return articleLines.length > 0 ? articleLines : candidates;
}

// A bulletin's masthead ("滨江区政务简报") stands over its issue number ("第12期"); the headline comes after.
function isMasthead(facts: readonly LineFacts[], index: number): boolean {
  let next = index + 1;
  while (facts[next]?.blank) next += 1;
  return facts[next]?.issueLabel === 'number';
}

// With no prose to mark where the body starts, the head ends after the title and the meta lines near it.
function headEndWithoutProse(facts: readonly LineFacts[], titleIndex: number, headLimit: number): number {
  let end = titleIndex + 1;
  for (let index = 0; index < headLimit; index += 1) {
    if (facts[index]?.meta) end = Math.max(end, index + 1);
  }
  return end;
}

function headingFloor(roles: readonly LineRole[], titleIndex: number, bodyStart: number): number {
  let floor = titleIndex + 1;
  for (let index = 0; index < bodyStart; index += 1) {
    if (roles[index] === 'meta') floor = Math.max(floor, index + 1);
  }
  return floor;
}

function headRole(fact: LineFacts, index: number, titleIndex: number): LineRole {
  if (fact.blank) return 'blank';
  // a period or issue number on a line of its own under the title is meta too
  if (fact.meta || fact.issueLabel !== null) return 'meta';
  if (fact.chrome) return 'drop';
  if (fact.image) return 'image';
  // a byline at the top ("撰文丨董鑫", "记者:…") is a credit too
  if (fact.credit) return 'credit';
  if (index === titleIndex) return 'title';
  // above the title sit the site's banner, name and adverts
  return index < titleIndex ? 'drop' : 'content';
}

function bodyRole(fact: LineFacts): LineRole {
  if (fact.blank) return 'blank';
  if (fact.chrome) return 'drop';
  if (fact.image) return 'image';
  return 'content';
}

// Walks up from the last line over blanks, chrome and credit lines; the credit lines met are the footer.
function markFootCredits(facts: readonly LineFacts[], roles: LineRole[], bodyStart: number): void {
  for (let index = facts.length - 1; index >= bodyStart; index -= 1) {
    const fact = facts[index];
    if (!fact || fact.blank || fact.chrome || roles[index] === 'drop') continue;
    if (!fact.credit) return;
    roles[index] = 'credit';
  }
}

// Marker words may come dressed: "【往期推荐】", "▼ 推荐阅读 ▼", "往期回顾:".
const MARKER_DRESSING = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const MARKER_MAX_LENGTH = 16;

// "往期推荐" near the end, followed by headlines of older posts and no more prose: all of it goes.
function dropRelatedList(lines: readonly SourceLine[], facts: readonly LineFacts[], roles: LineRole[], bodyStart: number): void {
  for (let index = lines.length - 1; index >= bodyStart; index -= 1) {
    const fact = facts[index];
    // a finished sentence is the article's; the older posts' headlines end without a full stop
    if (fact?.prose && fact.endsSentence) return;
    const norm = lines[index]?.norm ?? '';
    if (roles[index] !== 'content' || norm.length > MARKER_MAX_LENGTH) continue;
    if (!RELATED_LIST_MARKERS.has(norm.replace(MARKER_DRESSING, ''))) continue;
    for (let dropped = index; dropped < lines.length; dropped += 1) if (roles[dropped] !== 'blank') roles[dropped] = 'drop';
    return;
  }
}
