// The headless `parse` command: `npm run --silent parse -- FILE...` prints each digest parsed, as
// pretty JSON on stdout (one file: an object; several: an array). A file that cannot be read or
// parsed is reported on stderr as "parse: <file>: <reason>"; the others are still printed, and
// the command then exits 1. Files are read as UTF-8 for now (an encoding detector comes later).

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDigest } from '../renderer/src/domain/digest/parse-digest';
import type { Block, ParsedIssue } from '../renderer/src/domain/digest/types';
import { extractEvents } from '../renderer/src/domain/events/extract-events';
import { prepareGazetteer } from '../renderer/src/domain/events/gazetteer/load-gazetteer';
import type { EventDate, Official, UncertainField } from '../renderer/src/domain/events/types';

interface ParsedFile {
  file: string;
  series: string | null;
  title: string;
  period: ParsedIssue['period'];
  published: string | null;
  source: string | null;
  sections: ParsedIssue['sections'];
  blocks: Block[];
  imagePlaceholders: number;
  credits: string[];
  /** Proposed events, shaped like the sample's expected.json events. */
  events: {
    line: number;
    date: EventDate;
    timeOfDay?: string;
    officials: Official[];
    place: string | null;
    type: string;
    /** Fields inferred from context rather than read in the event's words; absent when none. */
    uncertain?: UncertainField[];
  }[];
}

type Outcome = { ok: true; value: ParsedFile } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function main(args: readonly string[]): number {
  if (args.length === 0) {
    process.stderr.write('usage: parse FILE...\n');
    return 2;
  }
  const parsed: ParsedFile[] = [];
  let failed = false;
  for (const file of args) {
    const outcome = parseFile(file);
    if (outcome.ok) parsed.push(outcome.value);
    else {
      failed = true;
      process.stderr.write(`parse: ${file}: ${outcome.reason}\n`);
    }
  }
  if (args.length === 1 && parsed[0]) process.stdout.write(`${JSON.stringify(parsed[0], null, 2)}\n`);
  if (args.length > 1) process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
  return failed ? 1 : 0;
}

function parseFile(file: string): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.trim().length === 0) return { ok: false, reason: 'empty file (nothing but blank space)' };
  const issue = parseDigest(text);
  return {
    ok: true,
    value: {
      file: basename(file),
      series: issue.series,
      title: issue.title,
      period: issue.period,
      published: issue.published,
      source: issue.source,
      sections: issue.sections,
      blocks: issue.blocks.map(({ kind, text: blockText, line }) => ({ kind, text: blockText, line })),
      imagePlaceholders: issue.imagePlaceholders,
      credits: issue.credits,
      // The parsed issue carries the dating fields extraction reads (published, period, title, source).
      events: extractEvents(issue.blocks, issue).map((event) => ({
        line: event.line,
        date: event.date,
        ...(event.timeOfDay ? { timeOfDay: event.timeOfDay } : {}),
        officials: event.officials,
        place: event.place,
        type: event.type,
        ...(event.uncertain.length > 0 ? { uncertain: event.uncertain } : {}),
      })),
    },
  };
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

// Places are checked against the administrative divisions, loaded before anything is extracted.
await prepareGazetteer();
process.exitCode = main(process.argv.slice(2));
