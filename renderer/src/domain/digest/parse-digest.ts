// The plain-text digest parser: turns the text of an issue (as copied from a page, a forum post,
// a WeChat account, a PDF or a chronicle) into its title, series, period, publish time, source,
// sections and blocks. Pure and total: it never throws, whatever the input, and runs in time
// linear in the input.

import { findHeadings, type HeadingItem, type HeadingLevel } from './headings';
import { describeLine, type LineFacts } from './line-facts';
import { layOutPage, type LineRole } from './line-roles';
import { readSourceValue } from './meta-line';
import { findPeriod, type PeriodMatch } from './period';
import { findSeries, seriesOfMasthead } from './series';
import { withoutSiteSuffix } from './title';
import { splitGluedBody } from './glued-body';
import { joinTableCells } from './table-cells';
import { splitLines, type SourceLine } from './text-lines';
import type { Block, ParsedIssue, SectionHeading } from './types';
import { joinWrappedLines } from './wrapped-lines';

// Lines that count as blank around a heading: the page furniture between two lines does not join them.
const SEPARATING_ROLES: ReadonlySet<LineRole> = new Set(['blank', 'drop', 'meta', 'title', 'credit']);

export function parseDigest(text: string): ParsedIssue {
  // A table flattened one cell per line gets its rows back first: a row is one line of the page.
  // So does a meta line run into the first sentence: the sentence is a line of its own.
  const physicalLines = splitGluedBody(joinTableCells(splitLines(typeof text === 'string' ? text : '')));
  // A paragraph hard-wrapped over several lines becomes one line (numbered as its first).
  const { lines, facts } = joinWrappedLines(physicalLines, physicalLines.map(describeLine));
  const { roles, titleIndex, bodyStart, headingFloor } = layOutPage(lines, facts);
  keepMonthNumbers(lines, roles);
  dropHeadClutter(facts, roles, new Map(), 0, Math.min(headingFloor, bodyStart));
  const levels = findHeadings(headingItems(facts, roles));
  dropHeadClutter(facts, roles, levels, headingFloor, bodyStart);

  const titleLine = lines[titleIndex];
  const published = findPublished(facts, roles, bodyStart);
  const periodMatch = titleLine ? findPeriod(titleLine.norm, published) : null;
  const period = periodMatch?.period ?? periodOnItsOwnLine(lines, facts, bodyStart, published)?.period ?? null;
  const blocks = buildBlocks(lines, roles, levels);
  return {
    title: titleLine ? withoutSiteSuffix(titleLine.text) : '',
    series: titleLine ? (findSeries(titleLine, periodMatch, period !== null) ?? mastheadSeries(lines, facts, titleIndex)) : null,
    period,
    published,
    source: findSource(lines, facts, roles, bodyStart),
    sections: sectionsOf(blocks),
    blocks,
    imagePlaceholders: blocks.filter((block) => block.kind === 'image').length,
    credits: blocks.filter((block) => block.kind === 'credit').map((block) => block.text),
  };
}

// A chronicle may head each month with its bare number (" 1 ", "2 ") over entries that open with a
// day ("57  政协…", "10日 在…"). Alone, such a number reads as a page number and is dropped; over a
// day entry it is the month, and the entries below need it for their dates.
const MONTH_NUMBER = /^(?:[1-9]|1[0-2])$/;
const DAY_ENTRY = /^\d{1,2}(?:[ \u3000]{2,}|\u3000| ?日[ \u3000]?)\S/;

function keepMonthNumbers(lines: readonly SourceLine[], roles: LineRole[]): void {
  roles.forEach((role, index) => {
    if (role !== 'drop' || !MONTH_NUMBER.test(lines[index]?.norm ?? '')) return;
    let next = index + 1;
    while (roles[next] === 'blank') next += 1;
    const nextLine = lines[next];
    // the entry's text as written: its full-width space is a separator the normalised form has lost
    if (roles[next] === 'content' && nextLine && DAY_ENTRY.test(nextLine.text)) roles[index] = 'content';
  });
}

function headingItems(facts: readonly LineFacts[], roles: readonly LineRole[]): HeadingItem[] {
  const separates = (index: number) => {
    const role = roles[index];
    return role === undefined || SEPARATING_ROLES.has(role);
  };
  const items: HeadingItem[] = [];
  roles.forEach((role, index) => {
    const fact = facts[index];
    if ((role !== 'content' && role !== 'image') || !fact) return;
    items.push({
      index,
      headingShaped: fact.headingShaped,
      image: role === 'image',
      mark: fact.headingMark,
      gapBefore: separates(index - 1),
      gapAfter: separates(index + 1),
      endsSentence: fact.endsSentence,
    });
  });
  return items;
}

// "滨江区政务简报" above the headline (over "第12期"), when the title names no column.
function mastheadSeries(lines: readonly SourceLine[], facts: readonly LineFacts[], titleIndex: number): string | null {
  for (let index = 0; index < titleIndex; index += 1) {
    const line = lines[index];
    const name = line && facts[index]?.titleShaped ? seriesOfMasthead(line) : null;
    if (name) return name;
  }
  return null;
}

// "（2024年3月4日—3月10日）" on a line of its own in the head, when the title names no period.
function periodOnItsOwnLine(
  lines: readonly SourceLine[],
  facts: readonly LineFacts[],
  bodyStart: number,
  published: string | null,
): PeriodMatch | null {
  for (let index = 0; index < bodyStart; index += 1) {
    const line = lines[index];
    const match = line && facts[index]?.issueLabel === 'period' ? findPeriod(line.norm, published) : null;
    if (match) return match;
  }
  return null;
}

// In the head, short lines that are not headings are the page's clutter (forum profile fields,
// advert slots); longer ones (a subtitle) stay as paragraphs. Checks lines from `start` to `end`.
function dropHeadClutter(
  facts: readonly LineFacts[],
  roles: LineRole[],
  levels: ReadonlyMap<number, HeadingLevel>,
  start: number,
  end: number,
): void {
  for (let index = start; index < end; index += 1) {
    if (roles[index] === 'content' && facts[index]?.headingShaped && !levels.has(index)) roles[index] = 'drop';
  }
}

function buildBlocks(lines: readonly SourceLine[], roles: readonly LineRole[], levels: ReadonlyMap<number, HeadingLevel>): Block[] {
  // Paragraphs before the first heading are the introduction, when the issue has headings at all.
  const firstHeading = roles.findIndex((role, index) => role === 'content' && levels.get(index) === 'heading');
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const role = roles[index];
    if (role === 'image') blocks.push({ kind: 'image', text: '', line: line.no });
    else if (role === 'credit') blocks.push({ kind: 'credit', text: line.text, line: line.no });
    else if (role === 'content') {
      const level = levels.get(index);
      const kind = level ?? (firstHeading >= 0 && index < firstHeading ? 'intro' : 'paragraph');
      blocks.push({ kind, text: line.text, line: line.no });
    }
  });
  return blocks;
}

function sectionsOf(blocks: readonly Block[]): SectionHeading[] {
  const sections: SectionHeading[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push([block.text]);
    const last = sections[sections.length - 1];
    if (block.kind === 'subheading' && last) sections[sections.length - 1] = [last[0], block.text];
  }
  return sections;
}

// A labelled time at the top ("发布时间:…") wins over a bare one (a forum shows the poster's
// registration date bare), and either over a dated footer line ("发布日期：2019-03-06").
function findPublished(facts: readonly LineFacts[], roles: readonly LineRole[], bodyStart: number): string | null {
  const headMeta = facts.slice(0, bodyStart).flatMap((fact) => (fact.meta?.published ? [fact.meta] : []));
  const footMeta = facts.flatMap((fact, index) =>
    roles[index] === 'credit' && index >= bodyStart && fact.meta?.labelled ? [fact.meta] : [],
  );
  const chosen = headMeta.find((meta) => meta.labelled) ?? headMeta[0] ?? footMeta[0];
  return chosen?.published ?? null;
}

// The source named at the top; failing that, the one in the footer credits ("来源:无锡日报政务融媒").
function findSource(
  lines: readonly SourceLine[],
  facts: readonly LineFacts[],
  roles: readonly LineRole[],
  bodyStart: number,
): string | null {
  for (let index = 0; index < bodyStart; index += 1) {
    const source = facts[index]?.meta?.source;
    if (source) return source;
  }
  for (let index = bodyStart; index < lines.length; index += 1) {
    const line = lines[index];
    const source = roles[index] === 'credit' && line ? readSourceValue(line) : null;
    if (source) return source;
  }
  return null;
}
