// Turns an export spec into the bytes of a file in the chosen format (every format but PDF,
// which is printed from the print view). One model, many builders. The Word builder (docx, JSZip)
// and the chart (ECharts) are loaded when a brief asks for them: together they were half of the
// script the app parsed before its first paint.
import { backupText, createBackup } from '../../../data/backup/backup';
import type { ReadoutDatabase } from '../../../data/schema/db';
import { buildExportModel } from '../../../data/export/build-export-model';
import { eventsCsv } from '../../../domain/export/csv';
import type { BriefChart } from '../../../domain/export/docx';
import { holdingsLine } from '../../../domain/export/holdings';
import type { ExportLabels } from '../../../domain/export/labels';
import { briefMarkdown } from '../../../domain/export/markdown';
import type { ExportModel } from '../../../domain/export/model';
import { exportFileName, type ExportFormat, type ExportSpec } from '../../../domain/export/spec';
import { webAnnotations } from '../../../domain/export/web-annotation';
import { svgToPng } from './svg-to-png';

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
    case 'docx': {
      const { briefDocx } = await import('../../../domain/export/docx');
      return {
        name: exportFileName(spec.title, 'docx', now),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await briefDocx(model, labels, await briefChart(model.trend, labels.language)),
        holds,
      };
    }
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

/** The trend chart as PNG (drawn from its SVG), for the Word brief; none when the brief has no trend. */
async function briefChart(trend: ExportModel['trend'], language: ExportLabels['language']): Promise<BriefChart | undefined> {
  if (!trend) return undefined;
  const { TREND_CHART_SIZE, trendSvg } = await import('../../../domain/export/trend-svg');
  return { png: await svgToPng(trendSvg(trend, language), TREND_CHART_SIZE.width, TREND_CHART_SIZE.height) };
}
