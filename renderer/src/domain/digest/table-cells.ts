// A table copied out of a web page often arrives flattened, one cell per line, each cell closed by
// the column rule it was drawn with ("習近平 |", "8月22日至24日 |", "青海 |"). Read that way, a row
// of a leaders' trips table is three unrelated lines. This puts each row back on one line, its
// cells separated by " | ", so the reader shows rows and the event extractor reads them whole.
//
// The evidence must be clear: a run of at least MIN_CELLS such lines, and a header row found by its
// shape — the first n cells (n from 2 to MAX_COLUMNS, the smallest that divides the run into at
// least two rows) are short labels without digits ("政治局成員", "調研時間", "調研省份").

import { normalizeForMatch, type SourceLine } from './text-lines';

const CELL_LINE = /^([^|]+?)\s*\|$/;
const MIN_CELLS = 6;
const MAX_COLUMNS = 8;
const HEADER_CELL_MAX_LENGTH = 10;

/** The lines with every flattened table put back one row per line; other lines are kept as they are. */
export function joinTableCells(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((line) => line.text.endsWith('|'))) return [...lines];
  const joined: SourceLine[] = [];
  let index = 0;
  while (index < lines.length) {
    let end = index;
    while (end < lines.length && CELL_LINE.test(lines[end]!.text)) end += 1;
    const run = lines.slice(index, end);
    const columns = run.length >= MIN_CELLS ? columnCount(run.map(cellText)) : null;
    if (columns === null) {
      // the whole run stays as it is: a part of it is no table either
      joined.push(...(run.length > 0 ? run : [lines[index]!]));
      index = Math.max(end, index + 1);
      continue;
    }
    for (let row = 0; row < run.length; row += columns) joined.push(rowLine(run.slice(row, row + columns)));
    index = end;
  }
  return joined;
}

function cellText(line: SourceLine): string {
  return CELL_LINE.exec(line.text)?.[1] ?? line.text;
}

function columnCount(cells: readonly string[]): number | null {
  for (let columns = 2; columns <= MAX_COLUMNS && columns * 2 <= cells.length; columns += 1) {
    if (cells.length % columns !== 0) continue;
    const header = cells.slice(0, columns);
    if (header.every((cell) => cell.length <= HEADER_CELL_MAX_LENGTH && !/\d/.test(normalizeForMatch(cell)))) return columns;
  }
  return null;
}

function rowLine(cells: readonly SourceLine[]): SourceLine {
  const text = cells.map(cellText).join(' | ');
  return { no: cells[0]!.no, text, norm: normalizeForMatch(text), indent: cells[0]!.indent };
}
