// Export benchmark: the Word brief of an issue carrying many highlights, built in the page from the
// app's own export model and docx builder (the PDF half is timed by run.ts through the print view).
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { buildExportModel } from '../../../renderer/src/data/export/build-export-model';
import { briefDocx } from '../../../renderer/src/domain/export/docx';
import { englishExportLabels } from '../../../renderer/src/domain/export/labels';
import type { ExportSpec } from '../../../renderer/src/domain/export/spec';

export function issueBriefSpec(issueId: string): ExportSpec {
  return {
    title: 'Benchmark brief',
    language: 'en',
    scope: { kind: 'issue', issueId },
    content: { highlights: true, notes: true, events: true, issueNotes: true },
    filters: {},
  };
}

export async function docxBench(issueId: string) {
  const db = new ReadoutDatabase();
  await db.open();
  const start = performance.now();
  const model = await buildExportModel(db, issueBriefSpec(issueId), englishExportLabels, 'Benchmark');
  const bytes = await briefDocx(model, englishExportLabels);
  const ms = performance.now() - start;
  db.close();
  return { ms, highlights: model.issues[0]?.highlights.length ?? 0, bytes: bytes.byteLength };
}
