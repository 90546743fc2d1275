// Joins the lines of a hard-wrapped paragraph (text copied out of a PDF, or saved from an editor
// that breaks lines at a fixed width) back into one line, before the parser reads the text.
//
// The evidence must be clear, so that real paragraphs are never merged:
//   - the text is wrapped (see wrap-width.ts): most of its longer lines have nearly the same width;
//   - line A fills the width (it was broken because the line was full), does not end a sentence
//     (。！？…” …) and is not a heading, and the next line B does not start something new: a
//     numbered item, a picture, a caption, a credit, meta, chrome, an entry opening with its date
//     ("3月6日，…", unless A stops inside a clause), a more deeply indented line (a short B after
//     a full unfinished A is the end of A's paragraph, not a heading: a heading follows a finished
//     sentence);
//   - when the text marks its paragraphs by indenting their first lines, that decides instead:
//     an indented B starts a paragraph, an unindented B after a full line continues it (even if
//     the line happened to break right after a full stop).
// The first line of the text (the usual place of a title) is joined only when it reads as prose.
// A line of closing punctuation alone ("。") is the tail of the line before.

import { describeLine, type LineFacts } from './line-facts';
import type { SourceLine } from './text-lines';
import { findWrap } from './wrap-width';

export interface JoinedLines {
  lines: SourceLine[];
  facts: LineFacts[];
}

/** In a text that indents its paragraphs, at least this share of continuation lines are not indented. */
const MIN_UNINDENTED_CONTINUATIONS = 2 / 3;
// An entry or paragraph that opens with its date: "3月6日，", "2024年3月6日上午，".
const DATE_OPENING = /^(?:\d{4} ?年 ?)?\d{1,2} ?月 ?\d{1,2} ?日(?:上午|下午|晚上|晚|早上|中午)?[, ]/;
// Clause punctuation: the first line of a text with it is running prose, not a headline.
const CLAUSE_PUNCTUATION = /[,;、]/;
// A line ending inside a clause: a digit, a comma, an opening bracket or quote.
const OPEN_CLAUSE_END = /[\d,;:、“‘(《〈【]$/;
// A line of closing punctuation only: "。", "”。", "）".
const CLOSING_ONLY = /^[。,;:!?、”’)》〉】」』…]{1,3}$/;

export function joinWrappedLines(lines: readonly SourceLine[], facts: readonly LineFacts[]): JoinedLines {
  const unchanged = { lines: [...lines], facts: [...facts] };
  // Most texts put blank lines between paragraphs: nothing to join, and nothing more to compute.
  if (!facts.some((fact, index) => !fact.blank && facts[index + 1]?.blank === false)) return unchanged;
  const joinable = facts.map(isJoinable);
  if (!joinable.some((can, index) => can && joinable[index + 1] === true)) return unchanged;
  const wrap = findWrap(lines, facts, joinable);
  if (wrap === null) return unchanged;

  const firstText = joinable.indexOf(true);
  const isFull = (index: number) => (wrap.sizes[index] ?? 0) >= wrap.fullSize;
  // a line that clearly carries on the line before: not a heading, a numbered item or a dated opening
  const mayContinue = (index: number) => joinable[index] === true && continues(lines[index], facts[index]);
  const indentMarksParagraphs = marksParagraphsByIndent(lines, facts, joinable, isFull, mayContinue);
  const joinsNext = (index: number): boolean => {
    const line = lines[index];
    const next = lines[index + 1];
    const fact = facts[index];
    const nextFact = facts[index + 1];
    if (!line || !next || !fact || !nextFact || !joinable[index] || !isFull(index)) return false;
    // a full stop or a closing quote pushed onto a line of its own belongs to the line before
    if (CLOSING_ONLY.test(next.norm)) return true;
    if (!joinable[index + 1] || (index === firstText && !CLAUSE_PUNCTUATION.test(line.norm))) return false;
    // "…于2024年1\n2月18日" or "会议指出，\n3月6日…": a date after an open clause carries it on
    if (nextFact.headingMark !== null || (DATE_OPENING.test(next.norm) && !OPEN_CLAUSE_END.test(line.norm))) return false;
    // a numbered heading may fill a line too ("一、…" of 30 characters): it stays a line of its own
    const unfinished = !fact.endsSentence && !fact.headingShaped;
    // a short line after a full, unfinished one ends that paragraph; after a finished one it is a heading
    if (nextFact.headingShaped && !unfinished) return false;
    if (indentMarksParagraphs) return next.indent === 0;
    return unfinished && next.indent <= line.indent;
  };

  const joinedLines: SourceLine[] = [];
  const joinedFacts: LineFacts[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    let line = lines[index] as SourceLine;
    let fact = facts[index] as LineFacts;
    if (joinsNext(index)) {
      const parts = [line];
      while (joinsNext(index)) {
        index += 1;
        parts.push(lines[index] as SourceLine);
      }
      line = joinParts(parts);
      fact = describeLine(line);
    }
    joinedLines.push(line);
    joinedFacts.push(fact);
  }
  return { lines: joinedLines, facts: joinedFacts };
}

function isJoinable(fact: LineFacts): boolean {
  return !fact.blank && !fact.chrome && !fact.image && !fact.credit && !fact.caption && fact.meta === null && fact.issueLabel === null;
}

function continues(line: SourceLine | undefined, fact: LineFacts | undefined): boolean {
  return line !== undefined && fact !== undefined && !fact.headingShaped && fact.headingMark === null && !DATE_OPENING.test(line.norm);
}

// Indents mark paragraphs when some lines are indented and the lines that clearly carry on a full,
// unfinished line are (nearly) all flush.
function marksParagraphsByIndent(
  lines: readonly SourceLine[],
  facts: readonly LineFacts[],
  joinable: readonly boolean[],
  isFull: (index: number) => boolean,
  mayContinue: (index: number) => boolean,
): boolean {
  let indented = 0;
  let flush = 0;
  let continuations = 0;
  let flushContinuations = 0;
  lines.forEach((line, index) => {
    if (!joinable[index]) return;
    if (line.indent > 0) indented += 1;
    else flush += 1;
    if (isFull(index) && facts[index]?.endsSentence !== true && mayContinue(index + 1)) {
      continuations += 1;
      if (lines[index + 1]?.indent === 0) flushContinuations += 1;
    }
  });
  return indented >= 2 && flush >= 2 && flushContinuations >= 2 && flushContinuations >= continuations * MIN_UNINDENTED_CONTINUATIONS;
}

// One line from several: Chinese text and numbers join without a space, Latin words with one.
function joinParts(parts: readonly SourceLine[]): SourceLine {
  const first = parts[0] as SourceLine;
  const texts = [first.text];
  const norms = [first.norm];
  for (let index = 1; index < parts.length; index += 1) {
    const before = parts[index - 1] as SourceLine;
    const part = parts[index] as SourceLine;
    // only the characters at the seam are looked at: the joined line may be long
    const space = isLatinLetter(before.norm.charAt(before.norm.length - 1)) && isLatinLetter(part.norm.charAt(0)) ? ' ' : '';
    texts.push(space + part.text);
    norms.push(space + part.norm);
  }
  return { no: first.no, text: texts.join(''), norm: norms.join(''), indent: first.indent };
}

function isLatinLetter(char: string): boolean {
  return (char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z');
}
