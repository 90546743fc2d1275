// Highlights in `npm run bench`: (1) re-anchoring 10,000 highlights after seeded edits, the
// app's reanchor() (as replaceIssueText runs it: with one diff of the old and new text per
// issue; and, for comparison, by its selectors alone) beside the approx-string-match peer (the matcher of the Hypothesis client,
// with its quote/prefix/suffix/position scoring) on the same edit set, each result judged
// against the span tracked through the edits; (2) seeding 1,000 highlights on the sample issue
// so run.ts can time opening it.
import search from 'approx-string-match';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { createHighlight } from '../../../renderer/src/data/repositories/highlights';
import { CATEGORY_IDS } from '../../../renderer/src/data/repositories/highlight-categories';
import { describeSpan, diffTexts, issueTextOf, reanchor, type AnchorTarget } from '../../../renderer/src/domain/anchoring';
import { parseDigest } from '../../../renderer/src/domain/digest/parse-digest';
import {
  applyEdit,
  judge,
  mulberry32,
  pickSpans,
  seededEdits,
  trackSpan,
  type Span,
  type Verdict,
} from '../../unit/domain/anchoring/edit-fuzz';
import { syntheticLibrary } from '../synthetic-library';

interface Case {
  target: AnchorTarget;
  truth: Span | null;
}

/** One synthetic issue before and after its edits, with its highlights. */
interface IssueCases {
  oldText: string;
  text: string;
  cases: Case[];
}

/** The same edit set for both matchers: synthetic issues, ~20 highlights each, one edit per ~150 characters (half inside highlights). */
function buildCases(count: number, paragraphs: readonly string[]): IssueCases[] {
  const random = mulberry32(4242);
  const pool = paragraphs.join('');
  const issues: IssueCases[] = [];
  for (let index = 0, total = 0; total < count; index++) {
    const issue = syntheticLibrary(1, paragraphs, 9000 + index)[0]!;
    const text = issueTextOf(parseDigest(issue.text).blocks);
    const spans = pickSpans(text, Math.min(20, count - total), random);
    const edits = seededEdits(text, spans, Math.max(3, Math.round(text.length / 150)), pool, random);
    const changed = edits.reduce(applyEdit, text);
    const cases = spans.map((span) => ({
      target: describeSpan(text, span.start, span.end),
      truth: edits.reduce<Span | null>(trackSpan, span),
    }));
    issues.push({ oldText: text, text: changed, cases });
    total += cases.length;
  }
  return issues;
}

/** approx-string-match scored as the Hypothesis client's match-quote does: quote 50, prefix 20, suffix 20, position 2. */
function peerAnchor(target: AnchorTarget, text: string): { status: string; start: number; end: number } {
  const { exact, prefix, suffix } = target.quote;
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  const matches = search(text, exact, maxErrors);
  if (matches.length === 0) return { status: 'orphaned', start: 0, end: 0 };
  const similarity = (window: string, context: string) => {
    if (!context || !window) return 0;
    const found = search(window, context, context.length);
    return found.length === 0 ? 0 : 1 - Math.min(...found.map((match) => match.errors)) / context.length;
  };
  let best = matches[0]!;
  let bestScore = -1;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / exact.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(match.end, match.end + suffix.length), suffix) : 1;
    const positionScore = 1 - Math.abs(match.start - target.position.start) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (score > bestScore) {
      bestScore = score;
      best = match;
    }
  }
  return { status: 'placed', start: best.start, end: best.end };
}

type Counts = Record<Verdict, number>;
type Result = { status: string; start: number; end: number };
/** Re-anchors all highlights of one issue whose text went from `oldText` to `text`. */
type IssueAnchor = (targets: readonly AnchorTarget[], text: string, oldText: string) => Result[];

/** The app as replaceIssueText runs it: one diff of the two versions per issue, then every highlight followed through it. */
const appWithOldText: IssueAnchor = (targets, text, oldText) => {
  const diff = diffTexts(oldText, text);
  return targets.map((target) => reanchor(target, text, diff));
};
/** The app's search by selectors alone, when the old text is not known. */
const appSelectorsOnly: IssueAnchor = (targets, text) => targets.map((target) => reanchor(target, text));
const peer: IssueAnchor = (targets, text) => targets.map((target) => peerAnchor(target, text));

function run(issues: readonly IssueCases[], anchor: IssueAnchor) {
  const results: Result[][] = [];
  const start = performance.now();
  for (const issue of issues)
    results.push(
      anchor(
        issue.cases.map((item) => item.target),
        issue.text,
        issue.oldText,
      ),
    );
  const ms = performance.now() - start;
  const counts: Counts = { exact: 0, 'boundary-off': 0, 'wrong place': 0, orphaned: 0 };
  // The first few wrong places, to show what went wrong: the old and the new text around them.
  const wrong: { quote: string; status: string; before: string; after: string }[] = [];
  results.forEach((issueResults, index) =>
    issueResults.forEach((result, at) => {
      const { target, truth } = issues[index]!.cases[at]!;
      const verdict = judge(result, truth);
      counts[verdict]++;
      const { oldText, text } = issues[index]!;
      const around = (source: string, from: number, to: number) =>
        `${source.slice(Math.max(0, from - 20), from)}[${source.slice(from, to)}]${source.slice(to, to + 20)}`;
      if (verdict === 'wrong place' && wrong.length < 5)
        wrong.push({
          quote: target.quote.exact,
          status: result.status,
          before: around(oldText, target.position.start, target.position.end),
          after: `${around(text, result.start, result.end)}; truth ${truth ? around(text, truth.start, truth.end) : 'deleted'}`,
        });
    }),
  );
  return { ms, counts, wrong };
}

export function reanchorBench(count: number, paragraphs: readonly string[]) {
  const issues = buildCases(count, paragraphs);
  const highlights = issues.reduce((sum, issue) => sum + issue.cases.length, 0);
  const gone = issues.reduce((sum, issue) => sum + issue.cases.filter((item) => item.truth === null).length, 0);
  // Warm up the JIT.
  run(issues.slice(0, 10), appWithOldText);
  run(issues.slice(0, 10), appSelectorsOnly);
  const app = run(issues, appWithOldText);
  const selectorsOnly = run(issues, appSelectorsOnly);
  return { highlights, textGone: gone, app, selectorsOnly, peer: run(issues, peer) };
}

/** Puts `count` highlights on the sample issue of the app's database (seeded by seedAppLibrary). */
export async function seedSampleHighlights(count: number, sampleId: string) {
  const db = new ReadoutDatabase();
  await db.open();
  const stored = await db.issueTexts.get(sampleId);
  if (!stored) throw new Error('the sample issue is not in the database');
  const text = issueTextOf(stored.blocks);
  const random = mulberry32(77);
  const spans = pickSpans(text, count, random);
  // Every table: a highlight's write also keeps the search index (its note) up to date.
  await db.transaction('rw', db.tables, async () => {
    for (const [index, span] of spans.entries())
      await createHighlight(db, { issueId: sampleId, issueText: text, ...span, categoryId: CATEGORY_IDS[index % CATEGORY_IDS.length]! });
  });
  const total = await db.highlights.where('issueId').equals(sampleId).count();
  db.close();
  return { highlights: total };
}
