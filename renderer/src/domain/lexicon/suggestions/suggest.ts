// Candidate phrases for the lexicon, mined from the library's texts: quoted terms, number + term
// slogans and rising repeated phrases, each with how often it is said, in how many issues, and an
// example or two in context. Mining (mineCandidates) does not depend on the lexicon, so its result
// can be kept while the analyst adds phrases; suggestFrom then leaves out what the lexicon already
// matches, which is cheap.
import { compileLexicon } from '../matcher';
import type { LexiconEntry } from '../types';
import { findNumberSlogans } from './number-slogans';
import { findQuotedTerms, type FoundTerm } from './quoted-terms';
import { risingPhrases, type DatedText, type RisingOptions } from './rising-phrases';

export type SuggestionKind = 'slogan' | 'quoted' | 'rising';

export interface SuggestionExample {
  issueId: string;
  /** The sentence around one occurrence. */
  text: string;
}

export interface Suggestion {
  phrase: string;
  kind: SuggestionKind;
  /** Occurrences found (for a rising phrase: recent issues saying it). */
  count: number;
  issues: number;
  examples: SuggestionExample[];
}

const EXAMPLES = 2;
const CONTEXT = 24;
const sentenceEnd = /[。！？!?;；\n]/;

/** The sentence (at most CONTEXT characters each side) around [start, end). */
export function exampleAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CONTEXT && !sentenceEnd.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && to - end < CONTEXT && !sentenceEnd.test(text[to]!)) to += 1;
  if (to < text.length && /[。！？!?]/.test(text[to]!)) to += 1;
  return `${from > 0 && !sentenceEnd.test(text[from - 1]!) ? '…' : ''}${text.slice(from, to).trim()}${to < text.length && !sentenceEnd.test(text[to - 1]!) ? '…' : ''}`;
}

/** Gathers found terms per phrase over many texts, chunk by chunk (see add). */
export class CandidateTally {
  private readonly byPhrase = new Map<string, Suggestion & { issueIds: Set<string> }>();

  add(issueId: string, text: string): void {
    const record = (kind: SuggestionKind, found: FoundTerm[]) => {
      for (const term of found) {
        let entry = this.byPhrase.get(term.phrase);
        if (!entry)
          this.byPhrase.set(term.phrase, (entry = { phrase: term.phrase, kind, count: 0, issues: 0, examples: [], issueIds: new Set() }));
        entry.count += 1;
        if (!entry.issueIds.has(issueId)) {
          entry.issueIds.add(issueId);
          entry.issues += 1;
          if (entry.examples.length < EXAMPLES) entry.examples.push({ issueId, text: exampleAround(text, term.start, term.end) });
        }
      }
    };
    record('slogan', findNumberSlogans(text));
    record('quoted', findQuotedTerms(text));
  }

  candidates(): Suggestion[] {
    return [...this.byPhrase.values()].map(({ issueIds: _ignored, ...suggestion }) => suggestion);
  }
}

/** Rising phrases with their examples, from the latest issues' texts. */
export function risingCandidates(texts: readonly DatedText[], options?: RisingOptions): Suggestion[] {
  return risingPhrases(texts, options).map((rising) => {
    const examples: SuggestionExample[] = [];
    for (const entry of [...texts].sort((a, b) => (a.day < b.day ? 1 : -1))) {
      if (examples.length >= EXAMPLES) break;
      const at = entry.text.indexOf(rising.phrase);
      if (at >= 0) examples.push({ issueId: entry.issueId, text: exampleAround(entry.text, at, at + rising.phrase.length) });
    }
    return { phrase: rising.phrase, kind: 'rising' as const, count: rising.recent, issues: rising.recent, examples };
  });
}

/**
 * Mines texts given one at a time (so a caller can stream a large library through it, in a Worker
 * or in chunks): every text for quoted terms and slogans, those of `risingIds` (the latest issues)
 * kept for the rising phrases computed at the end.
 */
export class SuggestionMiner {
  private readonly tally = new CandidateTally();
  private readonly latest: DatedText[] = [];

  constructor(
    private readonly risingIds: ReadonlySet<string> | null = null,
    private readonly options?: RisingOptions,
  ) {}

  add(entry: DatedText): void {
    this.tally.add(entry.issueId, entry.text);
    if (!this.risingIds || this.risingIds.has(entry.issueId)) this.latest.push(entry);
  }

  finish(): Suggestion[] {
    return [...this.tally.candidates(), ...risingCandidates(this.latest, this.options)];
  }
}

export function mineCandidates(texts: readonly DatedText[], options?: RisingOptions): Suggestion[] {
  const miner = new SuggestionMiner(null, options);
  for (const entry of texts) miner.add(entry);
  return miner.finish();
}

const kindOrder: Record<SuggestionKind, number> = { slogan: 0, quoted: 1, rising: 2 };

/** The candidates the lexicon does not match yet: per kind, at most perKind, the most said first. */
export function suggestFrom(candidates: readonly Suggestion[], lexicon: readonly LexiconEntry[], perKind = 20): Suggestion[] {
  const matcher = compileLexicon(lexicon);
  const bareLexicon = [...matcher.entries.values()].map((entry) => entry.phrase.replace(/[“”"「」『』]/g, ''));
  const known = (phrase: string) => {
    const bare = phrase.replace(/[“”"「」『』]/g, '');
    return [phrase, bare].some((form) => matcher.match(form).some((match) => match.start === 0 && match.end === form.length));
  };
  const kept = candidates.filter((candidate) => {
    if (known(candidate.phrase)) return false;
    // A rising phrase holding a lexicon phrase (推动城市更新) or held in one is that phrase again.
    if (candidate.kind === 'rising')
      return matcher.match(candidate.phrase).length === 0 && !bareLexicon.some((phrase) => phrase.includes(candidate.phrase));
    return true;
  });
  const seen = new Set<string>();
  const taken: Record<SuggestionKind, number> = { slogan: 0, quoted: 0, rising: 0 };
  return kept
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || b.count - a.count || b.issues - a.issues || (a.phrase < b.phrase ? -1 : 1))
    .filter((candidate) => {
      const bare = candidate.phrase.replace(/[“”"「」『』]/g, '');
      if (seen.has(bare)) return false;
      seen.add(bare);
      taken[candidate.kind] += 1;
      return taken[candidate.kind] <= perKind;
    });
}
