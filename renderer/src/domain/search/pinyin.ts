// Pinyin as a secondary way in: "xufeng" or "xf" finds 许峰, "csgx" finds 城市更新. A query of
// Latin letters is read as a chain of characters, each typed as its full syllable or its
// initial, where every adjacent pair of the chain is a bigram the library contains. The chains
// found are then searched as ordinary terms, so a pinyin result is always verified text.
import { pinyin } from 'pinyin-pro';
import { isPinyinQuery } from './pinyin-query';

export { isPinyinQuery };

const readingCache = new Map<string, string[]>();

/** A character's readings without tones (polyphones give several). */
export function readingsOf(char: string): string[] {
  let readings = readingCache.get(char);
  if (!readings) {
    readings = [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }))].filter((r) => /^[a-z]+$/.test(r));
    readingCache.set(char, readings);
  }
  return readings;
}

const isIdeograph = (char: string) => /^[\u3400-\u9fff]$/.test(char);

/** How many letters of `query` at `position` a character's reading can consume: full syllables and initials. */
function steps(char: string, query: string, position: number): [length: number, full: boolean][] {
  const out = new Map<number, boolean>();
  for (const reading of readingsOf(char)) {
    if (query.startsWith(reading, position)) out.set(reading.length, true);
    const initial = /^(zh|ch|sh)/.test(reading) ? reading.slice(0, 2) : reading.slice(0, 1);
    if (query.startsWith(initial, position) && !out.has(initial.length)) out.set(initial.length, false);
    if (initial.length === 2 && query[position] === reading[0] && !out.has(1)) out.set(1, false);
  }
  return [...out];
}

/**
 * The Chinese strings a pinyin query may stand for, from the bigrams the library holds
 * (`bigrams`: two-ideograph tokens). Longest-syllable readings first; bounded by `limit`.
 *
 * Initials alone ("zsyz") fit hundreds of chains of real bigrams in a library of some size
 * (长参与调, 长三要政 … 招商引资), and nothing here tells a phrase from a chance chain: every
 * candidate is searched as exact text afterwards, which drops the chains no document contains.
 * So the limit must be generous: a cut at a few dozen once dropped 招商引资 for the wrong chains.
 */
export function pinyinExpansions(rawQuery: string, bigrams: Iterable<string>, limit = 400): string[] {
  const query = rawQuery.toLowerCase();
  if (!isPinyinQuery(query)) return [];
  const next = new Map<string, string[]>();
  for (const bigram of bigrams) {
    const [a, b] = [bigram[0]!, bigram[1]!];
    if (bigram.length !== 2 || !isIdeograph(a) || !isIdeograph(b)) continue;
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  }
  const found: { text: string; syllables: number }[] = [];
  let budget = 400_000;
  const walk = (position: number, chain: string, syllables: number) => {
    if (found.length >= limit * 4 || budget-- <= 0) return;
    if (position === query.length) {
      if (chain.length >= 2) found.push({ text: chain, syllables });
      return;
    }
    const last = chain[chain.length - 1]!;
    for (const char of next.get(last) ?? []) {
      for (const [length, full] of steps(char, query, position)) walk(position + length, chain + char, syllables + (full ? 1 : 0));
    }
  };
  for (const first of next.keys()) {
    for (const [length, full] of steps(first, query, 0)) walk(length, first, full ? 1 : 0);
  }
  found.sort((a, b) => b.syllables - a.syllables || a.text.length - b.text.length);
  return [...new Set(found.map((entry) => entry.text))].slice(0, limit);
}
