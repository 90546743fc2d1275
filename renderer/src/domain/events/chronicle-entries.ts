// Where a chronicle's entries start. A day printed on a line of its own ("6日", "13日—14日")
// dates the entry on the next line; several dated entries run together on one line ("…。5日
// 区委书记…。同日 …") are split at each date that opens a sentence. Only used once the text has
// shown itself a chronicle, so that a report's "…。3月4日下午，…" stays one paragraph.
import { readOpeningDate, type DateContext, type OpeningDate } from './dates';

/** The date a line holds when it holds nothing else. */
export function isDateOnly(text: string, context: DateContext): OpeningDate | null {
  const compact = text.trim();
  if (compact === '' || compact.length > 16) return null;
  const opening = readOpeningDate(compact, context);
  if (!opening || opening.date === null) return null;
  return /^[\s,，:：、。]*$/.test(compact.slice(opening.length)) ? opening : null;
}

const sentenceEnd = /[。；;！!]\s*/g;
const entryMarker = /^[△▲☆★◆●■]/;

/** Start offsets of the entries in one line: 0, then each later sentence that opens with a date or an entry marker. */
export function entryStarts(text: string, context: DateContext): number[] {
  const starts = [0];
  for (const match of text.matchAll(sentenceEnd)) {
    const at = match.index + match[0].length;
    const rest = text.slice(at);
    if (rest.length < 8) continue;
    if (entryMarker.test(rest)) {
      starts.push(at);
      continue;
    }
    const opening = readOpeningDate(rest, context);
    // A date that is the subject of the sentence ("5日是…") or a bare year opens no entry.
    if (opening?.date && opening.length > 0 && !/^[是为的]/.test(rest.slice(opening.length).trimStart())) starts.push(at);
  }
  return starts;
}
