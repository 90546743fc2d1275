// The lexicon as a file a team can share, and back: JSON (lexiconFileSchema, version 1: the
// entries as entryFileSchema has them) and CSV for a spreadsheet. The CSV has the header row
//   phrase,variants,category,colour,note,enabled
// (columns in any order, names in any case; only phrase is required), variants separated by "|"
// (a phrase has no such character, and "|" is not a separator in Chinese text), enabled as
// true/false (yes/no, 1/0, 是/否 and an empty cell, which means on, are read too). It is written
// as UTF-8 with a BOM and CRLF, so that Excel opens the Chinese as Chinese. A cell that would read
// as a formula is written with a leading apostrophe (domain/export/csv.ts), which reading drops.
//
// Reading is all or nothing: the first row that is wrong refuses the file, naming the row (the
// line of the CSV, the 1-based entry of the JSON) and the reason, and nothing is imported.
import { csvField } from '../export/csv';
import { foldText } from '../search/fold';
import { parseCsv } from './csv';
import { cleanDraft, checkDraft, type DraftProblem, type EntryDraft } from './entry-draft';
import { foldedSpellings } from './overlap';
import { entryFileSchema, lexiconFileSchema, type EntryFile } from './schema';
import { defaultCategory, type LexiconCategory, type LexiconEntry } from './types';

export const CSV_COLUMNS = ['phrase', 'variants', 'category', 'colour', 'note', 'enabled'] as const;
export const VARIANT_SEPARATOR = '|';
/** More entries than any lexicon an analyst keeps; a bigger file is some other file. */
export const MAX_FILE_ENTRIES = 10_000;

export type LexiconFileFormat = 'json' | 'csv';

export type FileProblem =
  | { code: 'notUtf8' }
  | { code: 'notJson' }
  | { code: 'notLexicon'; detail: string }
  | { code: 'unknownType' }
  | { code: 'empty' }
  | { code: 'tooManyRows'; max: number }
  | { code: 'badQuote'; row: number }
  | { code: 'missingColumn'; column: string; row: number }
  | { code: 'badEnabled'; value: string; row: number }
  | { code: 'badField'; detail: string; row: number }
  | { code: 'duplicateInFile'; phrase: string; other: number; row: number }
  | { code: 'entry'; problem: DraftProblem; row: number };

/** One entry of a file, with the row it came from (for the refusals of a later check). */
export interface FileEntry {
  row: number;
  entry: EntryFile;
}

export type ReadResult = { ok: true; entries: FileEntry[] } | { ok: false; problem: FileProblem };

type Exported = Pick<LexiconEntry, 'phrase' | 'variants' | 'category' | 'note' | 'enabled'>;

function fileEntry(entry: Exported): EntryFile {
  return {
    phrase: entry.phrase,
    variants: [...entry.variants],
    category: { name: entry.category.name, colour: entry.category.colour },
    note: entry.note,
    enabled: entry.enabled,
  };
}

export function lexiconToJson(entries: readonly Exported[]): string {
  return `${JSON.stringify({ version: 1, entries: entries.map(fileEntry) }, null, 2)}\n`;
}

export function lexiconToCsv(entries: readonly Exported[]): string {
  const rows = entries.map((entry) => [
    entry.phrase,
    entry.variants.join(VARIANT_SEPARATOR),
    entry.category.name,
    entry.category.colour,
    entry.note,
    String(entry.enabled),
  ]);
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The format of a file, by its extension, else by its first character. */
export function formatOf(name: string, text: string): LexiconFileFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '{') return 'json';
  return extension === undefined && first !== undefined ? 'csv' : null;
}

/**
 * Reads a lexicon file. `categories` are those in the lexicon now: a row that names one without a
 * colour takes its colour (else the default's), so a hand-made CSV needs no colour column.
 */
export function readLexiconFile(name: string, bytes: Uint8Array, categories: readonly LexiconCategory[] = []): ReadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'notUtf8' } };
  }
  const format = formatOf(name, text);
  if (!format) return { ok: false, problem: { code: 'unknownType' } };
  const colourOf = (category: string) => categories.find((known) => known.name === category)?.colour ?? defaultCategory.colour;
  const read = format === 'json' ? readJson(text) : readCsv(text, colourOf);
  return read.ok ? checkEntries(read.entries) : read;
}

function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  const file = lexiconFileSchema.safeParse(data);
  if (!file.success) {
    const issue = file.error.issues[0];
    return { ok: false, problem: { code: 'notLexicon', detail: `${issue?.path.join('.') || '/'}: ${issue?.message ?? ''}` } };
  }
  if (file.data.entries.length > MAX_FILE_ENTRIES) return { ok: false, problem: { code: 'tooManyRows', max: MAX_FILE_ENTRIES } };
  const entries: FileEntry[] = [];
  for (const [index, raw] of file.data.entries.entries()) {
    const row = index + 1;
    // The analyst's own mistakes first, with the reasons the editor gives; then the shape.
    if (raw && typeof raw === 'object') {
      const draft = raw as Partial<EntryDraft>;
      if (typeof draft.phrase === 'string') {
        const problem = checkDraft(
          cleanDraft({
            phrase: draft.phrase,
            variants: Array.isArray(draft.variants) ? draft.variants.filter((v): v is string => typeof v === 'string') : [],
            category: { name: String(draft.category?.name ?? ''), colour: String(draft.category?.colour ?? '') },
            note: typeof draft.note === 'string' ? draft.note : '',
            enabled: true,
          }),
          [],
        );
        if (problem) return { ok: false, problem: { code: 'entry', problem, row } };
      }
    }
    const parsed = entryFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, problem: { code: 'badField', detail: `${issue?.path.join('.') || '/'}: ${issue?.message ?? ''}`, row } };
    }
    entries.push({ row, entry: parsed.data });
  }
  return { ok: true, entries };
}

const enabledWords = new Map([
  ['', true],
  ['true', true],
  ['yes', true],
  ['y', true],
  ['1', true],
  ['on', true],
  ['是', true],
  ['启用', true],
  ['false', false],
  ['no', false],
  ['n', false],
  ['0', false],
  ['off', false],
  ['否', false],
  ['停用', false],
]);

/** A cell as written, without the apostrophe lexiconToCsv puts before what would read as a formula. */
function cellText(value: string | undefined): string {
  const cell = value ?? '';
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function readCsv(text: string, colourOf: (category: string) => string): ReadResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: { code: 'badQuote', row: parsed.line } };
  const records = parsed.records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const header = records.shift();
  if (!header) return { ok: false, problem: { code: 'empty' } };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const at = (name: (typeof CSV_COLUMNS)[number]) => columns.indexOf(name);
  if (at('phrase') < 0) return { ok: false, problem: { code: 'missingColumn', column: 'phrase', row: header.line } };
  if (records.length > MAX_FILE_ENTRIES) return { ok: false, problem: { code: 'tooManyRows', max: MAX_FILE_ENTRIES } };
  const entries: FileEntry[] = [];
  for (const { line, cells } of records) {
    const cell = (name: (typeof CSV_COLUMNS)[number]) => (at(name) < 0 ? '' : cellText(cells[at(name)]));
    const enabledCell = cell('enabled').trim();
    const enabled = enabledWords.get(enabledCell.toLowerCase());
    if (enabled === undefined) return { ok: false, problem: { code: 'badEnabled', value: enabledCell, row: line } };
    const category = cell('category').trim() || defaultCategory.name;
    const draft = cleanDraft({
      phrase: cell('phrase'),
      variants: cell('variants').split(VARIANT_SEPARATOR),
      category: { name: category, colour: cell('colour').trim() || colourOf(category) },
      note: cell('note'),
      enabled,
    });
    const problem = checkDraft(draft, []);
    if (problem) return { ok: false, problem: { code: 'entry', problem, row: line } };
    entries.push({ row: line, entry: { ...draft, variants: [...draft.variants] } });
  }
  return { ok: true, entries };
}

/** A file whose entries overlap one another (one phrase twice, or one's variant another's phrase) is refused. */
function checkEntries(entries: FileEntry[]): ReadResult {
  if (entries.length === 0) return { ok: false, problem: { code: 'empty' } };
  const rowOf = new Map<string, { row: number; phrase: string }>();
  for (const { row, entry } of entries) {
    const spellings = foldedSpellings({ ...entry, enabled: true });
    const clash = spellings.map((spelling) => rowOf.get(spelling)).find((seen) => seen !== undefined);
    if (clash) return { ok: false, problem: { code: 'duplicateInFile', phrase: clash.phrase, other: clash.row, row } };
    for (const spelling of spellings) rowOf.set(spelling, { row, phrase: entry.phrase });
  }
  return { ok: true, entries };
}

/** Whether two phrases are one after folding (an import updates the entry it folds to). */
export function samePhrase(a: string, b: string): boolean {
  return foldText(a.trim()) === foldText(b.trim());
}
