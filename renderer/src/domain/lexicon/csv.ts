// A small RFC 4180 CSV reader for lexicon files: comma-separated, fields quoted with " where they
// hold a comma, a quote ("" inside) or a line break, CRLF, LF or CR line ends, a UTF-8 BOM
// dropped. Each record keeps the line it starts on, so a refusal can name the row a spreadsheet
// shows. Written here rather than taken from papaparse: the lexicon needs only this much, and a
// quote left open must be refused (papaparse reports it and reads on), with the line it opened on.

export interface CsvRecord {
  /** The 1-based line of the file the record starts on. */
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; code: 'badQuote' };

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  /** Whether the current record has anything in it yet (a blank line is no record). */
  let started = false;

  const endRecord = () => {
    cells.push(cell);
    if (started) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    started = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
      if (!started) recordLine = line;
      started = true;
    } else if (char === ',') {
      if (!started) recordLine = line;
      started = true;
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else {
      if (!started) recordLine = line;
      started = true;
      cell += char;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, code: 'badQuote' };
  endRecord();
  return { ok: true, records };
}
