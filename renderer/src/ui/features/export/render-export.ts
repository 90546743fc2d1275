// Turns an export spec into the bytes of a file in the chosen format (every format but PDF,
// which is printed from the print view). One model, many builders.
import { backupText, createBackup } from '../../../data/backup/backup';
import type { ReadoutDatabase } from '../../../data/schema/db';
import { buildExportModel } from '../../../data/export/build-export-model';
import { eventsCsv } from '../../../domain/export/csv';
import { briefDocx } from '../../../domain/export/docx';
import { holdingsLine } from '../../../domain/export/holdings';
import type { ExportLabels } from '../../../domain/export/labels';
import { briefMarkdown } from '../../../domain/export/markdown';
import { exportFileName, type ExportFormat, type ExportSpec } from '../../../domain/export/spec';
import { webAnnotations } from '../../../domain/export/web-annotation';

export interface RenderedFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** What the file holds, in words ("Holds: 41 issues, …"), for the message after saving; null for a backup. */
  holds: string | null;
}

const encode = (text: string) => new TextEncoder().encode(text);

export async function renderExport(
  db: ReadoutDatabase,
  spec: ExportSpec,
  format: Exclude<ExportFormat, 'pdf'>,
  labels: ExportLabels,
  scope: string,
  now = new Date(),
): Promise<RenderedFile> {
  if (format === 'backup') {
    return {
      name: exportFileName('Readout backup', 'readout-backup.json', now),
      mimeType: 'application/json',
      bytes: encode(backupText(await createBackup(db, now))),
      holds: null,
    };
  }
  const model = await buildExportModel(db, spec, labels, scope, now);
  const holds = holdingsLine(model, labels);
  switch (format) {
    case 'docx':
      return {
        name: exportFileName(spec.title, 'docx', now),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await briefDocx(model, labels),
        holds,
      };
    case 'markdown':
      return { name: exportFileName(spec.title, 'md', now), mimeType: 'text/markdown', bytes: encode(briefMarkdown(model, labels)), holds };
    case 'csv':
      return { name: exportFileName(spec.title, 'csv', now), mimeType: 'text/csv', bytes: encode(eventsCsv(model, labels)), holds };
    case 'jsonld':
      return {
        name: exportFileName(spec.title, 'jsonld', now),
        mimeType: 'application/ld+json',
        bytes: encode(JSON.stringify(webAnnotations(model), null, 2)),
        holds,
      };
  }
}
