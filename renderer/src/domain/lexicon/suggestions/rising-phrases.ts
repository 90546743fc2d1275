// Repeated 4–8 character phrases that rise: said in several of the recent issues and rarely, or
// never, before. Counted by issues (document frequency), not occurrences, so one issue that
// repeats a phrase ten times does not make a trend. Runs of Chinese characters only: a phrase
// never spans punctuation. To stay within memory on a large library, longer phrases are only
// counted when both their 4-character ends are already frequent (the a-priori pruning of
// frequent-itemset mining), and a phrase is dropped when a longer one holding it is said just as
// often (a closed-string test: 益多环保热电 is only ever a fragment of 益多环保热电厂).

export interface DatedText {
  issueId: string;
  /** ISO day, for the recent / baseline split. */
  day: string;
  text: string;
}

export interface RisingPhrase {
  phrase: string;
  /** Recent issues saying it, out of recentIssues; baseline issues saying it, out of baselineIssues. */
  recent: number;
  baseline: number;
  recentIssues: number;
  baselineIssues: number;
}

export interface RisingOptions {
  /** Share of the dated issues, the latest, that count as recent (at least minRecent of them). */
  recentShare?: number;
  /** Fewest recent issues a phrase must be in. */
  minRecent?: number;
  /** How many times more often (per issue) it must be said recently than before. */
  minRise?: number;
  limit?: number;
}

const MIN = 4;
const MAX = 8;
const hanRun = /\p{Script=Han}{4,}/gu;
/** Function characters a phrase does not start or end with (的 …, … 和). */
const edge = /^[的了和与及在是对把将为等并也又从向于以就都而且]|[的了和与及在是对把将为等并也又从向于以就都而且]$/;

interface Tally {
  /** Issues saying it. */
  issues: number;
  /** Times said, over those issues. */
  times: number;
}

/** Per n-gram of the given lengths that passes the filter: in how many texts, and how many times. */
function tallyGrams(texts: readonly string[], lengths: readonly number[], keep: (gram: string) => boolean): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const text of texts) {
    const local = new Map<string, number>();
    for (const run of text.match(hanRun) ?? []) {
      for (const length of lengths) {
        for (let start = 0; start + length <= run.length; start += 1) {
          const gram = run.slice(start, start + length);
          if (keep(gram)) local.set(gram, (local.get(gram) ?? 0) + 1);
        }
      }
    }
    for (const [gram, times] of local) {
      const tally = tallies.get(gram);
      if (tally) {
        tally.issues += 1;
        tally.times += times;
      } else tallies.set(gram, { issues: 1, times });
    }
  }
  return tallies;
}

export function risingPhrases(texts: readonly DatedText[], options: RisingOptions = {}): RisingPhrase[] {
  const minRecent = options.minRecent ?? 2;
  const minRise = options.minRise ?? 3;
  const ordered = [...texts].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const recentCount = Math.max(minRecent, Math.ceil(ordered.length * (options.recentShare ?? 0.25)));
  // A rise needs a before: with too few issues for a baseline there is nothing to compare.
  if (ordered.length <= recentCount) return [];
  const recent = ordered.slice(-recentCount).map((entry) => entry.text);
  const baseline = ordered.slice(0, -recentCount).map((entry) => entry.text);

  const fours = tallyGrams(recent, [MIN], () => true);
  const frequentFour = (gram: string) => (fours.get(gram)?.issues ?? 0) >= minRecent;
  // Lengths up to MAX + 1: the (MAX + 1)-grams are never suggested, only there to show that an
  // 8-character window belongs to a longer repeated stretch (a repeated clause, not a phrase).
  const longer = Array.from({ length: MAX + 1 - MIN }, (_, index) => MIN + 1 + index);
  const tallies = tallyGrams(recent, longer, (gram) => frequentFour(gram.slice(0, MIN)) && frequentFour(gram.slice(-MIN)));
  for (const [gram, tally] of fours) tallies.set(gram, tally);

  // How often the most said one-character-longer phrase holding each phrase is said.
  const extended = new Map<string, number>();
  for (const [gram, tally] of tallies) {
    if (gram.length === MIN) continue;
    for (const inner of [gram.slice(1), gram.slice(0, -1)]) extended.set(inner, Math.max(extended.get(inner) ?? 0, tally.times));
  }
  // A phrase is kept when no longer one holding it is said as often (益多环保热电 always comes as
  // 益多环保热电厂, so only the latter is kept).
  const candidates = new Map<string, number>();
  for (const [gram, tally] of tallies) {
    if (gram.length > MAX || tally.issues < minRecent || edge.test(gram)) continue;
    if ((extended.get(gram) ?? 0) >= tally.times) continue;
    candidates.set(gram, tally.issues);
  }
  const baselineCounts = tallyGrams(baseline, [MIN, ...longer.slice(0, -1)], (gram) => candidates.has(gram));

  const rising: RisingPhrase[] = [];
  for (const [phrase, count] of candidates) {
    const before = baselineCounts.get(phrase)?.issues ?? 0;
    // Half an issue for a phrase never said before, so that "new" is a large finite rise.
    if (count / recent.length < (minRise * Math.max(before, 0.5)) / baseline.length) continue;
    rising.push({ phrase, recent: count, baseline: before, recentIssues: recent.length, baselineIssues: baseline.length });
  }
  return rising
    .sort((a, b) => b.recent - a.recent || b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1))
    .slice(0, options.limit ?? 30);
}
