// `npm run score`: how well event extraction does on every text of ../shared/corpus that has
// expectations (tests/fixtures/events/*.events.json, dev/*.events.json and the sample's
// expected.json), per field: event detection F1 (P / R), official names F1, and date, place and
// type right on the events found. `-- --files` adds a line per text; `-- --no-gazetteer` reads
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

async function main(): Promise<void> {
  const perFile = process.argv.includes('--files');
  // `-- --no-gazetteer`: places read by their form alone, as before the gazetteer, for comparison.
  const gazetteer = process.argv.includes('--no-gazetteer') ? null : await prepareGazetteer();
  const totals = { corpus: emptyCounts(), dev: emptyCounts(), all: emptyCounts() };
  const lines: string[] = [];
  for (const item of cases()) {
    const counts = await scoreCase(item, gazetteer);
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
  }
  const header = `${'texts'.padEnd(28)} ${'event F1 (P / R)'.padEnd(20)} ${'officials'.padEnd(10)} ${'date'.padEnd(7)} ${'place'.padEnd(7)} ${'type'.padEnd(7)} counts`;
  const output = [
    header,
    ...lines,
    row('corpus (older texts)', totals.corpus),
    row('dev/', totals.dev),
    row('all of ../shared/corpus', totals.all),
  ];
  process.stdout.write(`${output.join('\n')}\n`);
}

await main();
