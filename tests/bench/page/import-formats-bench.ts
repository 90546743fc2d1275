// Import bench (features/import): a batch of 1,000 mixed files — text in UTF-8, UTF-8 with BOM,
// UTF-16LE and GB18030, saved web pages with site chrome, and Word documents — through the app's
// import (read, detect, extract, parse, store), against a raw bulkPut of the same issues' records
// in the same run. Reports files per second and the ratio of the two times.
import { Document, Packer, Paragraph } from 'docx';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { issueRecordsFor } from '../../../renderer/src/data/repositories/issues';
import { readImportFile } from '../../../renderer/src/import-formats/read-import-file';
import { runImport, sourcesFromChosenFiles } from '../../../renderer/src/ui/features/import/run-import';
import { encodeLegacy, encodeUtf16 } from '../../unit/import/legacy-encoders';
import { syntheticLibrary } from '../synthetic-library';

type Kind = 'utf-8' | 'utf-8 BOM' | 'utf-16le' | 'gb18030' | 'html' | 'docx';
const KINDS: Kind[] = ['utf-8', 'utf-8 BOM', 'utf-16le', 'gb18030', 'html', 'docx'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageOf(text: string): string {
  const [title = '', ...rest] = text.split('\n').filter((line) => line.trim() !== '');
  const chrome = '<nav><a href="/">首页</a> | <a href="/news">要闻</a> | <a href="/gov">政务公开</a></nav>';
  const body = rest.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} - 政府门户网站</title><script>var x = 1;</script></head>
<body>${chrome}<div class="main"><h1 class="title">${escapeHtml(title)}</h1><div class="article">${body}</div></div>
<footer>版权所有 © 政府门户网站 | 网站地图 | 联系我们</footer></body></html>`;
}

async function docxOf(text: string): Promise<Uint8Array> {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ text: line })) }] });
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
}

async function mixedFiles(count: number, paragraphs: readonly string[]) {
  const encoder = new TextEncoder();
  const texts = syntheticLibrary(count, paragraphs, 4242).map((issue, index) => `${issue.text}\n(第${index}号)`);
  return Promise.all(
    texts.map(async (text, index) => {
      const kind = KINDS[index % KINDS.length]!;
      const stem = `mixed-${index}`;
      switch (kind) {
        case 'utf-8':
          return { name: `${stem}.txt`, bytes: encoder.encode(text) };
        case 'utf-8 BOM':
          return { name: `${stem}.txt`, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]) };
        case 'utf-16le':
          return { name: `${stem}.txt`, bytes: encodeUtf16(text, 'le') };
        case 'gb18030':
          return { name: `${stem}.txt`, bytes: encodeLegacy('gb18030', text) };
        case 'html':
          return { name: `${stem}.html`, bytes: encoder.encode(pageOf(text)) };
        default:
          return { name: `${stem}.docx`, bytes: await docxOf(text) };
      }
    }),
  );
}

async function freshDb(name: string): Promise<ReadoutDatabase> {
  await ReadoutDatabase.delete(name);
  const db = new ReadoutDatabase(name);
  await db.open();
  return db;
}

export async function mixedImportBench(count: number, paragraphs: readonly string[]) {
  const files = await mixedFiles(count, paragraphs);
  const megabytes = files.reduce((sum, file) => sum + file.bytes.byteLength, 0) / 1e6;

  // The raw store: the same issues' records, read beforehand, in one bulkPut transaction.
  const reads = await Promise.all(files.map((file) => readImportFile(file.name, file.bytes)));
  const records = reads.flatMap((read) => (read.ok ? [issueRecordsFor(read.digest, new Date())] : []));
  const rawDb = await freshDb('bench-mixed-raw');
  let start = performance.now();
  await rawDb.transaction('rw', rawDb.issues, rawDb.issueTexts, async () => {
    await rawDb.issues.bulkPut(records.map((record) => record.issue));
    await rawDb.issueTexts.bulkPut(records.map((record) => record.text));
  });
  const rawMs = performance.now() - start;
  rawDb.close();

  const appDb = await freshDb('bench-mixed-import');
  start = performance.now();
  const { sources } = sourcesFromChosenFiles({ files, refused: [] });
  const outcomes = await runImport(appDb, sources, () => {}, new AbortController().signal);
  const importMs = performance.now() - start;
  appDb.close();
  const results: Record<string, number> = {};
  for (const outcome of outcomes) results[outcome.result] = (results[outcome.result] ?? 0) + 1;
  const refused = outcomes.filter((outcome) => outcome.result === 'refused').map((outcome) => outcome.name);
  return {
    files: count,
    megabytes,
    results,
    refused: refused.slice(0, 5),
    rawMs,
    importMs,
    filesPerSecond: count / (importMs / 1000),
    ratio: importMs / rawMs,
  };
}
