// Which entries' counts an edit can change. Matching takes the leftmost-longest occurrences and
// never lets two overlap, so adding 城市更新行动 takes occurrences from 城市更新, and deleting it gives
// them back. Two spellings can only meet in a text when one contains the other or one ends with
// what the other starts with; entries linked by such chains form a group whose counts depend on
// each other, and on nothing outside it. Re-counting an edited entry's group, and only it, keeps
// every count exactly what a full re-count would give, while an edit of a phrase that overlaps
// nothing (the usual case) re-counts that one entry.
import { foldText } from '../search/fold';
import type { LexiconEntry } from './types';
import { spellingsOf } from './variants';

/** The folded spellings an entry is matched under (none when it is off: it matches nothing). */
export function foldedSpellings(entry: Pick<LexiconEntry, 'phrase' | 'variants' | 'enabled'>): string[] {
  if (!entry.enabled) return [];
  return [...new Set(spellingsOf(entry.phrase, entry.variants).map(foldText))];
}

/** Whether occurrences of a and b could overlap somewhere in a text. */
export function spellingsCanOverlap(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const shorter = Math.min(a.length, b.length);
  for (let size = 1; size < shorter; size++) {
    if (a.endsWith(b.slice(0, size)) || b.endsWith(a.slice(0, size))) return true;
  }
  return false;
}

/**
 * The ids of the entries whose counts may change when `spellings` (an edited entry's spellings
 * before and after the edit) appear in or leave the lexicon: every entry linked to them by a chain
 * of overlapping spellings. `lexicon` is the lexicon after the edit.
 */
export function entriesAffectedBy(lexicon: readonly LexiconEntry[], spellings: readonly string[]): Set<string> {
  const pending = lexicon.map((entry) => ({ id: entry.id, spellings: foldedSpellings(entry) }));
  const affected = new Set<string>();
  let frontier = [...new Set(spellings.filter(Boolean))];
  while (frontier.length > 0) {
    const reached: string[] = [];
    for (const entry of pending) {
      if (affected.has(entry.id)) continue;
      if (entry.spellings.some((mine) => frontier.some((theirs) => spellingsCanOverlap(mine, theirs)))) {
        affected.add(entry.id);
        reached.push(...entry.spellings);
      }
    }
    frontier = reached;
  }
  return affected;
}
