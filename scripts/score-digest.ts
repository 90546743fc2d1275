// `npm run score:digest`: how many corpus texts the digest parser gets right, per metadata field.
// Compares parseDigest's output with the hand-written expectations — the top-level corpus texts
// with tests/fixtures/digest/<name>.expected.json and dev/ texts with tests/fixtures/digest/dev/ —
// and prints one line per field ("title 30/42"), then the files that miss each field. It is a
// measurement, not a test: it never fails on a low score (exit 1 only when a file cannot be read).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigest } from '../renderer/src/domain/digest/parse-digest';
import type { ParsedIssue, Period, SectionHeading } from '../renderer/src/domain/digest/types';

interface Expected {
  file: string;
  title: string;
  series: string | null;
  period: Period | null;
  published: string | null;
  source: string | null;
  sections: SectionHeading[];
}

const root = join(import.meta.dirname, '..');
const corpusDir = join(root, '..', 'shared', 'corpus');
const fixtureDirs: { fixtures: string; texts: string }[] = [
  { fixtures: join(root, 'tests', 'fixtures', 'digest'), texts: corpusDir },
  { fixtures: join(root, 'tests', 'fixtures', 'digest', 'dev'), texts: join(corpusDir, 'dev') },
];

// Spaces inside a Chinese title ("要 闻 周 报") are layout, not wording, so they do not count.
const withoutSpaces = (text: string | null): string | null => (text === null ? null : text.replace(/\s+/g, ''));

const fields: Record<string, (got: ParsedIssue, want: Expected) => boolean> = {
  title: (got, want) => withoutSpaces(got.title) === withoutSpaces(want.title),
  published: (got, want) => got.published === want.published,
  series: (got, want) => withoutSpaces(got.series) === withoutSpaces(want.series),
  period: (got, want) => JSON.stringify(got.period) === JSON.stringify(want.period),
  source: (got, want) => got.source === want.source,
  // Section headings by their titles, in order; subtitles are checked by the golden tests.
  sections: (got, want) => JSON.stringify(got.sections.map(([title]) => title)) === JSON.stringify(want.sections.map(([title]) => title)),
};

function main(): number {
  const hits = new Map(Object.keys(fields).map((field) => [field, 0]));
  const misses = new Map<string, string[]>(Object.keys(fields).map((field) => [field, []]));
  let total = 0;
  for (const { fixtures, texts } of fixtureDirs) {
    if (!existsSync(fixtures)) continue;
    for (const name of readdirSync(fixtures).filter((entry) => entry.endsWith('.expected.json'))) {
      const want = JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as Expected;
      const textPath = join(texts, want.file);
      if (!existsSync(textPath)) {
        process.stderr.write(`score-digest: ${textPath}: text missing for ${name}\n`);
        return 1;
      }
      const got = parseDigest(readFileSync(textPath, 'utf8'));
      total += 1;
      for (const [field, matches] of Object.entries(fields)) {
        if (matches(got, want)) hits.set(field, (hits.get(field) ?? 0) + 1);
        else misses.get(field)?.push(want.file);
      }
    }
  }
  for (const field of Object.keys(fields)) process.stdout.write(`${field.padEnd(10)} ${hits.get(field)}/${total}\n`);
  for (const [field, files] of misses) {
    if (files.length > 0) process.stdout.write(`\nmissed ${field}:\n${files.map((file) => `  ${file}`).join('\n')}\n`);
  }
  return 0;
}

process.exitCode = main();
