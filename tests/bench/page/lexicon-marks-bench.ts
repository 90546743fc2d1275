// Lexicon marks in `npm run bench`: (1) marking one issue (the sample) with a 1,000-phrase
// lexicon — the reader's whole lexicon layer for an issue: one Aho–Corasick pass over the issue
// text, the matches cut to blocks (issue-marks.ts) — beside a baseline measured in the same run,
// one indexOf scan per phrase over the same text (what "one search per phrase" costs); (2) the
// markLexicon setting of the app's database, so run.ts can time opening the sample with the marks
// on and off.
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { writeSetting } from '../../../renderer/src/data/repositories/settings';
import { issueTextOf } from '../../../renderer/src/domain/anchoring';
import { parseDigest } from '../../../renderer/src/domain/digest/parse-digest';
import { compileLexicon } from '../../../renderer/src/domain/lexicon/matcher';
import { starterLexicon } from '../../../renderer/src/domain/lexicon/starter';
import { defaultCategory, type LexiconEntry } from '../../../renderer/src/domain/lexicon/types';
import { markIssue } from '../../../renderer/src/ui/features/lexicon-marks/issue-marks';
import { mulberry32 } from '../synthetic-library';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The starter lexicon and phrases of 4–8 Han characters drawn from the corpus, `size` in all. */
function lexiconOf(size: number, paragraphs: readonly string[]): LexiconEntry[] {
  const random = mulberry32(1313);
  const entries: LexiconEntry[] = [...starterLexicon()];
  const seen = new Set(entries.map((entry) => entry.phrase));
  const runs = paragraphs.flatMap((paragraph) => paragraph.match(/\p{Script=Han}{4,}/gu) ?? []);
  while (entries.length < size) {
    const run = runs[Math.floor(random() * runs.length)]!;
    const length = Math.min(run.length, 4 + Math.floor(random() * 5));
    const from = Math.floor(random() * (run.length - length + 1));
    const phrase = run.slice(from, from + length);
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    entries.push({ id: `bench-${entries.length}`, phrase, variants: [], category: defaultCategory, note: '', enabled: true });
  }
  return entries;
}

export function lexiconMarkBench(sampleText: string, paragraphs: readonly string[], size = 1000, rounds = 201) {
  const lexicon = lexiconOf(size, paragraphs);
  let start = performance.now();
  const matcher = compileLexicon(lexicon);
  const compileMs = performance.now() - start;
  const blocks = parseDigest(sampleText).blocks;
  const text = issueTextOf(blocks);
  // Warm up the JIT, then time the rounds.
  let marks = 0;
  for (let i = 0; i < 20; i++) marks = markIssue(matcher, blocks).blocks.reduce((sum, list) => sum + list.length, 0);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    start = performance.now();
    markIssue(matcher, blocks);
    times.push(performance.now() - start);
  }
  const phrases = lexicon.map((entry) => entry.phrase);
  const scan = () => {
    let found = 0;
    for (const phrase of phrases) for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) found++;
    return found;
  };
  for (let i = 0; i < 20; i++) scan();
  const scanTimes: number[] = [];
  let scanned = 0;
  for (let round = 0; round < rounds; round++) {
    start = performance.now();
    scanned = scan();
    scanTimes.push(performance.now() - start);
  }
  return {
    phrases: lexicon.length,
    characters: text.length,
    blocks: blocks.length,
    marks,
    scanned,
    compileMs,
    markMs: median(times),
    scanMs: median(scanTimes),
    rounds,
  };
}

/** Turns the reader's lexicon marks on or off in the app's own database. */
export async function setMarkLexicon(on: boolean) {
  const db = new ReadoutDatabase();
  await db.open();
  await writeSetting(db, 'markLexicon', on);
  db.close();
}
