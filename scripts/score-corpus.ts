// `npm run score`: how well event extraction does on every text of ../shared/corpus that has
// expectations (tests/fixtures/events/*.events.json, dev/*.events.json and the sample's
// expected.json), per field: event detection F1 (P / R), official names F1, and date, place and
// type right on the events found. `-- --files` adds a line per text, `-- --misses` a line per
// missed event or wrong field under it; `-- --no-gazetteer` reads
// places without the administrative divisions.
import { prepareGazetteer } from '../renderer/src/domain/events/gazetteer/load-gazetteer';
import { addCounts, emptyCounts, measuresOf, type Counts } from './corpus-score/match';
import { cases, corpus, scoreCase } from './corpus-score/cases';

const pct = (value: number) => value.toFixed(2);

function row(label: string, counts: Counts): string {
  const m = measuresOf(counts);
  return [
    label.padEnd(28),
    `${pct(m.eventF1)} (${pct(m.eventPrecision)} / ${pct(m.eventRecall)})`.padEnd(20),
    pct(m.officialF1).padEnd(10),
    pct(m.dateRight).padEnd(7),
    pct(m.placeRight).padEnd(7),
    pct(m.typeRight).padEnd(7),
    `${counts.found}/${counts.expected} found, ${counts.proposed} proposed, ${counts.officialsExpected} officials`,
  ].join(' ');
}

/** How well the "uncertain" marks point the analyst at the wrong fields (date, place, type of found events). */
function uncertainLine(counts: Counts): string {
  return (
    `uncertain marks: ${counts.fieldsMarked} fields marked, ${counts.fieldsWrongMarked} of them wrong; ` +
    `${counts.fieldsWrongMarked} of ${counts.fieldsWrong} wrong fields marked`
  );
}

async function main(): Promise<void> {
  const showMisses = process.argv.includes('--misses');
  const perFile = showMisses || process.argv.includes('--files');
  // `-- --no-gazetteer`: places read by their form alone, as before the gazetteer, for comparison.
  const gazetteer = process.argv.includes('--no-gazetteer') ? null : await prepareGazetteer();
  const totals = { corpus: emptyCounts(), dev: emptyCounts(), all: emptyCounts() };
  const lines: string[] = [];
  for (const item of cases()) {
    const misses: string[] = [];
    const counts = await scoreCase(item, gazetteer, misses);
    addCounts(totals[item.group], counts);
    addCounts(totals.all, counts);
    if (perFile)
      lines.push(
        row(
          item.path
            .slice(corpus.length)
            .replace(/\.(txt|html)$/, '')
            .slice(0, 28),
          counts,
        ),
      );
    if (showMisses) lines.push(...misses.map((miss) => `    ${miss}`));
  }
  const header = `${'texts'.padEnd(28)} ${'event F1 (P / R)'.padEnd(20)} ${'officials'.padEnd(10)} ${'date'.padEnd(7)} ${'place'.padEnd(7)} ${'type'.padEnd(7)} counts`;
  const output = [
    header,
    ...lines,
    row('corpus (older texts)', totals.corpus),
    row('dev/', totals.dev),
    row('all of ../shared/corpus', totals.all),
    '',
    uncertainLine(totals.all),
  ];
  process.stdout.write(`${output.join('\n')}\n`);
}

await main();
