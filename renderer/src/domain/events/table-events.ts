// Events read from a table of officials' trips or activities, one row each (the parser puts a
// table flattened one cell per line back as rows: "習近平 | 8月22日至24日 | 青海"). A row names no
// title and writes no sentence, so the paragraph rules find nothing in it; its header says what each
// column holds ("政治局成員 | 調研時間 | 調研省份"): a person, a time, a place, and the kind of event
// (调研 → inspection). A place cell may list several trips, each dated in brackets
// ("寧夏(9月4日至6日) 吉林(9月10日)"): each is an event of its own. Pure.
import type { Block } from '../digest/types';
import { typeOf } from './classify';
import { readOpeningDate, sameEventDate, withoutPublishTime, type DateContext } from './dates';
import type { Gazetteer } from './gazetteer/gazetteer';
import { normaliseText } from './normalise';
import { surnameLength } from './person-names';
import type { EventDate, ProposedEvent } from './types';

type ColumnRole = 'person' | 'time' | 'place';

const CELL_SEPARATOR = ' | ';
// Tested on the header's simplified text, in this order: "调研时间" is a time, "调研省份" a place.
const COLUMN_WORDS: readonly [ColumnRole, RegExp][] = [
  ['time', /时间|日期/],
  ['place', /省份|地点|地区|城市|省市|区县|去向|地方|目的地/],
  ['person', /成员|姓名|领导|人员|官员|人物|书记|省长|市长|区长|县长|委员|常委|同志/],
];
const PERSON_NAME = /^\p{Script=Han}{2,4}$/u;
// A trip in a place cell: the place, then its dates in brackets.
const DATED_TRIP = /([^()\s]+?)\s*\(([^)]+)\)/g;

export interface TableRowContext {
  traditional: boolean;
  dates: DateContext;
  gazetteer: Gazetteer | null;
}

interface Columns {
  person: number;
  time: number | null;
  place: number | null;
  type: ProposedEvent['type'];
}

/** Splits a row block's text into its cells, or null when the block is no table row. */
export function tableCells(text: string): string[] | null {
  if (!text.includes(CELL_SEPARATOR)) return null;
  const cells = text.split(CELL_SEPARATOR).map((cell) => cell.trim());
  return cells.length >= 2 && cells.every((cell) => cell.length > 0) ? cells : null;
}

/**
 * The events of the table rows among `blocks`: for each run of rows with as many cells as the run's
 * first row (its header), when that header names a person column and a time or a place column.
 */
export function tableEvents(blocks: readonly Block[], context: TableRowContext): { events: ProposedEvent[]; rows: Set<number> } {
  const events: ProposedEvent[] = [];
  /** The blocks of the tables read (headers too): the paragraph rules leave them alone. */
  const rows = new Set<number>();
  let columns: Columns | null = null;
  let width = 0;
  blocks.forEach((block, blockIndex) => {
    const cells = block.kind === 'paragraph' || block.kind === 'intro' ? tableCells(block.text) : null;
    if (!cells) {
      columns = null;
      width = 0;
      return;
    }
    if (cells.length !== width) {
      width = cells.length;
      columns = readHeader(cells, context.traditional);
      if (columns) rows.add(blockIndex);
      return;
    }
    if (!columns) return;
    rows.add(blockIndex);
    events.push(...rowEvents(cells, columns, block, blockIndex, context));
  });
  return { events, rows };
}

function readHeader(cells: readonly string[], traditional: boolean): Columns | null {
  const simplified = cells.map((cell) => normaliseText(cell, traditional).text);
  if (simplified.some((cell) => /\d/.test(cell))) return null;
  const find = (role: ColumnRole) => {
    const index = simplified.findIndex((cell) => COLUMN_WORDS.find(([, words]) => words.test(cell))?.[0] === role);
    return index >= 0 ? index : null;
  };
  const person = find('person');
  const time = find('time');
  const place = find('place');
  if (person === null || (time === null && place === null)) return null;
  return { person, time, place, type: typeOf(simplified.join(',')) ?? 'activity' };
}

function rowEvents(
  cells: readonly string[],
  columns: Columns,
  block: Block,
  blockIndex: number,
  context: TableRowContext,
): ProposedEvent[] {
  const name = cells[columns.person]!;
  const simplifiedName = normaliseText(name, context.traditional).text;
  if (!PERSON_NAME.test(simplifiedName) || surnameLength(simplifiedName, 0) === 0) return [];
  const event = (dateCell: string | null, place: string | null, summary: string): ProposedEvent => {
    const date = dateCell === null ? null : dateOf(dateCell, context.dates, context.traditional);
    const dateWithoutPublishTime = dateCell === null ? null : dateOf(dateCell, withoutPublishTime(context.dates), context.traditional);
    return {
      blockIndex,
      blockIndexes: [blockIndex],
      line: block.line,
      date,
      timeOfDay: null,
      officials: [{ name, titles: [] }],
      place,
      type: columns.type,
      summary,
      // The header names the type and the row the place; a year the cell leaves out comes from the publish time.
      uncertain: date !== null && !sameEventDate(date, dateWithoutPublishTime) ? ['date'] : [],
    };
  };
  const placeCell = columns.place === null ? null : cells[columns.place]!;
  const trips = placeCell ? [...normaliseText(placeCell, false).text.matchAll(DATED_TRIP)] : [];
  if (trips.length > 0) {
    return trips.map((trip) => event(trip[2]!, singlePlace(trip[1]!, context), `${name} ${trip[0]}`));
  }
  const timeCell = columns.time === null ? null : cells[columns.time]!;
  return [event(timeCell, placeCell ? singlePlace(placeCell, context) : null, cells.join(' '))];
}

/** The whole cell as a date ("8月22日至24日"), or null ("兩次調研", "8月底"). */
function dateOf(cell: string, dates: DateContext, traditional: boolean): EventDate {
  const text = normaliseText(cell, traditional).text.trim();
  const read = readOpeningDate(text, dates);
  return read && read.length >= text.length ? read.date : null;
}

/** The cell when it names one division of the gazetteer ("黑龍江"); null for two ("浙江江蘇", "寧夏、陜西"). */
function singlePlace(cell: string, context: TableRowContext): string | null {
  const simplified = normaliseText(cell, context.traditional).text.trim();
  return context.gazetteer?.has(simplified) ? cell.trim() : null;
}
