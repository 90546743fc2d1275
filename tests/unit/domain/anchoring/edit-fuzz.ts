// Seeded edits over real text with the true new place of every span tracked character by
// character, so a re-anchoring result can be judged: exact, boundary-off, wrong place or
// orphaned. Shared by the fuzz unit test and `npm run bench` (tests/bench), which runs the
// app's re-anchoring and the approx-string-match peer on the same edit set.
import { mulberry32 } from '../../../seeded-random';

export { mulberry32 };

export interface Span {
  start: number;
  end: number;
}

export interface Edit {
  at: number;
  deleteCount: number;
  insert: string;
}

const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/**
 * Where a span is after an edit, or null when none of its characters survive. A pure insertion
 * at either boundary stays outside the span; a deletion or replacement that takes characters of
 * the span keeps the survivors, and its inserted text joins the span.
 */
export function trackSpan(span: Span | null, edit: Edit): Span | null {
  if (!span) return null;
  const { start, end } = span;
  const editEnd = edit.at + edit.deleteCount;
  const delta = edit.insert.length - edit.deleteCount;
  if (edit.deleteCount === 0) {
    if (edit.at <= start) return { start: start + delta, end: end + delta };
    if (edit.at >= end) return span;
    return { start, end: end + delta };
  }
  if (editEnd <= start) return { start: start + delta, end: end + delta };
  if (edit.at >= end) return span;
  if (edit.at <= start && editEnd >= end) return null;
  return { start: Math.min(start, edit.at), end: Math.max(end, editEnd) + delta };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.deleteCount);
}

/** Spans to highlight in a text: random passages, phrases that recur in the text, and a few across paragraphs. */
export function pickSpans(text: string, count: number, random: () => number): Span[] {
  const spans: Span[] = [];
  let attempts = 0;
  while (spans.length < count && attempts++ < count * 20) {
    const kind = random();
    let start: number;
    let length: number;
    if (kind < 0.3) {
      // A short phrase that also occurs elsewhere in the text: the case where a wrong place tempts.
      start = int(random, 0, text.length - 5);
      length = int(random, 2, 4);
      const phrase = text.slice(start, start + length);
      if (phrase.includes('\n') || text.indexOf(phrase) === text.lastIndexOf(phrase)) continue;
    } else if (kind < 0.9) {
      start = int(random, 0, text.length - 3);
      length = int(random, 3, 40);
    } else {
      start = int(random, 0, text.length - 3);
      length = int(random, 40, 160);
    }
    const end = Math.min(text.length, start + length);
    if (end - start < 2 || !text.slice(start, end).trim()) continue;
    spans.push({ start, end });
  }
  return spans;
}

function randomSnippet(pool: string, random: () => number, length: number): string {
  const at = int(random, 0, Math.max(0, pool.length - length));
  return pool.slice(at, at + length).replace(/\n/g, '，') || '新';
}

/** One random insertion, deletion or replacement at `at`, deleting at most `room` characters. */
function editAt(at: number, room: number, pool: string, random: () => number): Edit {
  const kind = random();
  const deleteCount = kind < 1 / 3 ? 0 : Math.min(room, int(random, 1, 6));
  const insert = kind >= 1 / 3 && kind < 2 / 3 ? '' : randomSnippet(pool, random, int(random, 1, 6));
  return { at, deleteCount, insert: deleteCount === 0 && !insert ? '新' : insert };
}

/**
 * `count` seeded edits: half strictly inside one of the (tracked) spans, half near a span's
 * boundary or anywhere in the text. Returns the edits in the order they apply.
 */
export function seededEdits(text: string, spans: readonly Span[], count: number, pool: string, random: () => number): Edit[] {
  const edits: Edit[] = [];
  let current = text;
  let tracked: (Span | null)[] = [...spans];
  for (let n = 0; n < count; n++) {
    const alive = tracked.filter((span): span is Span => span !== null && span.end - span.start >= 3);
    let edit: Edit;
    if (n % 2 === 0 && alive.length > 0) {
      const span = alive[int(random, 0, alive.length - 1)]!;
      const at = int(random, span.start + 1, span.end - 2);
      edit = editAt(at, span.end - 1 - at, pool, random);
    } else if (random() < 0.5 && alive.length > 0) {
      const span = alive[int(random, 0, alive.length - 1)]!;
      const boundary = random() < 0.5 ? span.start : span.end;
      const at = Math.max(0, Math.min(current.length, boundary + int(random, -12, 12)));
      edit = editAt(at, current.length - at, pool, random);
    } else {
      const at = int(random, 0, current.length);
      edit = editAt(at, current.length - at, pool, random);
    }
    current = applyEdit(current, edit);
    tracked = tracked.map((span) => trackSpan(span, edit));
    edits.push(edit);
  }
  return edits;
}

export type Verdict = 'exact' | 'boundary-off' | 'wrong place' | 'orphaned';

/** Judges a result against the tracked truth; a span whose text is gone is rightly orphaned. */
export function judge(result: { status: string; start: number; end: number }, truth: Span | null): Verdict {
  if (result.status === 'orphaned') return 'orphaned';
  if (!truth) return 'wrong place';
  if (result.start === truth.start && result.end === truth.end) return 'exact';
  if (result.start < truth.end && truth.start < result.end) return 'boundary-off';
  return 'wrong place';
}
